package org.kasten.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.kasten.note.Note;

/**
 * What the index remembers of a note's file (size, time, hash) and of the links to it (anchor text hash,
 * backlink count), to tell whether it changed.
 */
record StoredNote(long size, long modified, String hash, long anchors, long backlinks) {

    /** True when the note's file is the one that was indexed. */
    boolean sameAs(Note note) {
        return size == note.size() && modified == note.modified() && hash.equals(note.hash() == null ? "" : note.hash());
    }

    /**
     * True when the note's file, the anchor text other notes give it and the number of notes linking to it are
     * those that were indexed.
     */
    boolean sameAs(Note note, String anchorText, int backlinkCount) {
        return sameAs(note) && anchors == anchorText.hashCode() && backlinks == backlinkCount;
    }

    /** Reads the stored file facts of every live document from doc values (no stored fields touched). */
    static Map<String, StoredNote> readAll(IndexReader reader) throws IOException {
        Map<String, StoredNote> all = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            Bits live = r.getLiveDocs();
            SortedDocValues paths = DocValues.getSorted(r, NoteFields.PATH);
            NumericDocValues sizes = DocValues.getNumeric(r, NoteFields.SIZE);
            NumericDocValues times = DocValues.getNumeric(r, NoteFields.MODIFIED);
            BinaryDocValues hashes = DocValues.getBinary(r, NoteFields.HASH);
            NumericDocValues anchors = DocValues.getNumeric(r, NoteFields.ANCHORS_HASH);
            NumericDocValues backlinks = DocValues.getNumeric(r, NoteFields.BACKLINKS);
            for (int doc = 0; doc < r.maxDoc(); doc++) {
                if ((live != null && !live.get(doc)) || !paths.advanceExact(doc)) {
                    continue;
                }
                String path = paths.lookupOrd(paths.ordValue()).utf8ToString();
                long size = sizes.advanceExact(doc) ? sizes.longValue() : -1;
                long time = times.advanceExact(doc) ? times.longValue() : -1;
                String hash = hashes.advanceExact(doc) ? hashes.binaryValue().utf8ToString() : "";
                long anchorHash = anchors.advanceExact(doc) ? anchors.longValue() : 0;
                long linking = backlinks.advanceExact(doc) ? backlinks.longValue() : 0;
                all.put(path, new StoredNote(size, time, hash, anchorHash, linking));
            }
        }
        return all;
    }
}
