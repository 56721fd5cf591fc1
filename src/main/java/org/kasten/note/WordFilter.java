package org.kasten.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The words of a note's body as a Bloom filter: {@link #mayContain} is true for every word of the text and for
 * few others, so unlinked-mention search can rule a note out without reading its text (~4-8 bits per word).
 * A word is a run of characters for which {@link Character#isLetterOrDigit(char)} holds in the NFC text lower-cased
 * char by char: exactly the runs mention search takes as word boundaries. The filter holds every word of the
 * body, code, links and URLs included, so it holds every word of the prose mention search looks in (blanking a
 * part out never joins two runs into one) and a few more. Made once per version of a note and kept in the parse
 * cache beside its texts ({@link NoteText#words}), so a reopened vault's first mention search reads no text.
 */
public final class WordFilter {

    private static final long SEED = 0x9E3779B97F4A7C15L;
    private static final long MULTIPLIER = 0xFF51AFD7ED558CCDL;

    private static final boolean[] ASCII_WORD = new boolean[0x80];
    private static final char[] ASCII_LOWER = new char[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_LOWER[c] = Character.toLowerCase(c);
            ASCII_WORD[c] = Character.isLetterOrDigit(ASCII_LOWER[c]);
        }
    }

    private final long[] bits;

    private WordFilter(long[] bits) {
        this.bits = bits;
    }

    /** The filter of {@code text}'s words, ignoring case and Unicode normalisation form (null: no words). */
    public static WordFilter of(String text) {
        int[] count = new int[1];
        long[] words = hashes(text == null ? "" : NfcInert.nfc(text), count);
        return of(words, count[0]);
    }

    /**
     * The filter of the text whose UTF-8 is {@code utf8} (null: no words): the same filter as {@link #of} gives
     * for that text decoded, read from the bytes without decoding them (a note's body is held as UTF-8). Text whose
     * every character is one that normalisation never changes or joins to another (ASCII, and the letters and
     * punctuation of {@link NfcInert}) is walked byte by byte; any other text is decoded and given to {@link #of}.
     */
    public static WordFilter ofUtf8(byte[] utf8) {
        if (utf8 == null) {
            return of((String) null);
        }
        int[] count = new int[1];
        long[] words = utf8Hashes(utf8, count);
        return words == null ? of(new String(utf8, StandardCharsets.UTF_8)) : of(words, count[0]);
    }

    /**
     * As {@link #hashes} on the decoded text, read from its UTF-8; null when a character is not {@link NfcInert} (NFC
     * might change the text) or a sequence is not one of two or three bytes (four-byte ones included: malformed
     * input, and characters outside the first plane, go the decoding way).
     */
    private static long[] utf8Hashes(byte[] t, int[] count) {
        long[] words = new long[Math.max(16, t.length / 5)];
        int n = 0;
        long h = SEED;
        boolean inWord = false;
        int i = 0;
        while (i < t.length) {
            int b = t[i];
            char c;
            boolean letter;
            if (b >= 0) {
                letter = ASCII_WORD[b];
                c = ASCII_LOWER[b];
                i++;
            } else {
                int code;
                if ((b & 0xE0) == 0xC0 && i + 1 < t.length && (t[i + 1] & 0xC0) == 0x80) {
                    code = (b & 0x1F) << 6 | t[i + 1] & 0x3F;
                    i += 2;
                } else if ((b & 0xF0) == 0xE0 && i + 2 < t.length && (t[i + 1] & 0xC0) == 0x80 && (t[i + 2] & 0xC0) == 0x80) {
                    code = (b & 0x0F) << 12 | (t[i + 1] & 0x3F) << 6 | t[i + 2] & 0x3F;
                    i += 3;
                } else {
                    return null;
                }
                if (!NfcInert.is(code)) { // an overlong form (< 0x80) is never inert either
                    return null;
                }
                c = Character.toLowerCase((char) code);
                letter = Character.isLetterOrDigit(c);
            }
            if (letter) {
                if (!inWord) {
                    h = SEED;
                    inWord = true;
                }
                h = (h ^ c) * MULTIPLIER;
            } else if (inWord) {
                words = add(words, n++, finish(h));
                inWord = false;
            }
        }
        if (inWord) {
            words = add(words, n++, finish(h));
        }
        count[0] = n;
        return words;
    }

    /** True when {@link #ofUtf8} reads {@code utf8} byte by byte rather than decoding it (tests). */
    static boolean readsBytes(byte[] utf8) {
        return utf8Hashes(utf8, new int[1]) != null;
    }

    /**
     * The words of {@code text}, split and lower-cased as {@link #of} does (normalise a name to NFC first), hashed as
     * {@link #mayContain} takes them.
     */
    public static long[] words(String text) {
        int[] count = new int[1];
        long[] words = hashes(text, count);
        return Arrays.copyOf(words, count[0]);
    }

    /** The hash of each word of {@code text} in turn, lower-cased; their number in {@code count[0]}. */
    private static long[] hashes(String text, int[] count) {
        long[] words = new long[Math.max(16, text.length() / 5)];
        int n = 0;
        long h = SEED;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter;
            if (c < 0x80) { // most of a note: a table instead of Character's look-ups, with the same answers
                letter = ASCII_WORD[c];
                c = ASCII_LOWER[c];
            } else {
                c = Character.toLowerCase(c);
                letter = Character.isLetterOrDigit(c);
            }
            if (letter) {
                if (!inWord) {
                    h = SEED;
                    inWord = true;
                }
                h = (h ^ c) * MULTIPLIER;
            } else if (inWord) {
                words = add(words, n++, finish(h));
                inWord = false;
            }
        }
        if (inWord) {
            words = add(words, n++, finish(h));
        }
        count[0] = n;
        return words;
    }

    /** False when one of the words (from {@link #words}) is surely not in the text. */
    public boolean mayContain(long[] words) {
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

    /** The filter as bytes, for the parse cache ({@link #fromBytes} reads them back). */
    public byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(bits.length * Long.BYTES);
        out.asLongBuffer().put(bits);
        return out.array();
    }

    /** A filter written by {@link #toBytes}; throws IllegalArgumentException for bytes no filter gives. */
    public static WordFilter fromBytes(byte[] bytes) {
        int longs = bytes.length / Long.BYTES;
        if (bytes.length % Long.BYTES != 0 || longs == 0 || Integer.bitCount(longs) != 1) {
            throw new IllegalArgumentException("not a word filter (" + bytes.length + " bytes)");
        }
        long[] bits = new long[longs];
        ByteBuffer.wrap(bytes).asLongBuffer().get(bits);
        return new WordFilter(bits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WordFilter other && Arrays.equals(bits, other.bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }

    private static WordFilter of(long[] words, int count) {
        int size = Integer.highestOneBit(Math.max(64, count * 4 - 1)) << 1; // a power of two, ≥ 4 bits a word
        long[] bits = new long[Math.max(1, size / 64)];
        int mask = bits.length * 64 - 1;
        for (int i = 0; i < count; i++) {
            int a = (int) words[i] & mask;
            int b = (int) (words[i] >>> 32) & mask;
            bits[a >>> 6] |= 1L << a;
            bits[b >>> 6] |= 1L << b;
        }
        return new WordFilter(bits);
    }

    private static long[] add(long[] words, int at, long word) {
        long[] into = at < words.length ? words : Arrays.copyOf(words, words.length * 2);
        into[at] = word;
        return into;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 29;
    }
}
