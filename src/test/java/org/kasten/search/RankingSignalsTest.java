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

/** The re-ranking signals beyond BM25 per word: how well the query names a note, and the text's lead. */
class RankingSignalsTest {

    static NoteIndex index;
    static NoteSearcher searcher;

    /** Words unrelated to the queries, so the queries' words are rare among the notes (as in a real vault). */
    private static String filler(int sentences) {
        StringBuilder text = new StringBuilder();
        String[] lines = {"Weekly review of the garden beds and the compost heap. ", "Bread rises slowly in a cold kitchen. ",
                "The train leaves the station at dawn each day. ", "Rivers carry silt from the hills to the sea. "};
        for (int i = 0; i < sentences; i++) {
            text.append(lines[i % lines.length]);
        }
        return text.toString();
    }

    @BeforeAll
    static void index() throws IOException {
        List<Note> notes = new ArrayList<>();
        notes.add(note("Installation.md").text(filler(3) + "Install Foam from the marketplace of VS Code.").build());
        notes.add(note("Testing conventions.md").heading("Foam in VS Code").text(filler(3)
                + "Foam tests run inside VS Code: install the test runner, then Foam's tests open a VS Code window.").build());
        // both hold "typing", "name" and "open" once; only the first says so at its start
        notes.add(note("Quick switcher.md").text("Open a note by typing its name. " + filler(20)).build());
        notes.add(note("File list.md").text(filler(20) + "Open a note by typing its name. ").build());
        for (int i = 0; i < 8; i++) {
            notes.add(note("Journal/Day " + i + ".md").text(filler(6 + i)).build());
        }
        index = NoteIndex.inMemory();
        index.sync(IndexedNote.unlinked(notes), Progress.NONE, () -> false);
        searcher = index.searcher();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static List<String> paths(String query) {
        return searcher.search(query, 10).hits().stream().map(h -> h.path().value()).toList();
    }

    @Test
    void theNoteTheQueryNamesRanksAboveOneThatRepeatsTheQuerysWords() {
        // both hold every word; the second has three in a heading and "foam", "vs code" twice: BM25 alone ranks it first
        assertThat(paths("install foam in vs code")).startsWith("Installation.md", "Testing conventions.md");
    }

    @Test
    void wordsInTheLeadCountMoreThanTheSameWordsFurtherOn() {
        assertThat(paths("open a note by typing its name")).startsWith("Quick switcher.md", "File list.md");
    }

    @Test
    void theLeadIsTheTextsOpeningCutAtAWord() {
        String text = "word ".repeat(200);
        String lead = NoteDocuments.lead(text);
        assertThat(lead.length()).isBetween(NoteDocuments.LEAD_LENGTH - 5, NoteDocuments.LEAD_LENGTH);
        assertThat(text).startsWith(lead);
        assertThat(lead).endsWith("word");
        assertThat(NoteDocuments.lead("short")).isEqualTo("short");
    }
}
