package org.kasten.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;

/** What the FX-thread benchmarks share: running work on the FX thread, and percentiles of nanosecond samples. */
public final class FxBench {

    private FxBench() {
    }

    /** Starts the JavaFX toolkit (Monocle in the benchmark profile) unless it is up. */
    static void startToolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up
        }
    }

    /** Runs {@code work} on the FX thread and returns its result (30 s at most). */
    static <T> T onFx(Supplier<T> work) throws Exception {
        return onFx(work, 30);
    }

    /** Runs {@code work} on the FX thread and returns its result ({@code seconds} at most). */
    public static <T> T onFx(Supplier<T> work, int seconds) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(seconds, TimeUnit.SECONDS);
    }

    /** The {@code p} quantile (0.5 median, 1 max) of {@code nanos}, in milliseconds; 0 for no samples. */
    static double millisAt(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }
}
