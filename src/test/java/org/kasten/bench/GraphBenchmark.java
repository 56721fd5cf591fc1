package org.kasten.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.Workspace;
import org.kasten.note.Progress;
import org.kasten.ui.graph.LayoutRunner;
import org.kasten.ui.view.GraphCanvas;
import org.kasten.ui.viewmodel.GraphViewModel;
import org.kasten.ui.viewmodel.StateStore;

/**
 * The global graph at vault scale (issue 14's goals), on a real {@link GraphCanvas} in a 1000 × 720 view on Monocle:
 * from opening the tab, the time to the first frame (the starting placement, every node beside a neighbour) and
 * to the first frame with the layout a quarter cooled (its shape formed); the time until the layout settles; the
 * FX-thread time per frame while the layout refines, and while panning the settled graph overall and zoomed in
 * (wall and CPU, median, 95th percentile, max); then reopening with the remembered layout. The vault is loaded
 * first and not counted. {@code -Dbench.graph.vault=...} (default {@code /tmp/vaults/v6500}; a list separated by
 * commas runs each), {@code -Dbench.graph.frames=...} frames panned (default 240).
 * Run: {@code ./mvnw -o -Pbenchmark verify -Dtest=GraphBenchmark}. Prints figures; asserts nothing.
 */
@Tag("benchmark")
class GraphBenchmark {

    @TempDir Path dir;

    @Test
    void graphAtVaultScale() throws Exception {
        for (String vault : System.getProperty("bench.graph.vault", "/tmp/vaults/v6500").split(",")) {
            Path folder = Path.of(vault.strip());
            assumeTrue(Files.isDirectory(folder), "no vault at " + folder);
            run(folder);
        }
    }

