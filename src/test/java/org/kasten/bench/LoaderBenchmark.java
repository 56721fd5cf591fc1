package org.kasten.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.app.Workspace;
import org.kasten.note.Progress;
import org.kasten.testing.SharedFolders;

/**
 * Loading and resolving (Workspace.open: scan, read, decode, parse, graph; no search index): obsidian-help-en
 * right after JVM start and warm, without and with the parse cache; a 10,000-note vault likewise; heap after
 * loading it. Prints figures; asserts nothing about time.
 * Run: {@code ./mvnw -Pbenchmark verify -Dtest=LoaderBenchmark}.
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
                    kept.notes().size(), bytes / 1e6, kept.linkCount(), Arrays.toString(bigCold),
                    Arrays.toString(bigCached), median(bigCached), heapMb);
        }
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
