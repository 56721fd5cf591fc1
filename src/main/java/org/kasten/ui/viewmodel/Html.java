package org.kasten.ui.viewmodel;

/** HTML escaping for the few bits of HTML the window writes itself (not-found pages). */
public final class Html {

    private Html() {
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
