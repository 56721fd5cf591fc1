package org.kasten.graph;

/**
 * The words of one text as a Bloom filter: {@link #mayContain} is true for every word of the text and for few
 * others. A word is a run of characters for which {@link Character#isLetterOrDigit(char)} holds, exactly the
 * runs {@link MentionFinder} takes as word boundaries, so a name found in the text at word boundaries has all its
 * words in the filter. Lets mention search rule out a note without holding its text (~4-8 bits per word).
 */
final class WordFilter {

    private final long[] bits;

    private WordFilter(long[] bits) {
        this.bits = bits;
    }

    /** The filter of {@code text}'s words (as they are: lower-case the text first to ignore case). */
    static WordFilter of(String text) {
        long[] words = words(text);
        int size = Integer.highestOneBit(Math.max(64, words.length * 4 - 1)) << 1; // a power of two, ≥ 4 bits a word
        WordFilter filter = new WordFilter(new long[Math.max(1, size / 64)]);
        for (long word : words) {
            filter.add(word);
        }
        return filter;
    }

    /** The words of {@code text}, hashed as {@link #mayContain} takes them; empty when it has none. */
    static long[] words(String text) {
        java.util.stream.LongStream.Builder hashes = java.util.stream.LongStream.builder();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                hashes.add(hash(text, start, i));
                start = -1;
            }
        }
        return hashes.build().toArray();
    }

    /** False when one of the words (from {@link #words}) is surely not in the text. */
    boolean mayContain(long[] words) {
        int mask = bits.length * 64 - 1;
        for (long word : words) {
            int a = (int) word & mask;
            int b = (int) (word >>> 32) & mask;
            if ((bits[a >>> 6] & 1L << a) == 0 || (bits[b >>> 6] & 1L << b) == 0) {
                return false;
            }
        }
        return true;
    }

    private void add(long word) {
        int mask = bits.length * 64 - 1;
        int a = (int) word & mask;
        int b = (int) (word >>> 32) & mask;
        bits[a >>> 6] |= 1L << a;
        bits[b >>> 6] |= 1L << b;
    }

    /** A 64-bit hash of {@code text[start, end)}: two independent 32-bit halves for the two bits set. */
    private static long hash(String text, int start, int end) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = start; i < end; i++) {
            h = (h ^ text.charAt(i)) * 0xFF51AFD7ED558CCDL;
        }
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 29;
    }
}
