package org.kasten.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * Reads one string per document from sorted or binary doc values (path, title, hash) for a page of hits:
 * much cheaper than stored fields, which decompress a whole block of notes to return one value.
 */
final class DocValueStrings {

    private DocValueStrings() {
    }

    /** The value of {@code field} for each of {@code docs} (top-level ids, any order); "" when a doc has none. */
    static String[] read(IndexReader reader, String field, int[] docs) throws IOException {
        String[] values = new String[docs.length];
        Arrays.fill(values, "");
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // doc values iterate forwards only: visit the docs in increasing order, one iterator per segment
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        Values current = null;
        for (int i : order) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                current = Values.of(leaves.get(leaf).reader(), field);
            }
            BytesRef value = current.get(docs[i] - leaves.get(leaf).docBase);
            if (value != null) {
                values[i] = value.utf8ToString();
            }
        }
        return values;
    }

    /** One segment's values of a field, sorted or binary. */
    private record Values(SortedDocValues sorted, BinaryDocValues binary) {

        static Values of(LeafReader reader, String field) throws IOException {
            var info = reader.getFieldInfos().fieldInfo(field);
            if (info != null && info.getDocValuesType() == org.apache.lucene.index.DocValuesType.BINARY) {
                return new Values(null, DocValues.getBinary(reader, field));
            }
            return new Values(DocValues.getSorted(reader, field), null);
        }

        /** The value of a segment doc (docs asked in increasing order), or null. */
        BytesRef get(int doc) throws IOException {
            if (sorted != null) {
                return sorted.advanceExact(doc) ? sorted.lookupOrd(sorted.ordValue()) : null;
            }
            return binary.advanceExact(doc) ? binary.binaryValue() : null;
        }
    }
}
