package org.kasten.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Why {@link PassageIndex#compact} exists: the vector search alone (the 56 paraphrased questions' vectors, no
 * embedding) over the vectors {@code SemanticScaleBenchmark} built at 10,000 notes, as the build left them (a
 * dozen segments) and after {@code compact} merged them into one, in one run on a copy (the built vectors are
 * left as they are): nearest 30 and 200 notes, wall p50/p99 and process CPU per query, and the merge's time and
 * CPU. Prints figures; asserts nothing about time. Run {@code SemanticScaleBenchmark} first (it skips otherwise),
 * then: {@code ./mvnw -o -Pbenchmark verify -Dtest=PassageSegmentsBenchmark}.
 */
@Tag("benchmark")
class PassageSegmentsBenchmark {

    @Test
    void segments() throws Exception {
        Path built = Path.of("target", "bench-index", "semantic-scale-10000", "vectors");
        Assumptions.assumeTrue(Files.isDirectory(built), "run SemanticScaleBenchmark first");
        Path from;
        try (Stream<Path> s = Files.list(built)) {
            from = s.findFirst().orElseThrow();
        }
        Path copy = Path.of("target", "bench-index", "segments-copy");
        delete(copy);
        copyTree(from, copy);
        Embedder model = MiniLmEmbedder.bundled(System.out::println).orElseThrow();
        List<float[]> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/paraphrase.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                queries.add(model.embedQuery(line.split("\t")[1]));
            }
        }
        try (PassageIndex index = PassageIndex.open(copy, model)) {
            System.out.printf("%nsegments: %d, passages %d; load %s%n", index.segmentCount(), index.passageCount(), load());
            measure(index, queries);
            long cpu = cpu();
            long t = System.nanoTime();
            index.compact();
            System.out.printf("merged to %d segment in %.1f s, CPU %.1f s; load %s%n", index.segmentCount(),
                    (System.nanoTime() - t) / 1e9, (cpu() - cpu) / 1e9, load());
            measure(index, queries);
        }
    }

    private static void measure(PassageIndex index, List<float[]> queries) throws IOException {
        for (int notes : new int[] {30, 200}) {
            List<Long> wall = new ArrayList<>();
            long cpu = cpu();
            for (int round = 0; round < 4; round++) {
                for (float[] q : queries) {
                    IndexSearcher s = index.acquire();
                    try {
                        long t = System.nanoTime();
                        PassageSearch.nearest(s, q, notes, null);
                        if (round > 0) {
                            wall.add(System.nanoTime() - t);
                        }
                    } finally {
                        index.release(s);
                    }
                }
            }
            Collections.sort(wall);
            System.out.printf("  nearest %d notes: p50 %.2f ms, p99 %.2f ms; process CPU %.2f ms per query (all rounds); load %s%n",
                    notes, wall.get(wall.size() / 2) / 1e6, wall.get(wall.size() * 99 / 100) / 1e6,
                    (cpu() - cpu) / 1e6 / (4 * queries.size()), load());
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.toList()) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> w = Files.walk(dir)) {
                for (Path p : w.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
