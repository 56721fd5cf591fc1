package org.kasten.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a vector whose direction stands for its meaning, so that texts saying the same thing in other
 * words lie close together (semantic search). The one seam between Kasten and a sentence-embedding model: the
 * bundled one is {@link MiniLmEmbedder}; tests use a fake where the model is not the point.
 * Implementations are thread-safe; vectors are of length 1 (a dot product is their cosine).
 */
public interface Embedder {

    /** A name for the model and its settings: an index of vectors made by another model is rebuilt. */
    String id();

    /** The length of every vector. */
    int dimensions();

    /** The vector of {@code text}, of length 1. */
    float[] embed(String text);

    /**
     * The vector of a search query, of length 1, to be compared with {@link #embed passages'}: the same for models
     * that embed both alike; models trained with an instruction before queries add it here.
     */
    default float[] embedQuery(String query) {
        return embed(query);
    }

    /** The vectors of {@code texts}, in order; implementations may batch. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            out.add(embed(text));
        }
        return out;
    }

    /** {@code v} scaled to length 1 (a zero vector is left as it is). */
    static float[] normalized(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        if (sum == 0) {
            return v;
        }
        float scale = (float) (1 / Math.sqrt(sum));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }
}
