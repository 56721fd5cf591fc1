package org.kasten.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/** Transclusion (cycles end in a link, depth is limited to three) and same-note anchors. */
class EmbedTest {

    @Test
    void sameNoteLinksPointAtElementsOfThePage() {
        GraphVault vault = new GraphVault();
        Note note = vault.add("S.md", "[[#^far]], [[#Far Heading]] and [[#Why Models Don't Generalise]]\n\n"
                + "far block ^far\n\n## Far Heading\n\n## Why Models Don't Generalise\n");
        Document page = Jsoup.parse(new NoteRenderer(vault).renderPage(note, Theme.LIGHT));
        List<String> hrefs = page.select("a.internal[href^=#]").eachAttr("href");
        assertThat(hrefs).containsExactly("#%5Efar", "#far-heading", "#why-models-dont-generalise");
        for (String href : hrefs) {
            // a fragment names the element whose id is its percent-decoded text
            String id = URLDecoder.decode(href.substring(1), StandardCharsets.UTF_8);
            assertThat(page.getElementById(id)).as(href).isNotNull();
        }
    }

    @Test
    void aCycleShowsALinkInsteadOfRecursing() {
        GraphVault vault = new GraphVault();
        vault.add("A.md", "A text\n\n![[B]]\n");
        vault.add("B.md", "B text\n\n![[A]]\n");
        String html = new NoteRenderer(vault).renderBody(vault.note(NotePath.of("A.md")).orElseThrow());
        assertThat(html).contains("<p>B text</p>")
                .contains("<a href=\"kasten://note/A.md\" class=\"internal embed-link\">A</a>")
                .containsOnlyOnce("<p>A text</p>");
    }

    @Test
    void aNoteEmbeddingItselfShowsALink() {
        GraphVault vault = new GraphVault();
        vault.add("Self.md", "Me\n\n![[Self]]\n");
        String html = new NoteRenderer(vault).renderBody(vault.note(NotePath.of("Self.md")).orElseThrow());
        assertThat(html).containsOnlyOnce("<p>Me</p>").contains("class=\"internal embed-link\"");
    }

    @Test
    void embedsNestAtMostThreeDeep() {
        GraphVault vault = new GraphVault();
        for (int i = 1; i <= 5; i++) {
            vault.add("N" + i + ".md", "text " + i + "\n\n![[N" + (i + 1) + "]]\n");
        }
        String html = new NoteRenderer(vault).renderBody(vault.note(NotePath.of("N1.md")).orElseThrow());
        assertThat(html).contains("<p>text 2</p>", "<p>text 3</p>", "<p>text 4</p>")
                .doesNotContain("<p>text 5</p>")
                .contains("<a href=\"kasten://note/N5.md\" class=\"internal embed-link\">N5</a>");
    }

    @Test
    void aMissingSectionSaysSo() {
        GraphVault vault = new GraphVault();
        vault.add("T.md", "# T\n\nbody\n");
        vault.add("U.md", "![[T#Nowhere]]\n");
        String html = new NoteRenderer(vault).renderBody(vault.note(NotePath.of("U.md")).orElseThrow());
        assertThat(html).contains("<p class=\"missing-embed\">No section Nowhere in T</p>");
    }

    @Test
    void linksInsideAnEmbedResolveFromTheEmbeddedNote() {
        GraphVault vault = new GraphVault();
        vault.add("Inner.md", "see [[#Part]] and [[Outer]]\n\n## Part\n");
        vault.add("Outer.md", "![[Inner]]\n");
        String html = new NoteRenderer(vault).renderBody(vault.note(NotePath.of("Outer.md")).orElseThrow());
        assertThat(html).contains("<a href=\"#part\" class=\"internal\">Part</a>")
                .contains("<a href=\"kasten://note/Outer.md\" class=\"internal\">Outer</a>");
    }
}
