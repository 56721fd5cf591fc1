package org.kasten.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stylesheets and scripts a note page inlines, read once from the class path: Kasten's own theme CSS and
 * page scripts, and the bundled KaTeX, highlight.js and Mermaid (webjars, versions pinned in pom.xml and
 * here). Nothing is ever loaded from the network.
 */
final class PageAssets {

    /** Keep in step with pom.xml. */
    static final String KATEX = "META-INF/resources/webjars/katex/0.16.44/dist/";
    static final String HIGHLIGHT = "META-INF/resources/webjars/highlightjs/11.10.0/";
    static final String MERMAID = "META-INF/resources/webjars/mermaid/11.6.0/dist/mermaid.min.js";
    /**
     * The CSP hash of {@link #mermaidJs()} (this version of Mermaid, escaped), written here rather than worked out
     * on every start, where hashing the whole library was a measurable part of the CPU spent before the first page
     * with a diagram (docs/performance.md, "Issue 13: start-up, session 16"). Change it with {@link #MERMAID}; PageTemplateTest
     * checks it against the script.
     */
    static final String MERMAID_HASH = "'sha256-YRyNYYPyWlKvxRYQWGFn/WcOyq/UIWsV5hShCOKb60w='";
    private static final String OWN = "org/kasten/render/";

    private static final Pattern FONT = Pattern.compile(
            "src:url\\(fonts/([\\w-]+)\\.woff2\\) format\\(\"woff2\"\\),url\\(fonts/\\1\\.woff\\) format\\(\"woff\"\\),"
                    + "url\\(fonts/\\1\\.ttf\\) format\\(\"truetype\"\\)");

    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private PageAssets() {
    }

    /** Kasten's base stylesheet followed by the theme's colours. */
    static String themeCss(Theme theme) {
        return text(OWN + "base.css") + "\n" + text(OWN + theme.id() + ".css");
    }

    /** KaTeX's stylesheet with its WOFF fonts inlined as data URIs. */
    static String katexCss() {
        return cached("katex.css", key -> {
            Matcher font = FONT.matcher(text(KATEX + "katex.min.css"));
            StringBuilder css = new StringBuilder();
            while (font.find()) {
                String data = Base64.getEncoder().encodeToString(bytes(KATEX + "fonts/" + font.group(1) + ".woff"));
                font.appendReplacement(css, Matcher.quoteReplacement(
                        "src:url(data:font/woff;base64," + data + ") format(\"woff\")"));
            }
            font.appendTail(css);
            return css.toString();
        });
    }

    /** highlight.js's colours for the theme. */
    static String highlightCss(Theme theme) {
        return text(HIGHLIGHT + (theme == Theme.DARK ? "styles/github-dark.min.css" : "styles/github.min.css"));
    }

    /** A script made safe to put inside {@code <script>…</script>}. */
    static String script(String resource) {
        return cached("script:" + resource, key -> text(resource)
                .replace("</script", "<\\/script").replace("<!--", "\\x3C!--").replace("<script", "\\x3Cscript"));
    }

    static String katexJs() {
        return script(KATEX + "katex.min.js");
    }

    static String highlightJs() {
        return script(HIGHLIGHT + "highlight.min.js");
    }

    static String mermaidJs() {
        return script(MERMAID);
    }

    /** One of Kasten's own page scripts ({@code math.js}, {@code code.js}, {@code mermaid.js}). */
    static String ownScript(String name) {
        return script(OWN + name);
    }

    /** The CSP source that allows exactly this inline script. */
    static String hash(String script) {
        return cached("hash:" + script.length() + ":" + script.hashCode(), key -> {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
                return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * The cached value of {@code key}, computed outside the map when missing (values are built from other
     * cached values, and ConcurrentHashMap forbids nested computeIfAbsent); a race computes twice, harmlessly.
     */
    private static String cached(String key, java.util.function.Function<String, String> compute) {
        String value = CACHE.get(key);
        if (value == null) {
            value = compute.apply(key);
            String raced = CACHE.putIfAbsent(key, value);
            if (raced != null) {
                value = raced;
            }
        }
        return value;
    }

    private static String text(String resource) {
        return cached(resource, key -> new String(bytes(resource), StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = PageAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
