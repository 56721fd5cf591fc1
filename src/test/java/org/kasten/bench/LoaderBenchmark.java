package org.kasten.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.app.Workspace;
import org.kasten.note.Progress;
import org.kasten.testing.SharedFolders;
import org.kasten.vault.ScannerPair;

/**
 * Loading and resolving (Workspace.open: scan, read, decode, parse, graph; no search index): obsidian-help-en
 * right after JVM start and warm, without and with the parse cache; a 10,000-note vault likewise; heap after
 * loading it. Prints figures; asserts nothing about time. {@link #markdownScan()} compares the loader's
 * hand-written Markdown scanner with the former flexmark parse on the same bodies, side by side in one run.
 * Run: {@code ./mvnw -Pbenchmark verify -Dtest=LoaderBenchmark}; add {@code -Dkasten.bench.vault=DIR} to scan
 * another folder of notes as well.
 */
@Tag("benchmark")
class LoaderBenchmark {

    @Test
    void loadAndResolve() throws Exception {
        Path help = SharedFolders.require("corpora/obsidian-help-en");
        long first = timeOpen(help, freshCache());
        long[] cold = new long[7];
        for (int i = 0; i < cold.length; i++) {
            cold[i] = timeOpen(help, freshCache());
        }
        Path cache = freshCache();
        timeOpen(help, cache);
        long[] cached = new long[7];
        for (int i = 0; i < cached.length; i++) {
            cached[i] = timeOpen(help, cache);
        }
        System.out.printf("obsidian-help-en (174 notes): first load after JVM start %d ms; warm, no cache: median %d ms;"
                + " warm, parse cache: median %d ms%n", first, median(cold), median(cached));

        Path big = VaultGenerator.vaultWith(10_000);
        long bytes = VaultGenerator.noteBytes(big);
        long[] bigCold = {timeOpen(big, freshCache()), timeOpen(big, freshCache())};
        Path bigCache = freshCache();
        timeOpen(big, bigCache);
        long[] bigCached = new long[3];
        for (int i = 0; i < bigCached.length; i++) {
            bigCached[i] = timeOpen(big, bigCache);
        }
        System.setProperty("kasten.cache.dir", bigCache.toString());
        try (Workspace kept = Workspace.open(big, Progress.NONE)) {
            System.gc();
            Thread.sleep(200);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            System.out.printf("%d notes (%.1f MB, %d links): no cache %s ms; parse cache %s ms (median %d); heap after load %d MB%n",
                    kept.graph().notes().size(), bytes / 1e6, kept.graph().linkCount(), Arrays.toString(bigCold),
                    Arrays.toString(bigCached), median(bigCached), heapMb);
        }
    }

    @Test
    void markdownScan() throws Exception {
        List<Path> roots = new ArrayList<>(List.of(SharedFolders.require("corpora/obsidian-help-en"),
                SharedFolders.require("corpora/foam-docs")));
        String extra = System.getProperty("kasten.bench.vault");
        if (extra != null && !extra.isBlank()) {
            roots.add(Path.of(extra));
        }
        for (Path root : roots) {
            List<String> bodies = bodies(root);
            long bytes = bodies.stream().mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();
            ToIntFunction<String> flexmark = ScannerPair.flexmark();
            ToIntFunction<String> scanner = ScannerPair.handWritten();
            int rounds = bytes > 10_000_000 ? 3 : 7;
            long[] old = new long[rounds];
            long[] now = new long[rounds];
            for (int round = -2; round < rounds; round++) { // two rounds of warm-up, then alternate
                long a = timeAll(flexmark, bodies);
                long b = timeAll(scanner, bodies);
                if (round >= 0) {
                    old[round] = a;
                    now[round] = b;
                }
            }
            double mb = bytes / 1e6;
            System.out.printf("Markdown scan of %s (%d notes, %.1f MB): flexmark parse + walk median %d ms (%.1f MB/s);"
                            + " hand-written scanner median %d ms (%.1f MB/s); %.1fx%n", root.getFileName(),
                    bodies.size(), mb, median(old), mb / (median(old) / 1e3), median(now),
                    mb / (median(now) / 1e3), (double) median(old) / median(now));
        }
    }

    private static List<String> bodies(Path root) throws Exception {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                bodies.add(ScannerPair.body(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)));
            }
        }
        return bodies;
    }

    private static long timeAll(ToIntFunction<String> scan, List<String> bodies) {
        long start = System.nanoTime();
        long sink = 0;
        for (String body : bodies) {
            sink += scan.applyAsInt(body);
        }
        if (sink == 42) {
            System.out.print("");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Path freshCache() throws Exception {
        return Files.createTempDirectory(Path.of("target"), "bench-cache");
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long timeOpen(Path vault, Path cacheDir) throws Exception {
        System.setProperty("kasten.cache.dir", cacheDir.toString());
        long start = System.nanoTime();
        try (Workspace workspace = Workspace.open(vault, Progress.NONE)) {
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
