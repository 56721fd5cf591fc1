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

/** What the index remembers of a note's file (size, time, hash), to tell whether it changed. */
record StoredNote(long size, long modified, String hash) {

    /** True when the note's file is the one that was indexed. */
    boolean sameAs(Note note) {
        return size == note.size() && modified == note.modified() && hash.equals(note.hash() == null ? "" : note.hash());
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
            for (int doc = 0; doc < r.maxDoc(); doc++) {
                if ((live != null && !live.get(doc)) || !paths.advanceExact(doc)) {
                    continue;
                }
                String path = paths.lookupOrd(paths.ordValue()).utf8ToString();
                long size = sizes.advanceExact(doc) ? sizes.longValue() : -1;
                long time = times.advanceExact(doc) ? times.longValue() : -1;
                String hash = hashes.advanceExact(doc) ? hashes.binaryValue().utf8ToString() : "";
                all.put(path, new StoredNote(size, time, hash));
            }
        }
        return all;
    }
}
