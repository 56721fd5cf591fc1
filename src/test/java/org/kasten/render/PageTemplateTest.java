package org.kasten.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kasten.note.Frontmatter;

/** The page around a body: theme, CSP, and only the scripts the body needs, each allowed by its hash. */
class PageTemplateTest {

    private final NoteRenderer renderer = new NoteRenderer(new GraphVault());

    private Document page(String markdown, Theme theme) {
        return Jsoup.parse(renderer.renderPage(GraphVault.note("T.md", markdown, Frontmatter.EMPTY), theme));
    }

    @Test
    void plainNoteHasNoScriptsAndAStrictPolicy() {
        Document page = page("just *text*", Theme.LIGHT);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")).isEqualTo(
                "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src kasten: data:; font-src data:; "
                        + "base-uri 'none'; form-action 'none'");
        assertThat(page.select("html").hasClass("theme-light")).isTrue();
        assertThat(page.title()).isEqualTo("T");
        assertThat(page.select("style").first().data()).contains("--bg: #ffffff").contains("@media print");
    }

    @Test
    void darkThemeUsesDarkColours() {
        Document page = page("x", Theme.DARK);
        assertThat(page.select("html").hasClass("theme-dark")).isTrue();
        assertThat(page.select("style").first().data()).contains("--bg: #1e1f22").doesNotContain("--bg: #ffffff");
    }

    @Test
    void eachNeededScriptIsInlinedAndHashed() {
        Document math = page("$x$", Theme.LIGHT);
        Document code = page("```java\nint x;\n```", Theme.LIGHT);
        Document mermaid = page("```mermaid\ngraph TD; A-->B\n```", Theme.LIGHT);
        assertThat(scripts(math)).containsExactly(PageAssets.katexJs(), PageAssets.ownScript("math.js"));
        assertThat(scripts(code)).containsExactly(PageAssets.highlightJs(), PageAssets.ownScript("code.js"));
        assertThat(scripts(mermaid)).containsExactly(PageAssets.ownScript("mermaid.js"));
        Element library = mermaid.getElementById(PageTemplate.MERMAID_LIBRARY_ID);
        assertThat(library.attr("type")).isEqualTo("text/plain"); // not run by the parser: started after first paint
        assertThat(library.data()).isEmpty(); // handed in by the window
        assertThat(mermaid.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains(PageAssets.hash(PageAssets.mermaidJs()));
        for (Document page : List.of(math, code, mermaid)) {
            String csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            for (String script : scripts(page)) {
                assertThat(csp).contains(PageAssets.hash(script));
            }
            assertThat(csp).doesNotContain("unsafe-inline' 'sha").doesNotContain("script-src 'unsafe");
        }
        assertThat(math.select("style").eachText().toString() + math.select("style").html())
                .contains("data:font/woff;base64,").doesNotContain("url(fonts/");
    }

    @Test
    void aPageNamesTheMermaidLibraryAndAStandalonePageHoldsIt() {
        String page = renderer.renderPage(GraphVault.note("T.md", "```mermaid\ngraph TD; A-->B\n```", Frontmatter.EMPTY), Theme.LIGHT);
        assertThat(page.length()).isLessThan(100_000); // 2.7 MB when it held the library
        String standalone = NoteRenderer.standalone(page);
        assertThat(Jsoup.parse(standalone).getElementById(PageTemplate.MERMAID_LIBRARY_ID).data()).isEqualTo(NoteRenderer.mermaidLibrary());
        assertThat(standalone.replace(NoteRenderer.mermaidLibrary(), "")).isEqualTo(page);
        String plain = renderer.renderPage(GraphVault.note("T.md", "no diagram", Frontmatter.EMPTY), Theme.LIGHT);
        assertThat(NoteRenderer.standalone(plain)).isSameAs(plain);
    }

    @Test
    void theMermaidHashWrittenInTheCodeIsTheLibrarysOwn() {
        assertThat(PageAssets.MERMAID_HASH).as("PageAssets.MERMAID_HASH for %s: change it with the version", PageAssets.MERMAID)
                .isEqualTo(PageAssets.hash(PageAssets.mermaidJs()));
    }

    @Test
    void hashIsTheBase64Sha256OfTheScript() {
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assertThat(PageAssets.hash("alert(1)")).isEqualTo("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }

    @Test
    void inlinedScriptsCannotCloseTheirElement() {
        for (String script : List.of(PageAssets.katexJs(), PageAssets.highlightJs(), PageAssets.mermaidJs())) {
            assertThat(script).doesNotContainIgnoringCase("</script").doesNotContain("<!--").doesNotContainIgnoringCase("<script");
        }
    }

    private static List<String> scripts(Document page) {
        return page.select("script:not([type])").stream().map(Element::data).toList();
    }
}
