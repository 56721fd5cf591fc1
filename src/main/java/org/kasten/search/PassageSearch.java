package org.kasten.search;

import static org.kasten.search.PassageIndex.HEADING;
import static org.kasten.search.PassageIndex.KIND;
import static org.kasten.search.PassageIndex.PASSAGE_KIND;
import static org.kasten.search.PassageIndex.PATH;
import static org.kasten.search.PassageIndex.TEXT;
import static org.kasten.search.PassageIndex.TITLE;
import static org.kasten.search.PassageIndex.VECTOR;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;
import org.kasten.note.NotePath;
import org.kasten.search.PassageIndex.PassageHit;

/**
 * Reading a {@link PassageIndex}: the notes nearest to a vector (a query's, or a note's own passages' for its
 * semantic neighbours) and a note's stored passages with their vectors. Kept apart from the index's writing
 * side; every method works on the searcher it is given.
 */
final class PassageSearch {

    private PassageSearch() {
    }

    /**
     * The {@code notes} notes whose best passage is nearest to {@code vector}, each with that passage; only
     * notes whose path is in {@code within} when it is not null (the notes an operator query lets through).
     */
    static List<PassageHit> nearest(IndexSearcher s, float[] vector, int notes, Set<String> within) throws IOException {
        Query filter = null;
        if (within != null) {
            if (within.isEmpty()) {
                return List.of();
            }
            filter = new TermInSetQuery(PATH, within.stream().map(BytesRef::new).toList());
        }
        int k = Math.max(notes * 4, 40); // several passages of one note may come first
        TopDocs top = s.search(filter == null ? new KnnFloatVectorQuery(VECTOR, vector, k)
                : new KnnFloatVectorQuery(VECTOR, vector, k, filter), k);
        Map<String, PassageHit> best = new LinkedHashMap<>();
        var fields = s.storedFields();
        for (ScoreDoc d : top.scoreDocs) {
            if (best.size() >= notes) {
                break;
            }
            Document doc = fields.document(d.doc);
            String path = doc.get(PATH);
            if (!best.containsKey(path)) {
                // Lucene's DOT_PRODUCT score is (1 + cosine) / 2
                best.put(path, new PassageHit(NotePath.of(path), doc.get(TITLE), doc.get(HEADING), doc.get(TEXT), 2 * d.score - 1));
            }
        }
        return new ArrayList<>(best.values());
    }

    /**
     * Each of {@code paths}' best passage similarity to {@code vector} (cosine of unit vectors), over every stored
     * passage of those notes: a few hundred dot products for a page of hits, where a filtered vector search might
     * stop before a note's best passage. Notes without vectors are left out.
     */
    static Map<String, Float> similarities(IndexSearcher s, float[] vector, Collection<String> paths) throws IOException {
        List<String> asked = List.copyOf(new LinkedHashSet<>(paths));
        Map<String, Float> best = new HashMap<>();
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            FloatVectorValues values = reader.getFloatVectorValues(VECTOR);
            if (values == null) {
                continue;
            }
            Bits live = reader.getLiveDocs();
            List<long[]> docs = new ArrayList<>(); // doc, index of its path: the vectors are read in doc order
            for (int i = 0; i < asked.size(); i++) {
                PostingsEnum postings = reader.postings(new Term(PATH, asked.get(i)), PostingsEnum.NONE);
                if (postings == null) {
                    continue;
                }
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (live == null || live.get(d)) {
                        docs.add(new long[] {d, i});
                    }
                }
            }
            docs.sort((a, b) -> Long.compare(a[0], b[0]));
            for (long[] doc : docs) {
                int at = values.docID();
                if (at < doc[0]) {
                    at = values.advance((int) doc[0]);
                }
                if (at == doc[0]) { // a passage (a note's hash document has no vector)
                    best.merge(asked.get((int) doc[1]), VectorUtil.dotProduct(vector, values.vectorValue()), Math::max);
                }
            }
        }
        return best;
    }

    /** Passages of one note whose vectors {@link #neighbours} compares: the first ones (title, lead, first sections). */
    static final int NEIGHBOUR_PASSAGES = 8;

    /** A passage as stored: the title and heading it was embedded with, its text and its vector. */
    record StoredPassage(String title, String heading, String text, float[] vector) { }

    /** The stored passages of the first {@code max} passages of the note at {@code path}, in passage order. */
    static List<StoredPassage> passagesOf(IndexSearcher s, String path, int max) throws IOException {
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PATH, path)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(KIND, PASSAGE_KIND)), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = s.search(query, max, Sort.INDEXORDER);
        List<StoredPassage> out = new ArrayList<>();
        var fields = s.storedFields();
        for (ScoreDoc d : top.scoreDocs) {
            LeafReaderContext leaf = s.getIndexReader().leaves().get(ReaderUtil.subIndex(d.doc, s.getIndexReader().leaves()));
            FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
            int local = d.doc - leaf.docBase;
            if (values != null && values.advance(local) == local) {
                Document doc = fields.document(d.doc, Set.of(TITLE, HEADING, TEXT));
                out.add(new StoredPassage(doc.get(TITLE), doc.get(HEADING), doc.get(TEXT), values.vectorValue().clone()));
            }
        }
        return out;
    }

    /**
     * The {@code notes} notes nearest in meaning to the note at {@code path}: for each of its first passages
     * (their stored vectors, no model call) the nearest passages of other notes; a note counts with its most
     * similar passage pair and is given with its passage of that pair. Empty when the note has no vectors.
     */
    static List<PassageHit> neighbours(IndexSearcher s, NotePath path, int notes) throws IOException {
        List<float[]> own = passagesOf(s, path.value(), NEIGHBOUR_PASSAGES).stream().map(StoredPassage::vector).toList();
        Map<String, PassageHit> best = new HashMap<>();
        for (float[] vector : own) {
            for (PassageHit hit : nearest(s, vector, notes + 1, null)) {
                if (!hit.path().equals(path)) {
                    best.merge(hit.path().value(), hit, (a, b) -> a.similarity() >= b.similarity() ? a : b);
                }
            }
        }
        List<PassageHit> out = new ArrayList<>(best.values());
        out.sort((a, b) -> {
            int c = Float.compare(b.similarity(), a.similarity());
            return c != 0 ? c : a.path().value().compareTo(b.path().value());
        });
        return out.subList(0, Math.min(notes, out.size()));
    }
}
