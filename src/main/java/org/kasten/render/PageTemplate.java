package org.kasten.render;

import java.util.ArrayList;
import java.util.List;
import org.kasten.note.HtmlText;

/**
 * Wraps a sanitised note body into the full page the window shows: theme stylesheet, a strict
 * Content-Security-Policy (no network; scripts only Kasten's own, allowed by hash) and, only when the body
 * needs them, KaTeX for math, highlight.js for code and Mermaid for diagrams.
 */
final class PageTemplate {

    private PageTemplate() {
    }

    /** The page for {@code title} around {@code bodyHtml} (already safe) in {@code theme}. */
    static String page(String title, String bodyHtml, Theme theme) {
        List<String> styles = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        styles.add(PageAssets.themeCss(theme));
        if (bodyHtml.contains("class=\"math ")) {
            styles.add(PageAssets.katexCss());
            scripts.add(PageAssets.katexJs());
            scripts.add(PageAssets.ownScript("math.js"));
        }
        if (bodyHtml.contains("<code class=\"language-")) {
            styles.add(PageAssets.highlightCss(theme));
            scripts.add(PageAssets.highlightJs());
            scripts.add(PageAssets.ownScript("code.js"));
        }
        boolean mermaid = bodyHtml.contains("<pre class=\"mermaid\"");
        if (mermaid) { // the own script starts the library after first paint (see MERMAID_LIBRARY_ID)
            scripts.add(PageAssets.ownScript("mermaid.js"));
            PageAssets.mermaidJs(); // read and escaped once here, so that the window's thread does not when it hands it in
        }
        StringBuilder page = new StringBuilder(bodyHtml.length() + 20_000);
        page.append("<!DOCTYPE html>\n<html lang=\"en\" class=\"theme-").append(theme.id()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(csp(scripts, mermaid ? List.of(PageAssets.MERMAID_HASH) : List.of())).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(HtmlText.escape(title)).append("</title>\n");
        for (String css : styles) {
            page.append("<style>").append(css).append("</style>\n");
        }
        page.append("</head>\n<body>\n<article class=\"note\">\n").append(bodyHtml).append("</article>\n");
        if (mermaid) {
            page.append(EMPTY_LIBRARY).append('\n');
        }
        for (String script : scripts) {
            page.append("<script>").append(script).append("</script>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }

    /**
     * The id of the non-executing element meant for the Mermaid library (2.6 MB), which the page's own script
     * starts after first paint. A page leaves the element empty: the window hands the library in through its
     * bridge ({@code window.kasten.mermaidLibrary()}), so the page it loads, keeps and copies is ~20 KB instead of
     * 2.7 MB (docs/performance.md, "Issue 13: start-up, session 17"); {@link #withMermaidLibrary} fills it for a
     * page that must stand alone ({@code kasten render}).
     */
    static final String MERMAID_LIBRARY_ID = "kasten-mermaid-lib";

    private static final String EMPTY_LIBRARY = "<script type=\"text/plain\" id=\"" + MERMAID_LIBRARY_ID + "\"></script>";

    /** {@code page} with the Mermaid library in its element (a page standing alone), or as it is without diagrams. */
    static String withMermaidLibrary(String page) {
        int at = page.lastIndexOf(EMPTY_LIBRARY);
        if (at < 0) {
            return page;
        }
        int inside = at + EMPTY_LIBRARY.length() - "</script>".length();
        return page.substring(0, inside) + PageAssets.mermaidJs() + page.substring(inside);
    }

    /**
     * No network, no plugins, no forms; scripts only by hash ({@code scripts}' own, and {@code moreHashes} of
     * scripts the page starts later); inline styles (KaTeX and Mermaid need them).
     */
    static String csp(List<String> scripts, List<String> moreHashes) {
        StringBuilder hashes = new StringBuilder();
        for (String script : scripts) {
            hashes.append(' ').append(PageAssets.hash(script));
        }
        for (String hash : moreHashes) {
            hashes.append(' ').append(hash);
        }
        return "default-src 'none'; script-src" + (hashes.length() == 0 ? " 'none'" : hashes)
                + "; style-src 'unsafe-inline'; img-src kasten: data:; font-src data:; "
                + "base-uri 'none'; form-action 'none'";
    }
}
