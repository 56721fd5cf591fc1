package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.search.TestNotes.note;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.SearchHit;
import org.kasten.note.SearchResults;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;

/**
 * The window asks snippets for the first screenful of its 200 hits only and makes the others when their rows come
 * into view ({@link NoteSearcher#search(String, int, boolean, int)}, {@link NoteSearcher#snippets}): the hits, their
 * order, scores, totals and facets are those of a search with every snippet, and each snippet made later is the one
 * the full search gives.
 */
class LaterSnippetsTest {

    private static final int SHOWN = 20;

    @Test
    void snippetsMadeLaterAreThoseOfTheWholeSearch() throws Exception {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            notes.add(note("Harbours/Note " + i + ".md").text("A first line about nothing.\n"
                    + "The harbour lights " + "are counted again ".repeat(i % 7) + "here " + i + ".\nharbour ".repeat(1 + i % 3))
                    .build());
        }
        notes.add(note("Other.md").text("Nothing of the sea.").build());
        try (NoteIndex index = NoteIndex.inMemory()) {
            index.sync(IndexedNote.unlinked(notes), Progress.NONE, () -> false);
            NoteSearcher searcher = index.searcher();
            Map<NotePath, Note> loaded = new HashMap<>();
            notes.forEach(n -> loaded.put(n.path(), n));
            searcher.setNotes(loaded::get);

            int checked = sameAnswers(searcher, "harbour lights");

            assertThat(checked).as("hits whose snippets were made later").isEqualTo(45 - SHOWN);
            assertThat(searcher.snippets("harbour", List.of(NotePath.of("Gone.md"), NotePath.of("Harbours/Note 3.md"))))
                    .satisfies(s -> assertThat(s.get(0)).isEmpty())
                    .satisfies(s -> assertThat(s.get(1)).contains("<mark>harbour</mark>"));
            assertThat(searcher.snippets("harbour", List.of())).isEmpty();
        }
    }

    @Test
    void everyJudgedQueryOnTheCorporaGivesTheSameAnswerAndSnippets() throws Exception {
        Map<String, List<String>> byCorpus = new LinkedHashMap<>();
        for (String set : List.of("/eval/queries.tsv", "/eval/heldout.tsv", "/eval/heldout2.tsv", "/eval/paraphrase.tsv")) {
            EvaluationTest.queries(set).forEach(j -> byCorpus.computeIfAbsent(j.corpus(), k -> new ArrayList<>()).add(j.query()));
        }
        int checked = 0;
        for (Map.Entry<String, List<String>> entry : byCorpus.entrySet()) {
            Path root = EvaluationTest.corpus(entry.getKey());
            Assumptions.assumeTrue(Files.isDirectory(root), "corpus " + entry.getKey() + " is absent: " + root);
            LoadedVault vault = new VaultLoader().load(root, Progress.NONE);
            try (NoteIndex index = NoteIndex.inMemory()) {
                index.sync(IndexedNote.unlinked(vault.notes()), Progress.NONE, () -> false);
                NoteSearcher searcher = index.searcher();
                Map<NotePath, Note> loaded = new HashMap<>();
                vault.notes().forEach(n -> loaded.put(n.path(), n));
                searcher.setNotes(loaded::get);
                for (String query : entry.getValue()) {
                    checked += sameAnswers(searcher, query);
                }
            }
        }
        assertThat(checked).as("hits whose snippets were made later").isGreaterThan(1000);
    }

    /**
     * Asserts that {@code query} answers alike with every snippet and with the first {@link #SHOWN}, the others made
     * afterwards; the number of those.
     */
    private static int sameAnswers(NoteSearcher searcher, String query) {
        SearchResults whole = searcher.search(query, 200, true);
        SearchResults first = searcher.search(query, 200, true, SHOWN);
        assertThat(first.total()).as(query).isEqualTo(whole.total());
        assertThat(first.shownQuery()).as(query).isEqualTo(whole.shownQuery());
        assertThat(first.facets()).as(query).isEqualTo(whole.facets());
        assertThat(first.hits()).as(query).extracting(SearchHit::path, SearchHit::title, SearchHit::score)
                .containsExactlyElementsOf(whole.hits().stream()
                        .map(h -> org.assertj.core.groups.Tuple.tuple(h.path(), h.title(), h.score())).toList());
        int later = Math.max(0, whole.hits().size() - SHOWN);
        assertThat(first.hits().subList(0, whole.hits().size() - later)).as(query)
                .isEqualTo(whole.hits().subList(0, whole.hits().size() - later));
        List<SearchHit> rest = first.hits().subList(whole.hits().size() - later, whole.hits().size());
        assertThat(rest).as(query).allSatisfy(h -> assertThat(h.snippet()).isNull());
        List<String> made = searcher.snippets(first.shownQuery() == null ? query : first.shownQuery(),
                rest.stream().map(SearchHit::path).toList());
        assertThat(made).as(query).containsExactlyElementsOf(
                whole.hits().subList(whole.hits().size() - later, whole.hits().size()).stream().map(SearchHit::snippet).toList());
        return later;
    }
}
