package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.search.TestNotes.note;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.NoteText;
import org.kasten.note.Progress;
import org.kasten.note.SearchHit;

/**
 * Snippets read a hit's text from the loaded note, which in a loaded vault is the parse cache's copy, read and
 * decoded on each call: the window's 200 hits must each read it once (what reading it twice cost is in
 * docs/performance.md, "Session 16: the whole build for distinct notes, and what the window's 200 hits cost").
 */
class SnippetTextReadsTest {

    @Test
    void eachHitsTextIsReadOnceFromTheParseCache() throws Exception {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            notes.add(note("Note " + i + ".md").text("A line first.\nThe harbour lights are counted here " + i + ".").build());
        }
        AtomicInteger reads = new AtomicInteger();
        Map<NotePath, Note> loaded = new HashMap<>();
        notes.forEach(n -> loaded.put(n.path(), cached(n, reads)));
        try (NoteIndex index = NoteIndex.inMemory()) {
            index.sync(IndexedNote.unlinked(notes), Progress.NONE, () -> false);
            NoteSearcher searcher = index.searcher();
            searcher.setNotes(loaded::get);
            List<SearchHit> hits = searcher.search("harbour", 200, true).hits();

            assertThat(hits).hasSize(12);
            assertThat(hits).allSatisfy(h -> assertThat(h.snippet()).contains("<mark>harbour</mark>"));
            assertThat(reads.get()).as("plain texts read from the cache").isEqualTo(12);
        }
    }

    /** {@code note} with its texts in a store that counts the reads of its plain text, as the parse cache holds them. */
    private static Note cached(Note note, AtomicInteger plainReads) {
        byte[] body = note.body().getBytes(StandardCharsets.UTF_8);
        byte[] plain = note.plainText().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + plain.length];
        System.arraycopy(body, 0, all, 0, body.length);
        System.arraycopy(plain, 0, all, body.length, plain.length);
        NoteText.Store store = (position, length) -> {
            if (position == body.length) {
                plainReads.incrementAndGet();
            }
            return java.util.Arrays.copyOfRange(all, (int) position, (int) position + length);
        };
        return new Note(note.path(), note.format(), note.title(), note.aliases(), note.tags(), note.frontmatter(),
                NoteText.stored(store, 0, body.length, body.length, plain.length), note.bodyLine(), note.headings(),
                note.blocks(), note.links(), note.size(), note.modified(), note.hash(), note.warnings());
    }
}
