package org.kasten.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kasten.note.Note;

/**
 * Vectors already made during one sync for passage texts that occur more than once among the notes it embeds:
 * the same text (title and heading context included) gives the same vector, and vaults often repeat text (copied
 * notes, templates, a folder kept twice), so each such text is embedded once. Only texts counted more than once
 * beforehand are kept, each until its last use, so what is held stays small. Thread-safe; with several callers
 * a text two of them reach before either has made its vector is embedded by both (the syncs use one caller).
 */
final class KnownVectors {

    /** For each repeated text's digest, how many uses are left and, once made, its vector. */
    private final Map<Key, Entry> repeated;

    private KnownVectors(Map<Key, Entry> repeated) {
        this.repeated = repeated;
    }

    /** Nothing is known and nothing kept (a single note's update). */
    static KnownVectors none() {
        return new KnownVectors(Map.of());
    }

    /** Counts the passage texts of {@code notes} and keeps room for those that occur more than once. */
    static KnownVectors among(Collection<Note> notes) {
        Map<Key, int[]> counts = new HashMap<>();
        for (Note note : notes) {
            for (Passages.Passage p : Passages.of(note)) {
                counts.computeIfAbsent(Key.of(p.embedded()), k -> new int[1])[0]++;
            }
        }
        Map<Key, Entry> repeated = new ConcurrentHashMap<>();
        counts.forEach((key, count) -> {
            if (count[0] > 1) {
                repeated.put(key, new Entry(count[0]));
            }
        });
        return new KnownVectors(repeated);
    }

    /** The vector made earlier for {@code text}, or null; a use is counted, the last one forgets it. */
    float[] take(String text) {
        if (repeated.isEmpty()) {
            return null;
        }
        Key key = Key.of(text);
        Entry e = repeated.get(key);
        if (e == null) {
            return null;
        }
        synchronized (e) {
            float[] v = e.vector;
            if (v != null && --e.left <= 0) {
                repeated.remove(key);
            }
            return v;
        }
    }

    /** Keeps {@code vector} of {@code text} when the text comes again (its first use is counted). */
    void made(String text, float[] vector) {
        if (repeated.isEmpty()) {
            return;
        }
        Key key = Key.of(text);
        Entry e = repeated.get(key);
        if (e == null) {
            return;
        }
        synchronized (e) {
            e.vector = vector;
            if (--e.left <= 0) {
                repeated.remove(key);
            }
        }
    }

    /** Texts held now (tests). */
    int held() {
        return (int) repeated.values().stream().filter(e -> e.vector != null).count();
    }

    private static final class Entry {
        int left;
        float[] vector;

        Entry(int uses) {
            this.left = uses;
        }
    }

    /** A text's SHA-256: 32 bytes stand for a passage of a kilobyte or more. */
    private record Key(byte[] digest) {
        static Key of(String text) {
            try {
                return new Key(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e); // every Java platform has SHA-256
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(digest, k.digest);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(digest);
        }
    }
}
