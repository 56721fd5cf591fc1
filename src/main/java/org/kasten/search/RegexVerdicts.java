package org.kasten.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * What a text regex's verification found for each note of a segment, kept across searches: a segment's notes
 * never change (a changed note is a new document in a new segment), so a verdict stays true while the segment
 * lives. The facet count after the ranking, the next keystroke of a query that keeps its {@code /regex/}, a
 * facet click: none reads the same note twice. The most recently used {@link #ENTRIES} (segment, pattern)
 * pairs are kept, one byte per document each.
 */
final class RegexVerdicts {

    /** Not verified yet (or not within the budget of the search that met it). */
    static final byte UNKNOWN = 0;
    static final byte MATCH = 1;
    /** No match, or the matcher gave up (too many steps): as final as a match. */
    static final byte NO_MATCH = 2;

    private static final int ENTRIES = 64;
    private static final Map<Key, byte[]> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > ENTRIES;
        }
    };

    private RegexVerdicts() {
    }

    /**
     * The verdicts of the pattern ({@code source} compiled with {@code flags}) for the documents of
     * {@code reader}, by segment doc id; shared by concurrent searches (a verdict written by one thread may
     * not be seen by another, which then verifies again: single bytes, never torn). A fresh array, not kept,
     * when the segment cannot be cached.
     */
    static byte[] of(LeafReader reader, String source, int flags) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return new byte[reader.maxDoc()];
        }
        Key key = new Key(helper.getKey(), source, flags);
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(key, k -> new byte[reader.maxDoc()]);
        }
    }

    /** Forgets every verdict (for tests and measurements of first searches). */
    static void clear() {
        synchronized (CACHE) {
            CACHE.clear();
        }
    }

    private record Key(IndexReader.CacheKey segment, String pattern, int flags) { }
}
