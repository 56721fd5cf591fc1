package org.kasten.search;

import java.util.function.Function;

import org.apache.lucene.index.LeafReader;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * The loaded notes a searcher was given (path to note, or null), and for the segments searched lately each doc's
 * loaded note once found ({@link NoteTexts}): finding it (path and hash from doc values, a look-up, a hash
 * comparison) was most of a first search of a {@code /regex/} pattern. A kept note stays right: a doc never
 * changes, and a note whose hash matched it has that doc's text for good. Owned by one searcher (nothing static
 * holds a vault's notes once its index is closed).
 */
final class LoadedNotes {

    /** Kept for a doc whose loaded note is not the version indexed (its text is read from the stored fields). */
    static final Object NOT_LOADED = new Object();
    /** Segments whose docs' notes are kept, the most recently searched. */
    private static final int SEGMENTS = 16;

    private final Function<NotePath, Note> notes;
    private final SegmentCache<Boolean, Object[]> kept = new SegmentCache<>(SEGMENTS);

    LoadedNotes(Function<NotePath, Note> notes) {
        this.notes = notes;
    }

    /** The loaded note of {@code path}, or null. */
    Note note(NotePath path) {
        return notes.apply(path);
    }

    /**
     * The kept notes of {@code reader}'s docs, by segment doc id (null: not looked up yet); a plain array shared
     * by concurrent searches, where a note one search has not seen yet is only looked up again. A fresh array,
     * not kept, when the segment cannot be cached. A segment's notes are let go when it closes.
     */
    Object[] kept(LeafReader reader) {
        return kept.get(reader, Boolean.TRUE, Object[]::new);
    }

    /** How many segments have notes kept (for tests). */
    int segments() {
        return kept.size();
    }
}
