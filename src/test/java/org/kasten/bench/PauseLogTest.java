package org.kasten.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PauseLogTest {

    @Test
    void aBlockIsMatchedWithTheSafepointsOverlappingItAndTheCollectionsCpuIsSummed(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("gc.log");
        Files.writeString(log, """
                [12.428s] GC(0) Pause Young (Allocation Failure) 100M->17M(365M) 303.742ms
                [12.428s] GC(0) User=0.02s Sys=0.07s Real=0.30s
                [12.429s] Safepoint "GenCollectForAllocation", Time since last: 1 ns, Reaching safepoint: 1842 ns, Cleanup: 1 ns, At safepoint: 1 ns, Total: 300000000 ns
                [13.000s] Safepoint "Cleanup", Time since last: 1 ns, Reaching safepoint: 1 ns, Cleanup: 1 ns, At safepoint: 1 ns, Total: 100000 ns
                [20.000s] GC(1) User=1.50s Sys=0.10s Real=2.00s
                """);

        PauseLog pauses = PauseLog.read(log);

        assertThat(pauses.stoppedWithin(12_000, 12_229)).isCloseTo(100, within(0.01)); // the stop began at 12,129 ms
        assertThat(pauses.stoppedWithin(12_000, 14_000)).isCloseTo(300.1, within(0.01));
        assertThat(pauses.stoppedWithin(12_430, 12_999)).isZero();
        assertThat(pauses.stopsWithin(12_900, 13_100)).extracting(PauseLog.Stop::what).containsExactly("Cleanup");
        assertThat(pauses.collectorCpuWithin(0, 15_000)).isCloseTo(90, within(0.01));
        assertThat(pauses.collectorCpuWithin(0, 30_000)).isCloseTo(1_690, within(0.01));
    }
}
