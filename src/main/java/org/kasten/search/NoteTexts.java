package org.kasten.search;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
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
    private final LeafReader reader;
    private final LoadedNotes notes;
    private final SortedDocValues paths;
    private final BinaryDocValues hashes;
    private final BinaryDocValues titles;
    /** This segment's kept notes by doc, or null (nothing loaded, or a segment that cannot be cached). */
    private final Object[] kept;
    private StoredFields stored;

    /** The texts of {@code reader}'s notes; {@code notes} gives the loaded note of a path (or null), may be null. */
    NoteTexts(LeafReader reader, LoadedNotes notes) throws IOException {
        this.reader = reader;
        this.notes = notes;
        this.paths = notes == null ? null : DocValues.getSorted(reader, NoteFields.PATH);
        this.hashes = notes == null ? null : DocValues.getBinary(reader, NoteFields.HASH);
        this.titles = notes == null ? null : DocValues.getBinary(reader, NoteFields.TITLE);
        this.kept = notes == null ? null : notes.kept(reader);
    }

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
        if (known == LoadedNotes.NOT_LOADED) {
            return null;
        }
        return titles.binaryValue().utf8ToString() + "\n" + Objects.requireNonNullElse(((Note) known).plainText(), "");
    }

    /** The loaded note of {@code doc} when it is the version indexed, else {@link LoadedNotes#NOT_LOADED}. */
    private Object find(int doc) throws IOException {
        if (!paths.advanceExact(doc) || !hashes.advanceExact(doc)) {
            return LoadedNotes.NOT_LOADED;
        }
        Note note = notes.note(NotePath.of(paths.lookupOrd(paths.ordValue()).utf8ToString()));
        if (note == null || note.hash() == null || note.hash().isEmpty()
                || !note.hash().equals(hashes.binaryValue().utf8ToString())) {
            return LoadedNotes.NOT_LOADED;
        }
        return note;
    }
}
