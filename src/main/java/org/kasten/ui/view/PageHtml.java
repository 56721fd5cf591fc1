package org.kasten.ui.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Makes the HTML a WebView loads: a renderer's whole document is used as it is (the theme is set on its root
 * element after loading); a body fragment is wrapped in Kasten's own page with {@code page.css}.
 */
final class PageHtml {

    private static final String CSS = load();

    private PageHtml() {
    }

    /** The document to load for {@code html} in the given theme. */
    static String document(String html, boolean dark) {
        if (isDocument(html)) {
            return html;
        }
        return "<!DOCTYPE html><html data-theme=\"" + (dark ? "dark" : "light") + "\" class=\"theme-"
                + (dark ? "dark" : "light") + "\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src kasten: data:; style-src 'unsafe-inline'\">"
                + "<style>" + CSS + "</style></head><body>" + html + "</body></html>";
    }

    /** True when {@code html} is a whole document rather than a fragment. */
    static boolean isDocument(String html) {
        String head = html.substring(0, Math.min(html.length(), 300)).toLowerCase(Locale.ROOT);
        return head.contains("<!doctype") || head.contains("<html");
    }

    /** The script that sets the theme on a loaded page's root element. */
    static String themeScript(boolean dark) {
        String theme = dark ? "dark" : "light";
        return "(function(){var r=document.documentElement;r.setAttribute('data-theme','" + theme + "');"
                + "r.classList.remove('theme-dark','theme-light');r.classList.add('theme-" + theme + "');"
                + "if(document.body){document.body.classList.remove('theme-dark','theme-light');"
                + "document.body.classList.add('theme-" + theme + "');}})()";
    }

    private static String load() {
        try (InputStream in = PageHtml.class.getResourceAsStream("page.css")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
