package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.search.TestNotes.note;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.RelatedNote;
import org.kasten.note.SearchHit;
import org.kasten.note.SearchResults;

/** The query language and ranking on a small hand-made vault. */
class NoteSearcherTest {

    static final List<Note> NOTES = List.of(
            note("Concepts/Generalization Gap.md").tag("ml/theory")
                    .text("Models generalise far worse than people. The gap between benchmarks and the real world.")
                    .property("topics", List.of("learning", "evals")).link("Age of Research").build(),
            note("Concepts/Age of Research.md").alias("research era").tag("ml/history")
                    .heading("Periodisation")
                    .text("From 2020 to 2025 was the age of scaling; now we are back to research. Models generalise badly.")
                    .property("topics", List.of("history")).link("Generalization Gap").build(),
            note("Concepts/Scaling Laws.md").tag("ml")
                    .text("Loss falls as a power law of compute. Research on scaling laws shaped the age of scaling.")
                    .property("topics", "scaling").build(),
            note("People/Ilya Sutskever.md").tag("person")
                    .text("Co-founder of SSI. Talks about the age of research and generalization.")
                    .property("creator", "Dwarkesh Patel").link("Age of Research").link("Generalization Gap").build(),
            note("Help/Backlinks.md").title("Backlinks")
                    .text("The backlinks pane lists notes that link to the current note. <script>alert(1)</script> & more.")
                    .tag("help").build(),
            note("Help/Colour schemes.md").title("Colour schemes")
                    .text("Pick a colour theme for the app.").tag("help").build(),
            note("Episodes/Podcast.md").title("𝐄𝐏𝐈𝐒𝐎𝐃𝐄 12").text("A podcast episode about notes.").build(),
            note("日本/東京.md").title("東京").text("東京都は日本の首都です。").build());

    static NoteIndex index;
    static NoteSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        index = NoteIndex.inMemory();
        index.sync(IndexedNote.unlinked(NOTES), Progress.NONE, () -> false);
        searcher = index.searcher();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static List<String> paths(String query) {
        return searcher.search(query, 10).hits().stream().map(h -> h.path().value()).toList();
    }

    @Test
    void titleMatchRanksFirst() {
        assertThat(paths("generalization gap")).first().isEqualTo("Concepts/Generalization Gap.md");
        assertThat(paths("age of research")).first().isEqualTo("Concepts/Age of Research.md");
        assertThat(paths("scaling")).first().isEqualTo("Concepts/Scaling Laws.md");
    }

    @Test
    void britishSpellingFindsAmericanTitle() {
        assertThat(paths("generalisation")).first().isEqualTo("Concepts/Generalization Gap.md");
        assertThat(paths("color schemes")).first().isEqualTo("Help/Colour schemes.md");
    }

    @Test
    void aliasesCount() {
        assertThat(paths("research era")).first().isEqualTo("Concepts/Age of Research.md");
    }

    @Test
    void foldedAndCjkText() {
        assertThat(paths("episode")).first().isEqualTo("Episodes/Podcast.md");
        assertThat(paths("東京")).containsExactly("日本/東京.md");
        assertThat(paths("首都")).containsExactly("日本/東京.md");
    }

    @Test
    void allWordsMustMatchWhenSomeNoteHasThemAll() {
        assertThat(paths("scaling compute")).first().isEqualTo("Concepts/Scaling Laws.md");
        assertThat(searcher.search("power law compute", 10).total()).isEqualTo(1);
    }

    @Test
    void phraseExcludeOrAndParentheses() {
        assertThat(paths("\"age of scaling\"")).containsExactlyInAnyOrder("Concepts/Age of Research.md", "Concepts/Scaling Laws.md");
        assertThat(paths("\"age of scaling\" -path:laws")).containsExactly("Concepts/Age of Research.md");
        assertThat(paths("\"age of scaling\" -tag:ml")).isEmpty();
        assertThat(paths("podcast OR backlinks")).containsExactlyInAnyOrder("Episodes/Podcast.md", "Help/Backlinks.md");
        assertThat(paths("(podcast OR backlinks) pane")).containsExactly("Help/Backlinks.md");
    }

    @Test
    void tagMatchesNestedTags() {
        assertThat(paths("tag:ml")).containsExactlyInAnyOrder("Concepts/Generalization Gap.md",
                "Concepts/Age of Research.md", "Concepts/Scaling Laws.md");
        assertThat(paths("tag:#ml/theory")).containsExactly("Concepts/Generalization Gap.md");
        assertThat(paths("tag:ml/th")).isEmpty();
    }

    @Test
    void pathFileTitleAndProperties() {
        assertThat(paths("path:people")).containsExactly("People/Ilya Sutskever.md");
        assertThat(paths("file:laws")).containsExactly("Concepts/Scaling Laws.md");
        assertThat(paths("title:research")).containsExactly("Concepts/Age of Research.md");
        assertThat(paths("creator:dwarkesh")).containsExactly("People/Ilya Sutskever.md");
        assertThat(paths("[topics:history]")).containsExactly("Concepts/Age of Research.md");
        assertThat(paths("[creator]")).containsExactly("People/Ilya Sutskever.md");
    }

    @Test
    void unknownKeyIsReadAsWords() {
        assertThat(paths("podcast:episode")).containsExactly("Episodes/Podcast.md");
    }

    @Test
    void regexMatchesWords() {
        assertThat(paths("/found(er|ing)/")).containsExactly("People/Ilya Sutskever.md");
        assertThat(paths("/periodi[sz]ation/")).containsExactly("Concepts/Age of Research.md");
    }

