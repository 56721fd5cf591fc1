package org.kasten.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The plain baseline the evaluation compares against, as a ripgrep user would rank files: by how many of the
 * query's words each file contains (case-insensitive, whole words), then by how often they occur, then by path.
 */
final class GrepBaseline {

    private record FileText(String path, List<String> words, Set<String> distinct) { }

    private final List<FileText> files = new ArrayList<>();

    GrepBaseline(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".md") || name.endsWith(".txt")) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    List<String> words = words(text);
                    files.add(new FileText(root.relativize(file).toString().replace('\\', '/'), words, new HashSet<>(words)));
                }
            }
        }
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Paths of files containing at least one query word, best first. */
    List<String> search(String query, int limit) {
        Set<String> terms = new LinkedHashSet<>(words(query));
        record Scored(String path, long distinct, long occurrences) { }
        List<Scored> scored = new ArrayList<>();
        for (FileText file : files) {
            long distinct = terms.stream().filter(file.distinct()::contains).count();
            if (distinct > 0) {
                long occurrences = file.words().stream().filter(terms::contains).count();
                scored.add(new Scored(file.path(), distinct, occurrences));
            }
        }
        scored.sort(Comparator.comparingLong(Scored::distinct).reversed()
                .thenComparing(Comparator.comparingLong(Scored::occurrences).reversed())
                .thenComparing(Scored::path));
        return scored.stream().limit(limit).map(Scored::path).toList();
    }
}
