package org.kasten.search;

import java.util.concurrent.Callable;

/** Benchmarks outside this package run a query under another of {@link HybridSearch}'s measured settings. */
public final class HybridSettings {

    private HybridSettings() {
    }

    /**
     * {@code query} answered with the word matches beyond the nearest left without their own similarity
     * ({@link HybridSearch#fillSimilarity} off, as before session 14).
     */
    public static <T> T withoutFill(Callable<T> query) throws Exception {
        HybridSearch.fillSimilarity = false;
        try {
            return query.call();
        } finally {
            HybridSearch.fillSimilarity = true;
        }
    }

    /** {@code query} answered with the query's embedding on the caller's thread after the lexical search (before session 14). */
    public static <T> T sequential(Callable<T> query) throws Exception {
        HybridSearch.meaningAlongside = false;
        try {
            return query.call();
        } finally {
            HybridSearch.meaningAlongside = true;
        }
    }
}
