package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.search.TestNotes.note;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.Progress;
import org.kasten.note.SearchResults;

class SearchTotalsTest {

    @Test
    void withFacetsTheTotalIsExactBeyondAThousandMatches() throws Exception {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            // scores differ (repeats, lengths), so the ranking can skip notes that cannot make the top 10
            notes.add(note("Many/Note " + i + ".md").text("common ".repeat(1 + i % 7) + "words " + "filler ".repeat(i % 11))
                    .tag(i % 3 == 0 ? "third" : "rest").build());
        }
        notes.add(note("Other.md").text("Nothing alike.").build());
        try (NoteIndex index = NoteIndex.inMemory()) {
            index.sync(IndexedNote.unlinked(notes), Progress.NONE, () -> false);
            SearchResults counted = index.searcher().search("common words", 10, true);
            assertThat(counted.total()).isEqualTo(1_500);
            assertThat(counted.facets().get("tag")).containsEntry("third", 500L).containsEntry("rest", 1_000L);
            // without facets the ranking counts up to a thousand: a lower bound
            SearchResults ranked = index.searcher().search("common words", 10, false);
            assertThat(ranked.total()).isBetween(1_000L, 1_500L);
        }
    }
}
