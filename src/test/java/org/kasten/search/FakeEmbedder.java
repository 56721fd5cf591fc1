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
public final class FakeEmbedder implements Embedder {

    private static final List<List<String>> SYNONYMS = List.of(
            List.of("refund", "refunds", "money", "reimbursed", "reimbursement"),
            List.of("alias", "aliases", "nickname", "name"),
            List.of("dark", "night", "theme", "themes"));
    private final Map<String, Integer> groups = new java.util.HashMap<>();
    final AtomicInteger embedded = new AtomicInteger();
    /** Called before each text is embedded (tests slow the model down with it). */
    private volatile Runnable beforeEach = () -> { };
    private final String id;

    public FakeEmbedder() {
        this("fake/1");
    }

    public FakeEmbedder(String id) {
        this.id = id;
        for (int g = 0; g < SYNONYMS.size(); g++) {
            for (String w : SYNONYMS.get(g)) {
                groups.put(w, g);
            }
        }
    }

    /** How many texts were embedded so far (passages and queries). */
    public int embeddedCount() {
        return embedded.get();
    }

    /** Runs {@code action} before each text is embedded. */
    public void beforeEach(Runnable action) {
        beforeEach = action;
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
        beforeEach.run();
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
