package org.kasten.app;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links, backlinks, unlinked mentions and search on a generated vault of 2,000 notes agree with a brute-force
 * reading of its files, for a sample of 40 notes ({@link ScaleEquivalence}). The benchmark profile runs the same
 * check at 100,000 notes ({@code ScaleEquivalenceBenchmark}).
 */
class ScaleEquivalenceTest {

    @Test
    void aGeneratedVaultAnswersAsTheBruteForceReadingOfItsFiles(@TempDir Path root) throws Exception {
        ScaleEquivalence.check(root, 2_000, 40);
    }
}
