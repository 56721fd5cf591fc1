package org.kasten.vault;

import java.util.HexFormat;

/**
 * The digest of a scan's notes ({@link VaultScanner.Scan#notesDigest}): each note's path, size and modification
 * time mixed into two 64-bit hashes (on the thread that listed its folder), and the scan's digest their sums and
 * the count. A sum does not depend on the order the notes were met in, so the threads of a scan need not agree on
 * one, and a change to any note's path, size or time changes it (but for a chance of about 2^-128).
 *
 * <p>It replaced a SHA-256 of every path and stamp in the scan's order, made on the main thread after the listing,
 * which a {@code kasten search} at 100,000 notes waited for before it could answer from the index (figures in
 * docs/performance.md). Nothing here needs to withstand a person crafting collisions: the digest only tells
 * Kasten's own stored answers about the same folder apart.
 */
final class NotesDigest {

    private long count;
    private long first;
    private long second;

    /** The first of a note's two hashes. */
    static long first(String path, long size, long modified) {
        return mix(path, size, modified, 0xcbf29ce484222325L, 0x100000001b3L);
    }

    /** The second of a note's two hashes (another start and multiplier). */
    static long second(String path, long size, long modified) {
        return mix(path, size, modified, 0x84222325cbf29ce4L, 0x9e3779b97f4a7c15L);
    }

    private static long mix(String path, long size, long modified, long start, long multiplier) {
        long h = start;
        for (int i = 0; i < path.length(); i++) {
            h = (h ^ path.charAt(i)) * multiplier;
        }
        h = finish(h ^ path.length());
        h = finish(h ^ size * 0xc2b2ae3d27d4eb4fL);
        return finish(h ^ modified * 0x165667b19e3779f9L);
    }

    /** MurmurHash3's finaliser: every bit of the input moves about half the output's bits. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb1a2fe1a85b9L;
        return h ^ (h >>> 33);
    }

    /** Counts one note, given its two hashes. */
    void add(long firstHash, long secondHash) {
        count++;
        first += firstHash;
        second += secondHash;
    }

    /** The digest, hexadecimal: the count and the two sums. */
    String value() {
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(count) + hex.toHexDigits(first) + hex.toHexDigits(second);
    }
}
