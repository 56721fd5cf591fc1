package org.kasten.vault;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A compact English word list (SCOWL via Debian's wamerican, lowercase a–z words; licence in
 * english-words.COPYRIGHT.txt), loaded on first use only: it decides which letter a dropped byte stood for.
 */
final class EnglishWords {

    private static final String RESOURCE = "english-words.txt.gz";

    private EnglishWords() {
    }

    /** True when {@code lowercaseWord} is an English word. */
    static boolean contains(String lowercaseWord) {
        return Holder.WORDS.contains(lowercaseWord);
    }

    /** Lazy holder: the list is read once, on the first lookup, by whichever thread gets there first. */
    private static final class Holder {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            try (InputStream raw = EnglishWords.class.getResourceAsStream(RESOURCE)) {
                if (raw == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII));
                Set<String> words = new HashSet<>(100_000);
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    words.add(line);
                }
                return Set.copyOf(words);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
