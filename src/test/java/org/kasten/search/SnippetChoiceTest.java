package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.search.TestNotes.note;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.Progress;

class SnippetChoiceTest {

    /** The snippet of the top hit for {@code query} in a vault of a note titled "Power" and an unrelated one. */
    private static String snippet(String text, String query) throws Exception {
        try (NoteIndex index = NoteIndex.inMemory()) {
            index.sync(IndexedNote.unlinked(List.of(note("Notes/Power.md").title("Power").text(text).build(),
                    note("Other.md").text("Nothing alike.").build())), Progress.NONE, () -> false);
            return index.searcher().search(query, 10).hits().get(0).snippet();
        }
    }

    @Test
    void aSentenceIsShownRatherThanAHeadingOrATagLineWithTheSameWord() throws Exception {
        String text = "Scaling Laws\nLoss falls as a power law while scaling compute, data and parameters together.\n#ai/scaling";
        assertThat(snippet(text, "scaling")).startsWith("Loss falls as a power law while <mark>scaling</mark> compute");
    }

    @Test
    void aShortLineIsShownWhenItAloneHoldsMoreOfTheWords() throws Exception {
        // the heading holds both words; each sentence one of them
        String text = "Loss falls as a power law with more compute spent on training.\nScaling Laws\n"
                + "Bigger models keep scaling well in practice, for a while at least.";
        assertThat(snippet(text, "scaling laws")).contains("<mark>Scaling</mark> <mark>Laws</mark>");
    }

    @Test
    void aHeadingWithBothWordsBeatsSentencesRepeatingOne() throws Exception {
        String text = "Scaling Laws\nScaling up, scaling out, scaling down: scaling everything at once.\n"
                + "More scaling, scaling again, scaling forever, scaling still.";
        assertThat(snippet(text, "scaling laws")).startsWith("<mark>Scaling</mark> <mark>Laws</mark>");
    }

    /**
     * Hits each found by one word in the body and the other in the title, alternating: in the index, the body word
     * of one hit is passed over while the highlighter looks for the other word in the hit before it, and must still
     * be marked.
     */
    @Test
    void everyHitMarksItsWordsWhateverTheOrderOfTheHitsInTheIndex() throws Exception {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String other = i % 2 == 0 ? "beta" : "alpha";
            String word = i % 2 == 0 ? "alpha" : "beta";
            notes.add(note("Note " + i + ".md").title("Note " + i + " " + other)
                    .text("First line without it.\nThe " + word + " word is here.").build());
        }
        try (NoteIndex index = NoteIndex.inMemory()) {
            index.sync(IndexedNote.unlinked(notes), Progress.NONE, () -> false);
            List<String> snippets = index.searcher().search("alpha beta", 50).hits().stream()
                    .map(hit -> hit.snippet()).toList();
            assertThat(snippets).hasSize(20).allSatisfy(snippet -> assertThat(snippet).contains("<mark>"));
        }
    }
}