    private void run(Path folder) throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up
        }
        // hiding the first round's window closes the last window: with implicit exit the toolkit then shuts down
        // and the second round's work on the FX thread never runs (the reopen round "timed out")
        Platform.setImplicitExit(false);
        long loadStart = System.nanoTime();
        Workspace ws = Workspace.open(folder, Progress.NONE);
        System.out.printf("graph benchmark on %s: %,d notes loaded in %.1f s (not counted); %d cores%n", folder,
                ws.graph().notes().size(), (System.nanoTime() - loadStart) / 1e9, Runtime.getRuntime().availableProcessors());
        breakdown(ws);
        ExecutorService background = Executors.newFixedThreadPool(2);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try {
            for (String round : new String[] {"first open", "reopen (remembered layout)"}) {
                measure(round, ws, background, threads);
            }
        } finally {
            background.shutdownNow();
            ws.close();
        }
    }

    private void measure(String round, Workspace ws, ExecutorService background, ThreadMXBean threads) throws Exception {
        GraphViewModel model = new GraphViewModel(() -> ws, background, Platform::runLater,
                v -> new StateStore(dir.resolve("config")).vault(v),
                v -> new org.kasten.ui.graph.LayoutStore(dir.resolve("cache").resolve(StateStore.key(v) + ".layout")));
        List<Long> refining = Collections.synchronizedList(new ArrayList<>());
        List<Long> refiningAt = Collections.synchronizedList(new ArrayList<>());
        // every pulse of the FX thread while the layout refines, drawn or not: few pulses mean the FX thread was
        // busy or starved, many pulses but few frames mean no new positions arrived
        List<Long> pulsesAt = Collections.synchronizedList(new ArrayList<>());
        javafx.animation.AnimationTimer pulses = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                LayoutRunner r = model.runner();
                if (r != null && !r.settled()) {
                    pulsesAt.add(System.nanoTime());
                }
            }
        };
        long[] firstFrame = {-1};
        long[] shapedFrame = {-1};
        long start = System.nanoTime();
        long renderCpu0 = renderThreadCpu(threads);
        GraphCanvas canvas = FxBench.onFx(() -> {
            GraphCanvas c = new GraphCanvas(model, new SimpleBooleanProperty(false), (l, t) -> { }, p -> { });
            c.onFrame(nanos -> {
                LayoutRunner r = model.runner();
                if (r == null || r.graph() != model.pictureProperty().get().data()) {
                    return;
                }
                long now = System.nanoTime() - start;
                if (firstFrame[0] < 0) {
                    firstFrame[0] = now;
                }
                if (shapedFrame[0] < 0 && (r.ticks() >= 60 || r.settled())) {
                    shapedFrame[0] = now;
                }
                if (!r.settled()) {
                    refining.add(nanos);
                    refiningAt.add(now);
                }
            });
            Scene scene = new Scene(c, 1000, 720);
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            model.activate();
            pulses.start();
            return c;
        });
        LayoutRunner runner = null;
        for (long until = System.currentTimeMillis() + 600_000; System.currentTimeMillis() < until; Thread.sleep(20)) {
            runner = model.runner();
            if (runner != null && runner.settled() && shapedFrame[0] >= 0) {
                break;
            }
        }
        FxBench.onFx(() -> {
            pulses.stop();
            return null;
        });
        System.out.printf("    FX pulses while refining: %d, longest gap between two %.0f ms%n", pulsesAt.size(), maxGap(pulsesAt) / 1e6);
        System.out.printf("  (waited %.1f s for the settled layout and a drawn frame; render thread CPU meanwhile %.1f s)%n",
                (System.nanoTime() - start) / 1e9, (renderThreadCpu(threads) - renderCpu0) / 1e9);
        Thread.sleep(200);
        var data = model.pictureProperty().get().data();
        System.out.printf("  %s: %,d nodes%s, %,d edges; first frame %.2f s, shape formed (60 ticks) drawn %.2f s,"
                + " settled %.2f s after opening (%d ticks)%n", round, data.size(),
                data.sampled() ? String.format(" (sample of %,d)", data.totalNodes()) : "", data.edgeCount(),
                firstFrame[0] / 1e9, shapedFrame[0] / 1e9, runner.settledNanos() / 1e9, runner.ticks());
        if (!refining.isEmpty()) {
            System.out.printf("    frames while refining: %d, FX wall per frame median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                    refining.size(), FxBench.millisAt(refining, 0.5), FxBench.millisAt(refining, 0.95), FxBench.millisAt(refining, 1));
            List<Long> gaps = new ArrayList<>();
            synchronized (refiningAt) {
                for (int i = 1; i < refiningAt.size(); i++) {
                    gaps.add(refiningAt.get(i) - refiningAt.get(i - 1));
                }
            }
            System.out.printf("    time from one refining frame to the next: median %.0f ms, p95 %.0f ms, max %.0f ms%n",
                    FxBench.millisAt(gaps, 0.5), FxBench.millisAt(gaps, 0.95), FxBench.millisAt(gaps, 1));
        }
        pan(canvas, threads, "whole graph", 0);
        pan(canvas, threads, "zoomed in x8", 8);
        FxBench.onFx(() -> {
            canvas.getScene().getWindow().hide();
            return null;
        });
        model.stop();
    }

    /**
     * The steps the view model takes off the FX thread before the first frame, each timed alone (wall and this
     * thread's CPU): building the graph data (and the sample above {@link GraphViewModel#MAX_NODES}), the starting
     * placement, and the filters, colour groups and name order of the picture.
     */
    private static void breakdown(Workspace ws) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] at = {System.nanoTime(), threads.getCurrentThreadCpuTime()};
        StringBuilder out = new StringBuilder("  before the first frame, each step alone (wall / CPU):");
        var links = ws.graph();
        var data = org.kasten.ui.graph.GraphDataBuilder.build(links.notes(), links.attachments(), links::outgoing,
                GraphViewModel.MAX_NODES);
        out.append(step("graph data", at, threads));
        new org.kasten.ui.graph.GraphLayout(data, GraphViewModel.SEED, java.util.Map.of(), false);
        out.append(step("starting placement", at, threads));
        boolean[] shown = org.kasten.ui.graph.GraphFilter.apply(data, org.kasten.ui.graph.GraphFilters.DEFAULT, null, -1);
        var picture = org.kasten.ui.graph.GraphPicture.of(data, shown, org.kasten.ui.graph.ColourGroups.of(data, shown,
                org.kasten.ui.graph.GraphFilters.DEFAULT.colours()), -1, List.of(), List.of());
        out.append(step("filters, colours, name order", at, threads));
        System.out.println(out + String.format(" (%,d nodes)", picture.data().size()));
    }

    private static String step(String what, long[] at, ThreadMXBean threads) {
        long wall = System.nanoTime(), cpu = threads.getCurrentThreadCpuTime();
        String s = String.format(" %s %.2f / %.2f s;", what, (wall - at[0]) / 1e9, (cpu - at[1]) / 1e9);
        at[0] = wall;
        at[1] = cpu;
        return s;
    }

    private static long maxGap(List<Long> times) {
        long max = 0;
        synchronized (times) {
            for (int i = 1; i < times.size(); i++) {
                max = Math.max(max, times.get(i) - times.get(i - 1));
            }
        }
        return max;
    }

    /** CPU time of JavaFX's render thread (it rasterises the canvas), or 0 when it is not found. */
    private static long renderThreadCpu(ThreadMXBean threads) {
        long sum = 0;
        for (var t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    private static void pan(GraphCanvas canvas, ThreadMXBean threads, String what, double zoom) throws Exception {
        FxBench.onFx(() -> {
            canvas.fit();
            canvas.draw();
            if (zoom > 0) {
                canvas.zoomAt(zoom, canvas.getWidth() / 2, canvas.getHeight() / 2);
            }
            return null;
        });
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        // the pulses while panning: each renders the canvas drawn since the last one, so they are the frames shown
        long[] pulses = {0};
        javafx.animation.AnimationTimer counter = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses[0]++;
            }
        };
        FxBench.onFx(() -> {
            counter.start();
            return null;
        });
        long render0 = renderThreadCpu(threads);
        long wall0 = System.nanoTime();
        int frames = Integer.getInteger("bench.graph.frames", 240);
        for (int i = 0; i < frames; i++) {
            int k = i;
            long[] t = FxBench.onFx(() -> {
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                canvas.pan(k % 120 < 60 ? 4 : -4, k % 80 < 40 ? 3 : -3);
                canvas.draw();
                return new long[] {System.nanoTime() - w0, threads.getCurrentThreadCpuTime() - c0};
            });
            if (i >= frames / 6) { // the first frames warm the JIT
                wall.add(t[0]);
                cpu.add(t[1]);
            }
            Thread.sleep(4);
        }
        long renderCpu = renderThreadCpu(threads) - render0;
        long elapsed = System.nanoTime() - wall0;
        FxBench.onFx(() -> {
            counter.stop();
            return null;
        });
        double renderPerFrame = renderCpu / frames / 1e6;
        double wallPerFrame = elapsed / frames / 1e6;
        System.out.printf("    panning, %s: %d frames, FX wall per frame median %.2f ms, p95 %.2f ms, max %.2f ms;"
                + " CPU median %.2f ms, p95 %.2f ms; render thread CPU %.2f ms a frame (one frame every %.1f ms);"
                + " %d pulses rendered, %.1f a second, render CPU %.2f ms a pulse%n", what,
                wall.size(), FxBench.millisAt(wall, 0.5), FxBench.millisAt(wall, 0.95),
                FxBench.millisAt(wall, 1), FxBench.millisAt(cpu, 0.5), FxBench.millisAt(cpu, 0.95), renderPerFrame, wallPerFrame,
                pulses[0], pulses[0] / (elapsed / 1e9), pulses[0] == 0 ? 0 : renderCpu / 1e6 / pulses[0]);
    }
}
