package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.search.TestNotes.note;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.note.Progress;

class SnippetChoiceTest {

    @Test
    void aSentenceIsShownRatherThanAHeadingOrATagLineWithTheSameWord() throws Exception {
        String text = "Scaling Laws\nLoss falls as a power law while scaling compute, data and parameters together.\n#ai/scaling";
        try (NoteIndex index = NoteIndex.inMemory()) {
            index.sync(List.of(note("Scaling Laws.md").text(text).build(), note("Other.md").text("Nothing alike.").build()),
                    Progress.NONE, () -> false);
            String snippet = index.searcher().search("scaling", 10).hits().get(0).snippet();
            assertThat(snippet).startsWith("Loss falls as a power law while <mark>scaling</mark> compute");
        }
    }

    @Test
    void aShortLineIsShownWhenItAloneHoldsMoreOfTheWords() throws Exception {
        // the heading holds both words; each sentence one of them
        String text = "Loss falls as a power law with more compute spent on training.\nScaling Laws\n"
                + "Bigger models keep scaling well in practice, for a while at least.";
        try (NoteIndex index = NoteIndex.inMemory()) {
            index.sync(List.of(note("Notes/Scaling.md").title("Power").text(text).build()), Progress.NONE, () -> false);
            String snippet = index.searcher().search("scaling laws", 10).hits().get(0).snippet();
            assertThat(snippet).contains("<mark>Scaling</mark> <mark>Laws</mark>");
        }
    }

    @Test
    void aHeadingWithBothWordsBeatsSentencesRepeatingOne() throws Exception {
        String text = "Scaling Laws\nScaling up, scaling out, scaling down: scaling everything at once.\n"
                + "More scaling, scaling again, scaling forever, scaling still.";
        try (NoteIndex index = NoteIndex.inMemory()) {
            index.sync(List.of(note("Notes/Power.md").title("Power").text(text).build()), Progress.NONE, () -> false);
            String snippet = index.searcher().search("scaling laws", 10).hits().get(0).snippet();
            assertThat(snippet).startsWith("<mark>Scaling</mark> <mark>Laws</mark>");
        }
    }
}
