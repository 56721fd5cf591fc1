package org.kasten.search;

import org.apache.lucene.index.LeafReader;

/**
 * What a text regex's verification found for each note of a segment, kept across searches: a segment's notes
 * never change (a changed note is a new document in a new segment), so a verdict stays true while the segment
 * lives. The facet count after the ranking, the next keystroke of a query that keeps its {@code /regex/}, a
 * facet click: none reads the same note twice. The 64 most recently used (segment, pattern) pairs are kept,
 * one byte per document each, and a segment's are let go when it closes.
 */
final class RegexVerdicts {

    /** Not verified yet (or not within the budget of the search that met it). */
    static final byte UNKNOWN = 0;
    static final byte MATCH = 1;
    /** No match, or the matcher gave up (too many steps): as final as a match. */
    static final byte NO_MATCH = 2;

    private static final SegmentCache<Compiled, byte[]> CACHE = new SegmentCache<>(64);

    private RegexVerdicts() {
    }

    /**
     * The verdicts of the pattern ({@code source} compiled with {@code flags}) for the documents of
     * {@code reader}, by segment doc id; shared by concurrent searches (a verdict written by one thread may
     * not be seen by another, which then verifies again: single bytes, never torn). A fresh array, not kept,
     * when the segment cannot be cached.
     */
    static byte[] of(LeafReader reader, String source, int flags) {
        return CACHE.get(reader, new Compiled(source, flags), byte[]::new);
    }

    /** Forgets every verdict (for tests and measurements of first searches). */
    static void clear() {
        CACHE.clear();
    }

    /** A pattern as compiled: its source and flags. */
    private record Compiled(String source, int flags) { }
}
