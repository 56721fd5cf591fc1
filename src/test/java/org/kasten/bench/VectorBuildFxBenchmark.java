package org.kasten.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Label;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.app.SemanticModel;
import org.kasten.app.VectorStatus;
import org.kasten.app.Workspace;
import org.kasten.note.Progress;
import org.kasten.testing.SystemProperty;

/**
 * Whether the window stays responsive while the vectors are built (issue 12: no FX-thread block over 16 ms): a
 * workspace on a generated vault builds its vectors with the bundled model while the FX thread shows every
 * status the build tells (one runnable per status, more than the window's merged updates) and a probe posts
 * a runnable every 5 ms. Prints, side by side, the probe's lateness (post to run: how long the FX thread could
 * not answer, which on this shared machine includes waiting for a core) for 10 s before the build and during
 * it, and the FX thread's longest single runnable of the build. {@code -Dkasten.bench.fxNotes=N} (default 500).
 * Prints figures; asserts nothing about time. Run: {@code ./mvnw -o -Pbenchmark verify -Dtest=VectorBuildFxBenchmark}.
 */
@Tag("benchmark")
class VectorBuildFxBenchmark {

    @Test
    void fxThreadDuringTheVectorBuild() throws Exception {
        int wanted = Integer.getInteger("kasten.bench.fxNotes", 500);
        Path vault = VaultGenerator.vaultWith(wanted);
        Path cache = Path.of("target", "bench-index", "fx-vectors-cache").toAbsolutePath();
        SearchBenchmark.deleteTree(cache);
        try (SystemProperty cacheDir = SystemProperty.set("kasten.cache.dir", cache.toString());
             SystemProperty vectorsOn = SystemProperty.set("kasten.vectors", "on")) {
            measure(vault, wanted);
        }
    }

    private static void measure(Path vault, int wanted) throws Exception {
        FxBench.startToolkit();
        Label status = FxBench.onFx(Label::new);
        List<Long> runnables = new CopyOnWriteArrayList<>();
        try (Workspace ws = Workspace.open(vault, Progress.NONE)) {
            ws.awaitIndex();
            System.out.printf("%nvault: %s notes; load average %s%n", wanted, SearchBenchmark.loadAverage());
            List<Long> idle = probe(() -> false, TimeUnit.SECONDS.toNanos(10));
            boolean[] ready = {false};
            long start = System.nanoTime();
            ws.startVectors(SemanticModel.bundled(), s -> Platform.runLater(() -> {
                long t = System.nanoTime();
                status.setText(s.phase() + " " + s.done() + " / " + s.total());
                if (s.phase() == VectorStatus.Phase.READY || s.phase() == VectorStatus.Phase.UNAVAILABLE) {
                    ready[0] = true;
                }
                runnables.add(System.nanoTime() - t);
            }));
            List<Long> building = probe(() -> ready[0], TimeUnit.MINUTES.toNanos(30));
            System.out.printf("build: %.1f s, %d status updates on the FX thread, longest %.2f ms; load average %s%n",
                    (System.nanoTime() - start) / 1e9, runnables.size(), FxBench.millisAt(runnables, 1),
                    SearchBenchmark.loadAverage());
            System.out.printf("probe lateness before the build: p50 %.2f ms, p99 %.2f ms, max %.2f ms, over 16 ms: %d of %d%n",
                    FxBench.millisAt(idle, 0.5), FxBench.millisAt(idle, 0.99), FxBench.millisAt(idle, 1), over16(idle), idle.size());
            System.out.printf("probe lateness during the build: p50 %.2f ms, p99 %.2f ms, max %.2f ms, over 16 ms: %d of %d%n",
                    FxBench.millisAt(building, 0.5), FxBench.millisAt(building, 0.99), FxBench.millisAt(building, 1),
                    over16(building), building.size());
        }
    }

    /** Posts a runnable to the FX thread every 5 ms until {@code done} or {@code limit}; their lateness. */
    static List<Long> probe(java.util.function.BooleanSupplier done, long limit) throws InterruptedException {
        List<Long> late = new CopyOnWriteArrayList<>();
        long end = System.nanoTime() + limit;
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            long posted = System.nanoTime();
            Platform.runLater(() -> late.add(System.nanoTime() - posted));
            Thread.sleep(5);
        }
        Thread.sleep(100);
        return new ArrayList<>(late);
    }

    static long over16(List<Long> nanos) {
        return nanos.stream().filter(n -> n > 16_000_000L).count();
    }
}
