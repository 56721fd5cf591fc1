package org.kasten.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * Reads one string (or number) per document from sorted, binary or numeric doc values (path, title, hash,
 * backlink count) for a page of hits:
 * much cheaper than stored fields, which decompress a whole block of notes to return one value.
 */
final class DocValueStrings {

    private DocValueStrings() {
    }

    /** The value of {@code field} for each of {@code docs} (top-level ids, any order); "" when a doc has none. */
    static String[] read(IndexReader reader, String field, int[] docs) throws IOException {
        String[] values = new String[docs.length];
        Arrays.fill(values, "");
        inDocOrder(reader, docs, leaf -> {
            Values segment = Values.of(leaf, field);
            return (i, doc) -> {
                BytesRef value = segment.get(doc);
                if (value != null) {
                    values[i] = value.utf8ToString();
                }
            };
        });
        return values;
    }

    /** The numeric doc value of {@code field} for each of {@code docs} (top-level ids, any order); 0 when a doc has none. */
    static long[] readLongs(IndexReader reader, String field, int[] docs) throws IOException {
        long[] values = new long[docs.length];
        inDocOrder(reader, docs, leaf -> {
            NumericDocValues segment = DocValues.getNumeric(leaf, field);
            return (i, doc) -> {
                if (segment.advanceExact(doc)) {
                    values[i] = segment.longValue();
                }
            };
        });
        return values;
    }

    /** Reads the value of the {@code i}th doc asked for, {@code doc} in its segment. */
    private interface Reading {
        void read(int i, int doc) throws IOException;
    }

    /** Opens a segment's values of a field. */
    private interface Segment {
        Reading open(LeafReader leaf) throws IOException;
    }

    /** Visits {@code docs} in increasing order, as doc values iterate forwards only: one reading per segment. */
    private static void inDocOrder(IndexReader reader, int[] docs, Segment segment) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        Reading current = null;
        for (int i : order) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                current = segment.open(leaves.get(leaf).reader());
            }
            current.read(i, docs[i] - leaves.get(leaf).docBase);
        }
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
