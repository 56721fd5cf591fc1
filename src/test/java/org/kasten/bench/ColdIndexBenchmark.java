package org.kasten.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A cold {@code kasten index VAULT --no-vectors}, whole process ({@code java -jar JAR}, the second JVM included),
 * for one or more jars side by side: rounds alternate the jars, each run in a fresh cache folder (no index, no
 * parse cache). Each jar's first run records its class archive; the runs after it get a copy of that archive (as a
 * second vault opened on the same machine does), and are reported apart. Prints the median and every run of wall
 * time, CPU time (user + system, children included) and peak RSS. The vectors are left out: their first build
 * takes minutes and is measured by {@code SemanticBenchmark}.
 * Run: {@code ./mvnw -o -Pbenchmark verify -Dtest=ColdIndexBenchmark -Dkasten.bench.vault=/tmp/vaults/v6500
 * -Dkasten.bench.jars=/tmp/old.jar,target/kasten.jar -Dkasten.bench.rounds=3}. Asserts nothing about time.
 */
@Tag("benchmark")
class ColdIndexBenchmark {

    @Test
    void coldIndexSideBySide() throws Exception {
        String given = System.getProperty("kasten.bench.vault", "");
        Path vault = given.isBlank() ? VaultGenerator.vaultWith(6_500) : Path.of(given);
        List<Path> jars = Stream.of(System.getProperty("kasten.bench.jars", "target/kasten.jar").split(","))
                .map(String::strip).map(Path::of).toList();
        int rounds = Integer.getInteger("kasten.bench.rounds", 3);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<Path, Path> archives = new LinkedHashMap<>();
        Map<Path, List<double[]>> figures = new LinkedHashMap<>();
        System.out.println("vault " + vault + ", jars " + jars + ", " + rounds + " rounds");
        for (Path jar : jars) {
            Path cache = Files.createTempDirectory("kasten-cold-cache");
            double[] first = CliReopenBenchmark.run(List.of(java, "-jar", jar.toString()), List.of("index", "--no-vectors", vault.toString()), cache);
            System.out.printf("%-40s empty cache (records the class archive)  wall %.2f s  cpu %.2f s  rss %.0f MB%n",
                    jar, first[0], first[1], first[2]);
            archives.put(jar, cache.resolve("kasten").resolve("cds"));
            figures.put(jar, new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            for (Path jar : jars) {
                Path cache = Files.createTempDirectory("kasten-cold-cache");
                copy(archives.get(jar), cache.resolve("kasten").resolve("cds"));
                figures.get(jar).add(CliReopenBenchmark.run(List.of(java, "-jar", jar.toString()),
                        List.of("index", "--no-vectors", vault.toString()), cache));
                SearchBenchmark.deleteTree(cache); // an index and parse cache as large as the vault's text
            }
        }
        for (Path archive : archives.values()) {
            SearchBenchmark.deleteTree(archive.getParent().getParent());
        }
        String[] labels = {"wall s", "cpu s", "rss MB"};
        for (Path jar : jars) {
            StringBuilder line = new StringBuilder(String.format("%-40s class archive present", jar));
            for (int k = 0; k < labels.length; k++) {
                int column = k;
                double[] values = figures.get(jar).stream().mapToDouble(f -> f[column]).sorted().toArray();
                line.append(String.format("  %s %.2f %s", labels[k], values[values.length / 2], Arrays.toString(values)));
            }
            System.out.println(line);
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