    @Test
    void lastWordIsAlsoAPrefix() {
        assertThat(paths("backl")).first().isEqualTo("Help/Backlinks.md");
        assertThat(paths("sutsk")).first().isEqualTo("People/Ilya Sutskever.md");
    }

    @Test
    void prefixesAndRegexesAreHighlightedInTheSnippet() {
        assertThat(searcher.search("backl", 10).hits().get(0).snippet())
                .isEqualTo("The <mark>backlinks</mark> pane lists notes that link to the current note. "
                        + "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more.");
        assertThat(searcher.search("/found(er|ing)/", 10).hits().get(0).snippet()).contains("Co-<mark>founder</mark> of SSI");
    }

    @Test
    void misspeltQueryIsRetriedAndSaysSo() {
        SearchResults results = searcher.search("backlnks", 10);
        assertThat(results.shownQuery()).isEqualTo("backlinks");
        assertThat(results.hits()).first().extracting(SearchHit::path).isEqualTo(NotePath.of("Help/Backlinks.md"));
        assertThat(searcher.search("backlinks", 10).shownQuery()).isNull();
    }

    @Test
    void malformedQueryNeverFails() {
        assertThat(paths("\"age of (research")).first().isEqualTo("Concepts/Age of Research.md");
        assertThat(searcher.search("the of and", 10).hits()).isEmpty();
        assertThat(searcher.search("", 10).hits()).isEmpty();
        assertThat(searcher.search("-", 10).hits()).isEmpty();
        assertThat(searcher.search("/[/", 10).total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void snippetsAreEscapedAndMarked() {
        SearchHit hit = searcher.search("pane", 10).hits().get(0);
        assertThat(hit.snippet()).isEqualTo("The backlinks <mark>pane</mark> lists notes that link to the current note. "
                + "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more.");
        assertThat(searcher.search("alert", 10).hits().get(0).snippet())
                .endsWith("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; &amp; more.").doesNotContain("<script>");
        assertThat(hit.title()).isEqualTo("Backlinks");
        SearchHit stemmed = searcher.search("generalisation", 10).hits().stream()
                .filter(h -> h.path().value().equals("Concepts/Age of Research.md")).findFirst().orElseThrow();
        assertThat(stemmed.snippet()).contains("<mark>generalise</mark>");
    }

    /** The same note with other text and hash (text of the same length, so index offsets still fit). */
    static Note withText(Note n, String plainText, String hash) {
        return new Note(n.path(), n.format(), n.title(), n.aliases(), n.tags(), n.frontmatter(), n.body(), n.bodyLine(),
                plainText, n.headings(), n.blocks(), n.links(), n.size(), n.modified(), hash, n.warnings());
    }

    @Test
    void snippetsReadTheLoadedNoteOnlyWhenItIsTheVersionIndexed() {
        Note backlinks = NOTES.get(4);
        String shouted = backlinks.plainText().toUpperCase(java.util.Locale.ROOT);
        try {
            searcher.setNotes(p -> p.equals(backlinks.path()) ? withText(backlinks, shouted, backlinks.hash()) : null);
            assertThat(searcher.search("pane", 10).hits().get(0).snippet()).startsWith("THE BACKLINKS <mark>PANE</mark> LISTS");
            searcher.setNotes(p -> p.equals(backlinks.path()) ? withText(backlinks, shouted, "changed since") : null);
            assertThat(searcher.search("pane", 10).hits().get(0).snippet()).startsWith("The backlinks <mark>pane</mark> lists");
        } finally {
            searcher.setNotes(null);
        }
    }

    @Test
    void withoutSnippetsTheRankingIsTheSame() {
        SearchResults with = searcher.search("research models", 10, false, true);
        SearchResults without = searcher.search("research models", 10, false, false);
        assertThat(without.hits()).extracting(SearchHit::path).containsExactlyElementsOf(with.hits().stream().map(SearchHit::path).toList());
        assertThat(without.hits()).extracting(SearchHit::title).containsExactlyElementsOf(with.hits().stream().map(SearchHit::title).toList());
        assertThat(without.hits()).allMatch(h -> h.snippet().isEmpty());
        assertThat(with.hits()).anyMatch(h -> h.snippet().contains("<mark>"));
    }

    @Test
    void facetsCountTagsFoldersAndFewValuedProperties() {
        SearchResults results = searcher.search("research", 10, true);
        assertThat(results.facets().get("folder")).containsEntry("Concepts", 2L).containsEntry("People", 1L);
        assertThat(results.facets().get("tag")).containsEntry("ml/history", 1L);
        assertThat(results.facets().get("topics")).containsEntry("history", 1L);
        assertThat(paths("research")).contains("People/Ilya Sutskever.md");
        assertThat(results.facets()).as("a key only one note has narrows nothing").doesNotContainKey("creator");
    }

    @Test
    void backlinkCountsFavourHubs() {
        List<String> plain = paths("models");
        assertThat(plain).hasSize(2);
        searcher.setBacklinkCounts(p -> p.value().equals(plain.get(1)) ? 100 : 0);
        try {
            assertThat(paths("models")).containsExactly(plain.get(1), plain.get(0));
        } finally {
            searcher.setBacklinkCounts(null);
        }
    }

    @Test
    void relatedNotesShareWordsAndLinks() {
        Note ilya = NOTES.get(3);
        List<RelatedNote> related = searcher.related(ilya, 3, Set.of(), List.of());
        assertThat(related).extracting(r -> r.path().value())
                .doesNotContain("People/Ilya Sutskever.md")
                .contains("Concepts/Age of Research.md");
        assertThat(related.get(0).score()).isGreaterThanOrEqualTo(related.get(related.size() - 1).score());
    }
}
