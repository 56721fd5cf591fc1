package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.search.TestNotes.note;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.note.Progress;

/** In a long query the last word is a title prefix only while it is unfinished (not yet a word of the vault). */
class LastWordPrefixTest {

    @Test
    void aFinishedLastWordIsNotAlsoAPrefix() throws IOException {
        try (NoteIndex index = NoteIndex.inMemory()) {
            index.sync(IndexedNote.unlinked(List.of(
                    note("Codemirror.md").text("An editor.").build(),
                    note("Fast.md").text("A fast editor for code.").build())), Progress.NONE, () -> false);
            NoteSearcher searcher = index.searcher();
            // (a limit of 1 keeps the fill-up with notes holding any one word out of the count)
            // "code" is a word of the vault: the query was finished, Codemirror holds only one word of three
            assertThat(searcher.search("fast editor code", 1).total()).isEqualTo(1);
            // "codem" is not: still being typed, so it is a prefix of the title "Codemirror"
            assertThat(searcher.search("fast editor codem", 1).total()).isEqualTo(2);
            // short queries keep the prefix even for a whole word
            assertThat(paths(searcher, "code")).containsExactlyInAnyOrder("Fast.md", "Codemirror.md");
        }
    }

    private static List<String> paths(NoteSearcher searcher, String query) {
        return searcher.search(query, 10).hits().stream().map(h -> h.path().value()).toList();
    }
}
