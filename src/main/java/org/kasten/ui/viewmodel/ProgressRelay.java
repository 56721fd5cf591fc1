package org.kasten.ui.viewmodel;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import org.kasten.note.Progress;

/**
 * Passes progress reports from a worker thread to the UI executor, merging bursts: at most one update is
 * queued at a time and it carries the latest figures.
 */
final class ProgressRelay implements Progress {

    private final Executor ui;
    private final BiConsumer<Double, String> sink;
    private final AtomicReference<double[]> latestFraction = new AtomicReference<>();
    private volatile String latestText = "";

    ProgressRelay(Executor ui, BiConsumer<Double, String> sink) {
        this.ui = ui;
        this.sink = sink;
    }

    @Override
    public void report(long done, long total, String message) {
        latestText = message + (total > 0 ? " (" + done + "/" + total + ")" : "");
        double fraction = total > 0 ? Math.min(1.0, (double) done / total) : -1;
        if (latestFraction.getAndSet(new double[] {fraction}) == null) {
            ui.execute(() -> {
                double[] f = latestFraction.getAndSet(null);
                sink.accept(f == null ? fraction : f[0], latestText);
            });
        }
    }
}
