package org.kasten.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic vault of {@code n} linked notes whose every name is a made-up two-word phrase that occurs
 * nowhere else by chance, so that links, backlinks, unlinked mentions and word searches have answers a test can
 * compute independently by reading the files. Deterministic for a seed. Each note has:
 * <ul>
 *   <li>a title ({@code # Name}) and, for every fifth note, an alias in its frontmatter;</li>
 *   <li>a word of its own ({@link #ownWord}) and one of seven shared words ({@link #sharedWord});</li>
 *   <li>wiki-links to a few other notes by title or alias, and sometimes to a concept without a note;</li>
 *   <li>plain-text mentions of other notes' titles, on lines without links.</li>
 * </ul>
 */
public final class LinkedVaultGenerator {

    private static final String[] SYLLABLES = {"ba", "ke", "lo", "mi", "nu", "ra", "si", "to", "vu", "ze",
            "da", "fo", "gi", "ha", "ju", "pe"};

    private LinkedVaultGenerator() {
    }

    /** The title of note {@code i}: two made-up words, unique per note. */
    public static String title(int i) {
        return capital(word(i % 4096, 3)) + " " + capital(word(i / 4096 + 17, 2) + "x");
    }

    /** The alias of note {@code i} (every fifth note has one), or null. */
    public static String alias(int i) {
        return i % 5 == 0 ? "Also " + title(i) : null;
    }

    /** A word found in note {@code i} only. */
    public static String ownWord(int i) {
        return "q" + word(i, 5) + "q";
    }

    /** One of seven words, each shared by the notes with {@code i % 7 == k}. */
    public static String sharedWord(int k) {
        return "shared" + word(k, 2) + "z";
    }

    /** The vault-relative path of note {@code i}. */
    public static String path(int i) {
        return String.format("f%03d/%s.md", i / 100, title(i));
    }

    /** Writes the vault into {@code root} (an empty folder) and returns it. */
    public static Path write(Path root, int n, long seed) throws IOException {
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            if (alias(i) != null) {
                text.append("---\naliases: [\"").append(alias(i)).append("\"]\n---\n");
            }
            text.append("# ").append(title(i)).append("\n\n");
            text.append("This note is about ").append(ownWord(i)).append(" and ").append(sharedWord(i % 7)).append(".\n\n");
            int links = random.nextInt(6);
            for (int k = 0; k < links; k++) {
                int j = other(random, n, i);
                String name = alias(j) != null && random.nextBoolean() ? alias(j) : title(j);
                text.append("- see [[").append(name).append("]] for more\n");
            }
            if (random.nextInt(10) == 0) {
                text.append("- and [[Nowhere ").append(word(random.nextInt(50), 2)).append("]]\n");
            }
            text.append('\n');
            int mentions = random.nextInt(3);
            for (int k = 0; k < mentions; k++) {
                text.append("Somebody once said ").append(title(other(random, n, i))).append(" matters.\n\n");
            }
            Path file = root.resolve(path(i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        return root;
    }

    /** The sample of note numbers a test checks: spread over the vault, the same for a given size. */
    public static List<Integer> sample(int n, int count) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            out.add((int) ((long) k * n / count + k % 3));
        }
        return out;
    }

    /** A note number other than {@code i} (a note neither links to nor mentions itself). */
    private static int other(Random random, int n, int i) {
        int j = random.nextInt(n);
        return j == i ? (i + 1) % n : j;
    }

    private static String word(int value, int syllables) {
        StringBuilder b = new StringBuilder();
        int v = value;
        for (int s = 0; s < syllables; s++) {
            b.append(SYLLABLES[v % SYLLABLES.length]);
            v /= SYLLABLES.length;
        }
        return b.toString();
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
