package org.kasten.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the model where the model is not the point: a bag of words in 64 dimensions, where the words
 * of each synonym group share one dimension ("money" and "refund" mean the same to it). Counts the texts it was
 * given, so tests can see what was embedded again.
 */
final class FakeEmbedder implements Embedder {

    private static final List<List<String>> SYNONYMS = List.of(
            List.of("refund", "refunds", "money", "reimbursed", "reimbursement"),
            List.of("alias", "aliases", "nickname", "name"),
            List.of("dark", "night", "theme", "themes"));
    private final Map<String, Integer> groups = new java.util.HashMap<>();
    final AtomicInteger embedded = new AtomicInteger();
    private final String id;

    FakeEmbedder() {
        this("fake/1");
    }

    FakeEmbedder(String id) {
        this.id = id;
        for (int g = 0; g < SYNONYMS.size(); g++) {
            for (String w : SYNONYMS.get(g)) {
                groups.put(w, g);
            }
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimensions() {
        return 64;
    }

    @Override
    public float[] embed(String text) {
        embedded.incrementAndGet();
        float[] v = new float[64];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() < 3) {
                continue;
            }
            Integer g = groups.get(word);
            v[g != null ? g : 3 + Math.floorMod(word.hashCode(), 61)] += 1;
        }
        v[63] += 0.01f; // never the zero vector
        return Embedder.normalized(v);
    }
}
