package org.kasten.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kasten.testing.SharedFolders;

/**
 * A generated vault whose notes are all different text, for measuring work done once per distinct passage (the
 * semantic vectors' build): the shared corpora's prose sentences recombined per note with a seeded random,
 * under titles and headings made of the corpora's heading words. Sizes follow a log-normal spread around the
 * issue 12 reference vault's mean (6,571 notes in 14.7 MB: ~2.2 KB a note), a fifth of the notes with
 * frontmatter, some with wiki links to other notes. {@link VaultGenerator} instead copies the corpora, so its
 * passages repeat. Generated once under target/bench-vaults/distinct-N and reused; never touches ../shared.
 */
public final class DistinctVaultGenerator {

    /** The reference vault's mean note size in bytes (14.7 MB / 6,571 notes). */
    static final int MEAN_BYTES = 2_237;
    private static final double SIGMA = 0.8;
    private static final int NOTES_PER_FOLDER = 500;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][a-z]{3,}");

    private DistinctVaultGenerator() {
    }

    /** A vault of exactly {@code notes} distinct notes, generated once and reused while it exists. */
    public static Path vaultWith(int notes) throws IOException {
        Path target = Path.of("target", "bench-vaults", "distinct-" + notes);
        Path done = target.resolve(".generated");
        if (Files.exists(done)) {
            return target;
        }
        SearchBenchmark.deleteTree(target);
        List<String> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        read(SharedFolders.require("corpora"), sentences, words, headings);
        Random random = new Random(20261207L);
        // the median that gives the reference mean under a log-normal spread
        double median = MEAN_BYTES / Math.exp(SIGMA * SIGMA / 2);
        Set<String> titles = new HashSet<>();
        List<String> made = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < notes; i++) {
            String title;
            do {
                title = capitalised(words.get(random.nextInt(words.size()))) + " "
                        + String.join(" ", pick(words, 1 + random.nextInt(4), random));
            } while (!titles.add(title));
            made.add(title);
            int size = (int) Math.max(80, Math.min(60_000, median * Math.exp(SIGMA * random.nextGaussian())));
            String text = note(title, size, sentences, headings, made, random);
            Path file = target.resolve(String.format("folder-%03d", i / NOTES_PER_FOLDER)).resolve(title + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        Files.writeString(done, notes + " notes, " + bytes + " bytes\n");
        return target;
    }

    private static String note(String title, int size, List<String> sentences, List<String> headings,
            List<String> titles, Random random) {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(5) == 0) {
            b.append("---\ntags: [").append(String.join(", ", pick(headings, 2, random)).toLowerCase().replaceAll("[^a-z, ]", ""))
                    .append("]\n---\n");
        }
        b.append("# ").append(title).append("\n\n");
        int sinceHeading = 0;
        int nextHeading = 600 + random.nextInt(1200);
        while (b.length() < size) {
            if (sinceHeading > nextHeading) {
                b.append("## ").append(headings.get(random.nextInt(headings.size()))).append("\n\n");
                sinceHeading = 0;
                nextHeading = 600 + random.nextInt(1200);
            }
            int start = b.length();
            int count = 1 + random.nextInt(5);
            for (int s = 0; s < count; s++) {
                b.append(s == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
            }
            if (random.nextInt(4) == 0) {
                b.append(" See [[").append(titles.get(random.nextInt(titles.size()))).append("]].");
            }
            b.append("\n\n");
            sinceHeading += b.length() - start;
        }
        return b.toString();
    }

    /** The corpora's prose sentences (not code, tables, lists of links or headings), words and headings. */
    private static void read(Path corpora, List<String> sentences, List<String> words, List<String> headings)
            throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> vocabulary = new LinkedHashSet<>();
        Set<String> heads = new LinkedHashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpora)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            boolean fence = false;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (s.startsWith("```") || s.startsWith("~~~")) {
                    fence = !fence;
                    continue;
                }
                if (fence || s.isEmpty() || s.startsWith("|") || s.startsWith(">") || s.startsWith("<")
                        || s.startsWith("!") || s.startsWith("---") || s.contains("](http")) {
                    continue;
                }
                if (s.startsWith("#")) {
                    String h = s.replaceFirst("^#+\\s*", "").strip();
                    if (h.length() >= 4 && h.length() <= 50 && !h.contains("[") && !h.contains("/")) {
                        heads.add(h);
                        WORD.matcher(h).results().forEach(m -> vocabulary.add(m.group().toLowerCase()));
                    }
                    continue;
                }
                s = s.replaceFirst("^(?:[-*+]|\\d+\\.)\\s+", "");
                for (String sentence : SENTENCE_END.split(s)) {
                    if (sentence.length() >= 30 && sentence.length() <= 400 && sentence.matches(".*[.!?]$")
                            && !sentence.contains("[[") && !sentence.contains("`")) {
                        seen.add(sentence);
                    }
                }
            }
        }
        sentences.addAll(seen);
        words.addAll(vocabulary);
        headings.addAll(heads);
    }

    private static List<String> pick(List<String> from, int n, Random random) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(from.get(random.nextInt(from.size())));
        }
        return out;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
