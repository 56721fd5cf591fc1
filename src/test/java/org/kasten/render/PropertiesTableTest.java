package org.kasten.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kasten.note.Frontmatter;

/** Frontmatter as a properties table: one row per key, each kind of value shown its own way. */
class PropertiesTableTest {

    private static String body(Map<String, Object> values) {
        GraphVault vault = new GraphVault();
        vault.add("Concepts/Scaling Laws.md", "x");
        String html = new NoteRenderer(vault).renderBody(GraphVault.note("P.md", "", new Frontmatter(values)));
        return html.substring(html.indexOf("<table"));
    }

    private static String row(String key, String valueHtml) {
        return "<tr><th>" + key + "</th><td>" + valueHtml + "</td></tr>\n";
    }

    @Test
    void rendersEachKindOfValue() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("tags", List.of("concept", "#ai/scaling"));
        values.put("aliases", List.of("Age of scaling", "Scaling era"));
        values.put("created", LocalDate.of(2025, 11, 25));
        values.put("seen", LocalDateTime.of(2025, 11, 25, 9, 5));
        values.put("done", true);
        values.put("rating", 4);
        values.put("url", "https://www.youtube.com/watch?v=aR20FWCCjAs");
        values.put("related", "[[Scaling Laws]] and [[Nowhere|a ghost]]");
        values.put("note", "<b>not bold</b> & more");
        values.put("empty", null);
        values.put("meta", Map.of("k", "v"));
        assertThat(body(values)).isEqualTo("<table class=\"properties\">\n<tbody>\n"
                + row("tags", "<a class=\"tag\" href=\"kasten://tag/concept\">#concept</a> "
                        + "<a class=\"tag\" href=\"kasten://tag/ai%2Fscaling\">#ai/scaling</a> ")
                + row("aliases", "<span class=\"chip\">Age of scaling</span><span class=\"chip\">Scaling era</span>")
                + row("created", "<time datetime=\"2025-11-25\">25 November 2025</time>")
                + row("seen", "<time datetime=\"2025-11-25T09:05\">25 November 2025, 09:05</time>")
                + row("done", "<input type=\"checkbox\" disabled checked>")
                + row("rating", "4")
                + row("url", "<a href=\"https://www.youtube.com/watch?v=aR20FWCCjAs\" class=\"external\" rel=\"noopener noreferrer\">"
                        + "https://www.youtube.com/watch?v=aR20FWCCjAs</a>")
                + row("related", "<a href=\"kasten://note/Concepts/Scaling%20Laws.md\" class=\"internal\">Scaling Laws</a> and "
                        + "<a href=\"kasten://ghost/Nowhere\" class=\"ghost\">a ghost</a>")
                + row("note", "&lt;b&gt;not bold&lt;/b&gt; &amp; more")
                + row("empty", "<span class=\"empty\">—</span>")
                + row("meta", "<span class=\"chip\">k: v</span>")
                + "</tbody>\n</table>\n");
    }

    @Test
    void comesAfterTheNotesOwnTitleHeading() {
        String html = new NoteRenderer(new GraphVault()).renderBody(
                GraphVault.note("P.md", "# P\n\ntext", new Frontmatter(Map.of("k", "v"))));
        assertThat(html).isEqualTo("<h1 id=\"p\">P</h1>\n<table class=\"properties\">\n<tbody>\n" + row("k", "v")
                + "</tbody>\n</table>\n<p>text</p>\n");
    }

    @Test
    void noFrontmatterNoTable() {
        String html = new NoteRenderer(new GraphVault()).renderBody(GraphVault.note("P.md", "text", Frontmatter.EMPTY));
        assertThat(html).doesNotContain("<table");
    }
}
