package org.kasten.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * The text a {@code /regex/} is searched in, title and text joined by a line break, for the notes of one
 * segment, asked in increasing doc order: from the loaded note when it is the version indexed (same hash as
 * indexed), else from the stored fields (decompressing a block of notes: a third of a regex search's time).
 * The title comes from the index either way, so both give the same string.
 */
final class NoteTexts {

    private static final Set<String> FIELDS = Set.of(NoteFields.TITLE, NoteFields.BODY);
    /** A doc whose loaded note is not the version indexed (its text is read from the stored fields). */
    private static final Object NOT_LOADED = new Object();
    /** Segments (with the loaded notes they were matched against) whose docs' notes are kept. */
    private static final int SEGMENTS = 16;
    /**
     * Each doc's loaded note once found (or {@link #NOT_LOADED}), per segment: finding it (path and hash from doc
     * values, a look-up, a hash comparison) was most of a first search of a pattern. A kept note stays right:
     * a doc never changes, and a note whose hash matched it then has its text for good.
     */
    private static final Map<Key, Object[]> KEPT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object[]> eldest) {
            return size() > SEGMENTS;
        }
    };

    private final LeafReader reader;
    private final Function<NotePath, Note> notes;
    private final SortedDocValues paths;
    private final BinaryDocValues hashes;
    private final BinaryDocValues titles;
    /** This segment's kept notes by doc, or null (nothing loaded, or a segment that cannot be cached). */
    private final Object[] kept;
    private StoredFields stored;

    /** The texts of {@code reader}'s notes; {@code notes} gives the loaded note of a path (or null), may be null. */
    NoteTexts(LeafReader reader, Function<NotePath, Note> notes) throws IOException {
        this.reader = reader;
        this.notes = notes;
        this.paths = notes == null ? null : DocValues.getSorted(reader, NoteFields.PATH);
        this.hashes = notes == null ? null : DocValues.getBinary(reader, NoteFields.HASH);
        this.titles = notes == null ? null : DocValues.getBinary(reader, NoteFields.TITLE);
        this.kept = notes == null ? null : kept(reader, notes);
    }

    private static Object[] kept(LeafReader reader, Function<NotePath, Note> notes) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return new Object[reader.maxDoc()];
        }
        synchronized (KEPT) {
            return KEPT.computeIfAbsent(new Key(helper.getKey(), notes), k -> new Object[reader.maxDoc()]);
        }
    }

    /** Forgets every kept note (for tests and measurements of first searches). */
    static void clear() {
        synchronized (KEPT) {
            KEPT.clear();
        }
    }

    private record Key(IndexReader.CacheKey segment, Function<NotePath, Note> notes) { }

    /** Title, line break, text of segment doc {@code doc} (docs asked in increasing order). */
    String text(int doc) throws IOException {
        String loaded = loaded(doc);
        if (loaded != null) {
            return loaded;
        }
        if (stored == null) {
            stored = reader.storedFields();
        }
        Document d = stored.document(doc, FIELDS);
        return Objects.requireNonNullElse(d.get(NoteFields.TITLE), "") + "\n"
                + Objects.requireNonNullElse(d.get(NoteFields.BODY), "");
    }

    private String loaded(int doc) throws IOException {
        if (notes == null || !titles.advanceExact(doc)) {
            return null;
        }
        Object known = kept[doc]; // a plain array shared by searches: a note not seen by one is found again
        if (known == null) {
            known = find(doc);
            kept[doc] = known;
        }
        if (known == NOT_LOADED) {
            return null;
        }
        return titles.binaryValue().utf8ToString() + "\n" + Objects.requireNonNullElse(((Note) known).plainText(), "");
    }

    /** The loaded note of {@code doc} when it is the version indexed, else {@link #NOT_LOADED}. */
    private Object find(int doc) throws IOException {
        if (!paths.advanceExact(doc) || !hashes.advanceExact(doc)) {
            return NOT_LOADED;
        }
        Note note = notes.apply(NotePath.of(paths.lookupOrd(paths.ordValue()).utf8ToString()));
        if (note == null || note.hash() == null || note.hash().isEmpty()
                || !note.hash().equals(hashes.binaryValue().utf8ToString())) {
            return NOT_LOADED;
        }
        return note;
    }
}
