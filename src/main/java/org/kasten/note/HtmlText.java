package org.kasten.note;

/**
 * Text in HTML, the one escaper every layer uses (pages, snippets, the window's own pages, the terminal):
 * {@code & < > " '} become character references, so the result is safe as element content and inside either
 * kind of quoted attribute; {@link #unescape} turns exactly those references back.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** {@code text} escaped for HTML content and attribute values. */
    public static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), out);
        return out.toString();
    }

    /** Appends {@code text[from, to)} escaped to {@code out}. */
    public static void escape(CharSequence text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /** The text {@link #escape} was given back: the five references it writes (and {@code &#x27;}) as characters. */
    public static String unescape(String html) {
        if (html.indexOf('&') < 0) {
            return html;
        }
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
