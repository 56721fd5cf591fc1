package org.kasten.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.app.ScaleEquivalence;

/**
 * The brute-force agreement check of {@code ScaleEquivalenceTest} at 100,000 notes ({@code -Dbench.scale.notes}
 * to change), with the time it took printed. {@code ./mvnw -o -Pbenchmark verify -Dtest=ScaleEquivalenceBenchmark}
 */
@Tag("benchmark")
class ScaleEquivalenceBenchmark {

    @Test
    void aVaultOfAHundredThousandNotesAnswersAsTheBruteForceReading() throws Exception {
        int notes = Integer.getInteger("bench.scale.notes", 100_000);
        Path root = Files.createTempDirectory("kasten-scale-");
        long start = System.nanoTime();
        try {
            ScaleEquivalence.check(root, notes, 200);
        } finally {
            try (var files = Files.walk(root)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.printf("ScaleEquivalence: %,d notes, 200 sampled: agree (%.1f s with generation)%n",
                notes, (System.nanoTime() - start) / 1e9);
    }
}
