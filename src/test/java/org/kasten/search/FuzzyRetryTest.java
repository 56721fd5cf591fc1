package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.search.TestNotes.note;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.Progress;
import org.kasten.note.SearchResults;

/** The fuzzy retry when a query finds nothing or little, and "showing results for …". */
class FuzzyRetryTest {

    static NoteIndex index;
    static NoteSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            notes.add(note("Help/Links " + i + ".md").text("Backlinks show which notes link here, part " + i + ".").build());
        }
        notes.add(note("Help/Pane.md").text("The backlinks pane sits on the right.").build());
        notes.add(note("Help/Typo.md").text("Open the backlnks view (sic).").build());
        notes.add(note("Files/Moved.md").text("The files were moved back.").build());
        notes.add(note("Math/Katex.md").text("Formulas are rendered with katex.").build());
        for (int i = 0; i < 3; i++) {
            notes.add(note("Math/Latex " + i + ".md").text("Write latex between dollar signs.").build());
        }
        index = NoteIndex.inMemory();
        index.sync(IndexedNote.unlinked(notes), Progress.NONE, () -> false);
        searcher = index.searcher();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void correctedWhenTheQueryFindsNothingOrLittle() {
        record Row(String query, String shown) { }
        for (Row row : List.of(
                new Row("backlnks", "backlinks"),            // the vault has only the typo's one note: far fewer
                new Row("backlnks pane", "backlinks pane"),  // nothing has both words; one word alone fills up
                new Row("panne backlinks", "pane backlinks"),// not in the vault at all
                new Row("katex", null),                      // rare but real: latex is not far more common
                new Row("latex", null),                      // found: nothing to correct
                new Row("backlinks", null),
                new Row("zzzzqqq", null),                    // nothing close
                new Row("mvoed back", "moved back"),         // a short word: one edit (a swap counts as one)
                new Row("money back", null))) {              // two edits from "moved": too far for a short word
            SearchResults results = searcher.search(row.query(), 10);
            assertThat(results.shownQuery()).as(row.query()).isEqualTo(row.shown());
        }
    }

    @Test
    void theCorrectedResultsAreShown() {
        SearchResults results = searcher.search("backlnks pane", 10);
        assertThat(results.hits()).first().extracting(h -> h.path().value()).isEqualTo("Help/Pane.md");
        assertThat(searcher.search("backlnks", 10).total()).isEqualTo(26);
    }

    @Test
    void aRetryMustFindClearlyMore() {
        record Row(long before, long after, boolean expected) { }
        for (Row row : List.of(new Row(0, 0, false), new Row(0, 1, true), new Row(1, 2, false),
                new Row(1, 3, true), new Row(2, 4, false), new Row(2, 5, true))) {
            assertThat(SpellingFix.clearlyMore(row.before(), row.after())).as(row.toString()).isEqualTo(row.expected());
        }
        assertThat(SpellingFix.findsLittle(2)).isTrue();
        assertThat(SpellingFix.findsLittle(3)).isFalse();
    }
}
