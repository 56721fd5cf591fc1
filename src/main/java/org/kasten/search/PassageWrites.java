package org.kasten.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.kasten.note.Note;

/**
 * Writes one note's documents into a {@link PassageIndex}: its stamp (path and hash) and one document per
 * passage with its vector, asking the model only for passage texts that neither the note's stored version nor
 * the sync's {@link KnownVectors} already has a vector for.
 */
final class PassageWrites {

    private final IndexWriter writer;
    private final SearcherManager manager;
    private final Embedder embedder;

    PassageWrites(IndexWriter writer, SearcherManager manager, Embedder embedder) {
        this.writer = writer;
        this.manager = manager;
        this.embedder = embedder;
    }

    /**
     * Replaces the documents of {@code note}, embedding only passages whose text neither the note's previous
     * version nor {@code known} has; returns how many passages it has and how many vectors were reused.
     */
    int[] write(Note note, KnownVectors known) throws IOException {
        List<Passages.Passage> cut = Passages.of(note);
        String path = note.path().value();
        Map<String, float[]> before = cut.isEmpty() ? Map.of() : storedVectors(path);
        float[][] vectors = new float[cut.size()][];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < cut.size(); i++) {
            String text = cut.get(i).embedded();
            float[] v = known.take(text);
            if (v == null) {
                v = before.get(text);
                if (v != null) {
                    known.made(text, v);
                }
            }
            if (v == null) {
                missing.add(i);
            }
            vectors[i] = v;
        }
        if (!missing.isEmpty()) {
            List<float[]> made = embedder.embedAll(missing.stream().map(i -> cut.get(i).embedded()).toList());
            for (int j = 0; j < missing.size(); j++) {
                int i = missing.get(j);
                vectors[i] = made.get(j);
                known.made(cut.get(i).embedded(), vectors[i]);
            }
        }
        String title = Passages.title(note);
        List<Document> docs = new ArrayList<>();
        Document stamp = new Document();
        stamp.add(new StringField(PassageIndex.PATH, path, Field.Store.YES));
        stamp.add(new StringField(PassageIndex.KIND, PassageIndex.NOTE_KIND, Field.Store.NO));
        stamp.add(new StoredField(PassageIndex.HASH, hashOf(note)));
        docs.add(stamp);
        for (int i = 0; i < cut.size(); i++) {
            Document d = new Document();
            d.add(new StringField(PassageIndex.PATH, path, Field.Store.YES));
            d.add(new StringField(PassageIndex.KIND, PassageIndex.PASSAGE_KIND, Field.Store.NO));
            d.add(new StoredField(PassageIndex.TITLE, title));
            d.add(new StoredField(PassageIndex.HEADING, cut.get(i).heading()));
            d.add(new StoredField(PassageIndex.TEXT, cut.get(i).text()));
            d.add(new KnnFloatVectorField(PassageIndex.VECTOR, vectors[i], VectorSimilarityFunction.DOT_PRODUCT));
            docs.add(d);
        }
        writer.updateDocuments(new Term(PassageIndex.PATH, path), docs);
        return new int[] {cut.size(), cut.size() - missing.size()};
    }

    /** The stored vectors of the note at {@code path} by the text they were made from (as {@link Passages} gives it). */
    private Map<String, float[]> storedVectors(String path) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            Map<String, float[]> out = new HashMap<>();
            for (PassageSearch.StoredPassage p : PassageSearch.passagesOf(s, path, Passages.MAX_PER_NOTE)) {
                out.put(Passages.embedded(p.title(), p.heading(), p.text()), p.vector());
            }
            return out;
        } finally {
            manager.release(s);
        }
    }

    /** The note's content hash, or its size and time when it has none: what a sync compares to know it changed. */
    static String hashOf(Note note) {
        return note.hash() == null || note.hash().isEmpty() ? note.size() + ":" + note.modified() : note.hash();
    }
}
