package org.kasten.bench;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.app.Workspace;
import org.kasten.note.Progress;
import org.kasten.testing.SharedFolders;

/**
 * Loading and resolving: obsidian-help-en right after JVM start, then warm; a 10,000-note vault; heap after
 * loading it. Prints figures; asserts nothing about time. Run: {@code ./mvnw -Pbenchmark verify -Dtest=LoaderBenchmark}.
 */
@Tag("benchmark")
class LoaderBenchmark {

    @Test
    void loadAndResolve() throws Exception {
        Path help = SharedFolders.require("corpora/obsidian-help-en");
        long first = timeOpen(help);
        long[] warm = new long[7];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = timeOpen(help);
        }
        Arrays.sort(warm);
        System.out.printf("obsidian-help-en: first load in this JVM %d ms, warm median %d ms%n", first, warm[warm.length / 2]);

        Path big = VaultGenerator.vaultWith(10_000);
        long bytes = VaultGenerator.noteBytes(big);
        long[] bigTimes = new long[3];
        Workspace kept = null;
        for (int i = 0; i < bigTimes.length; i++) {
            long start = System.nanoTime();
            Workspace workspace = Workspace.open(big, Progress.NONE);
            bigTimes[i] = (System.nanoTime() - start) / 1_000_000;
            kept = workspace;
        }
        Arrays.sort(bigTimes);
        System.gc();
        Thread.sleep(200);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.printf("%d notes (%.1f MB): load+resolve median %d ms (runs %s); heap after load %d MB; %d links%n",
                kept.notes().size(), bytes / 1e6, bigTimes[1], Arrays.toString(bigTimes), heapMb, kept.linkCount());
        kept.close();
    }

    private static long timeOpen(Path vault) throws Exception {
        long start = System.nanoTime();
        try (Workspace workspace = Workspace.open(vault, Progress.NONE)) {
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
