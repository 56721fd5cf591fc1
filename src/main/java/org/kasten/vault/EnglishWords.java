package org.kasten.vault;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A compact English word list (SCOWL via Debian's wamerican, lowercase a–z words; licence in
 * english-words.COPYRIGHT.txt), loaded on first use only: it decides which letter a dropped byte stood for.
 * Words of up to 12 letters are kept as 5-bit-per-letter codes, first letter in the top bits, in a sorted
 * {@code long[]}: compact, a lookup allocates nothing, and all words with a given prefix are neighbours.
 */
final class EnglishWords {

    private static final String RESOURCE = "english-words.txt.gz";
    private static final int MAX_CODED = 12;

    private EnglishWords() {
    }

    /** True when the lowercase a–z letters {@code word} form an English word. */
    static boolean contains(char[] word) {
        if (word.length > MAX_CODED) {
            return Holder.LONG_WORDS.contains(new String(word));
        }
        long code = code(word, word.length);
        return code >= 0 && Arrays.binarySearch(Holder.CODES, code) >= 0;
    }

    /** True when some word starts with the first {@code length} letters of {@code word} (always, past 12 letters). */
    static boolean hasPrefix(char[] word, int length) {
        if (length > MAX_CODED) {
            return true;
        }
        long low = code(word, length);
        if (low < 0) {
            return false;
        }
        long high = low + (1L << (5 * (MAX_CODED - length))); // exclusive: the next prefix of this length
        int at = Arrays.binarySearch(Holder.CODES, low);
        int next = at >= 0 ? at : -at - 1;
        return next < Holder.CODES.length && Holder.CODES[next] < high;
    }

    /** The first {@code length} letters, 5 bits each (a = 1 … z = 26), left-aligned in 60 bits; -1 if not a–z. */
    private static long code(char[] word, int length) {
        long code = 0;
        for (int i = 0; i < length; i++) {
            char c = word[i];
            if (c < 'a' || c > 'z') {
                return -1;
            }
            code = (code << 5) | (c - 'a' + 1);
        }
        return code << (5 * (MAX_CODED - length));
    }

    /** Lazy holder: the list is read once, on the first lookup. */
    private static final class Holder {
        static final Set<String> LONG_WORDS = new HashSet<>();
        static final long[] CODES = load(LONG_WORDS);

        private static long[] load(Set<String> longWords) {
            try (InputStream raw = EnglishWords.class.getResourceAsStream(RESOURCE)) {
                if (raw == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII));
                long[] codes = new long[80_000];
                int count = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.length() > MAX_CODED) {
                        longWords.add(line);
                        continue;
                    }
                    long code = code(line.toCharArray(), line.length());
                    if (code > 0) {
                        codes = count == codes.length ? Arrays.copyOf(codes, count * 2) : codes;
                        codes[count++] = code;
                    }
                }
                long[] sorted = Arrays.copyOf(codes, count);
                Arrays.sort(sorted);
                return sorted;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
