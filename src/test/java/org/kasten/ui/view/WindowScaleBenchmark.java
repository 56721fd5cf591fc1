package org.kasten.ui.view;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.app.StartupTimer;
import org.kasten.app.Workspace;
import org.kasten.bench.PauseLog;
import org.kasten.note.NotePath;
import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.PageContent;
import org.kasten.ui.viewmodel.PreloadingOpener;

/**
 * The window on a large vault, as {@code kasten open} builds it (the preloading opener, a progressive open, the
 * real {@link MainWindow} on the headless Monocle platform), in this JVM: the time from asking for the vault to
 * the first note's page loaded; the FX thread's longest blocks from then until every note is read and the index
 * is built ({@link FxBlockProbe}: each with the FX thread's CPU in it, and with the time the whole JVM was stopped
 * in it when the JVM logs its safepoints, {@code -Xlog:gc*,safepoint:file=F:uptime}, so a collector pause is told
 * from the window's work even on a loaded machine; the most frequent Kasten frames of the FX thread in the blocks
 * are printed); and the time from a note
 * replaced on disk to its new text on the page. Two rounds: an empty cache (cold), then the same cache again
 * (index and parse cache current). The vault ({@code -Dkasten.bench.vault}, default {@code /tmp/vaults/v6500},
 * skipped when absent) is copied first with hard links ({@code cp -al}) into a temporary folder, and the edited
 * note is replaced by a new file (never written through the link). JVM start-up is not included (see
 * {@link StartupBenchmark}). Run: {@code ./mvnw -o -Pbenchmark verify -Dtest=WindowScaleBenchmark
 * -Dbench.jvm="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:gc*,safepoint:file=/tmp/gc.log:uptime"
 * -Dkasten.bench.vault=/tmp/vaults/v98k}. Asserts nothing
 * about time.
 */
@Tag("benchmark")
class WindowScaleBenchmark {

    @Test
    void firstNoteBlocksAndEditOnDisk() throws Exception {
        Path given = Path.of(System.getProperty("kasten.bench.vault", "/tmp/vaults/v6500"));
        Assumptions.assumeTrue(Files.isDirectory(given), "no vault at " + given + " (-Dkasten.bench.vault=FOLDER)");
        Path work = Files.createTempDirectory("kasten-window-bench");
        Path vault = work.resolve("vault");
        Process copy = new ProcessBuilder("cp", "-al", given.toAbsolutePath().toString(), vault.toString()).inheritIO().start();
        if (copy.waitFor() != 0) {
            throw new IllegalStateException("cp -al failed");
        }
        System.setProperty("kasten.cache.dir", Files.createDirectories(work.resolve("cache")).toString());
        System.setProperty("kasten.config.dir", Files.createDirectories(work.resolve("config")).toString());
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up
        }
        Platform.setImplicitExit(false);
        onFx(() -> new javafx.scene.web.WebView()); // WebKit's one-time start (the app pays it while the vault loads)
        System.out.println("window at scale: " + given + " (copied to " + vault + ")");
        round("cold (empty cache)", vault, 1);
        round("warm (index and parse cache current)", vault, 2);
    }

    private static void round(String name, Path vault, int n) throws Exception {
        ExecutorService background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "kasten-worker");
            t.setDaemon(true);
            return t;
        });
        FxBlockProbe probe = new FxBlockProbe();
        long start = System.nanoTime();
        double startUptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        long startCpu = processCpuNanos();
        System.out.printf("%s: starts at JVM uptime %.1f s (the times below are from here; -Xlog:gc's are uptimes)%n",
                name, startUptime / 1e3);
        probe.start();
        PreloadingOpener opener = PreloadingOpener.start((folder, progress) -> Workspace.open(folder, progress),
                Workspace::openProgressively, vault, () -> false, PreloadingOpener.firstNote(null, List.of()), StartupTimer.OFF);
        long[] firstPage = {0};
        Object[] ui = onFx(() -> {
            MainViewModel main = new MainViewModel(opener, background, Platform::runLater);
            main.setWatching(true);
            MainWindow window = new MainWindow(main, url -> { }, p -> { }, List::of, false);
            Scene scene = new Scene(window, 1200, 760); // within Monocle's 1280 x 800 screen
            scene.getStylesheets().add(KastenApp.class.getResource("kasten.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            main.openVault(vault, null, List.of());
            stage.show();
            window.noteTabs().firstPageLoaded(() -> firstPage[0] = System.nanoTime());
            return new Object[] {main, window, stage};
        });
        MainViewModel main = (MainViewModel) ui[0];
        MainWindow window = (MainWindow) ui[1];
        waitFor(() -> firstPage[0] != 0, 300);
        long first = firstPage[0];
        boolean allNames = onFx(() -> main.workspaceProperty().get().graph() instanceof org.kasten.graph.ConceptGraph g
                && g.namesComplete());
        System.out.println(name + ": at the first page the name table of every note was " + (allNames ? "" : "not ") + "built");
        waitFor(() -> {
            Workspace ws = main.workspaceProperty().get();
            return ws != null && ws.isLoaded() && !main.loadingProperty().get();
        }, 900);
        long loaded = System.nanoTime();
        Thread.sleep(500); // the index follower starts after the load
        waitFor(() -> !main.indexingProperty().get(), 1800);
        long indexed = System.nanoTime();
        long indexedCpu = processCpuNanos();
        Thread.sleep(1000);
        List<FxBlockProbe.Block> startBlocks = probe.blocksSoFar().stream().filter(b -> b.at() < first).toList();
        List<FxBlockProbe.Block> loadBlocks = probe.blocksSoFar().stream().filter(b -> b.at() >= first).toList();
        probe.clear();

        NotePath shown = onFx(() -> window.noteTabs().current().model().location().path());
        Path file = vault.resolve(shown.toString());
        String marker = "kastenbencheditmarker" + n;
        Path fresh = Files.createTempFile(vault.getParent(), "edit", ".md");
        Files.writeString(fresh, Files.readString(file, StandardCharsets.UTF_8) + "\n\nEdited " + marker + "\n", StandardCharsets.UTF_8);
        ThreadSampler busy = new ThreadSampler();
        long edited = System.nanoTime();
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE); // a new file, not a write through the link
        waitFor(() -> {
            NoteTab tab = window.noteTabs().current();
            PageContent page = tab == null ? null : tab.model().getContent();
            return page != null && page.html().contains(marker) && tab.loadedProperty().get();
        }, 120);
        long visible = System.nanoTime();
        busy.stop();
        Thread.sleep(500);
        List<FxBlockProbe.Block> editBlocks = probe.blocksSoFar();
        probe.stop();

        System.out.printf("%s: first note readable %.0f ms; every note read %.0f ms; index built %.0f ms;"
                        + " edit on disk visible %.0f ms (%s)%n", name, ms(first - start), ms(loaded - start),
                ms(indexed - start), ms(visible - edited), shown);
        PauseLog pauses = PauseLog.ofThisJvm().orElse(null);
        double indexedUptime = startUptime + ms(indexed - start);
        System.out.printf("  process CPU until the index was built: %.1f s%s%n", (indexedCpu - startCpu) / 1e9,
                pauses == null ? " (run with -Xlog:gc*,safepoint:file=F:uptime to match blocks with the JVM's stops)"
                        : String.format("; the JVM stopped %.1f s of it in all, collections' logged CPU %.1f s",
                                pauses.stoppedWithin(startUptime, indexedUptime) / 1e3,
                                pauses.collectorCpuWithin(startUptime, indexedUptime) / 1e3));
        report("  before the first note (window built, first page)", startBlocks, start, start, startUptime, pauses);
        report("  after the first note, while the rest loads and indexes", loadBlocks, start, start, startUptime, pauses);
        report("  while the edit is applied", editBlocks, edited, start, startUptime, pauses);
        busy.print("  threads busy until the edit was visible");

        onFx(() -> {
            main.stopWatching();
            main.graph().stop();
            ((Stage) ui[2]).close();
            return null;
        });
        Workspace ws = main.workspaceProperty().get();
        background.shutdownNow();
        background.awaitTermination(30, TimeUnit.SECONDS);
        ws.close();
    }

    /**
     * Prints the section's FX blocks over 50 ms, longest first: each with the FX thread's CPU in it and, when the
     * JVM writes its safepoints to a log, how long the JVM was stopped in it; then how many were mostly the FX
     * thread's own work (its CPU over half the block) and how many mostly stops. {@code since} is what "at" counts
     * from, {@code roundStart} the round's start in nanoTime, which was {@code roundUptime} ms of JVM uptime.
     */
    private static void report(String what, List<FxBlockProbe.Block> blocks, long since, long roundStart,
            double roundUptime, PauseLog pauses) {
        List<FxBlockProbe.Block> longest = new ArrayList<>(blocks);
        longest.sort(Comparator.comparingLong(FxBlockProbe.Block::nanos).reversed());
        List<FxBlockProbe.Block> over = longest.stream().filter(b -> b.nanos() > FxBlockProbe.BLOCK_NANOS).toList();
        long busy = over.stream().filter(b -> b.fxCpuNanos() * 2 > b.nanos()).count();
        long stopped = pauses == null ? 0 : over.stream().filter(b -> stopped(b, roundStart, roundUptime, pauses) * 2 > ms(b.nanos())).count();
        StringBuilder line = new StringBuilder(what + ": FX blocks over 50 ms: " + over.size() + " (FX thread's CPU over half of it: "
                + busy + (pauses == null ? "" : "; the JVM stopped over half of it: " + stopped) + "); longest:");
        for (FxBlockProbe.Block b : longest.subList(0, Math.min(over.size() < 8 ? 8 : Math.min(over.size(), 20), longest.size()))) {
            line.append(String.format(" %.0f ms at %.1f s (FX CPU %.0f%s),", ms(b.nanos()), (b.at() - since) / 1e9, ms(b.fxCpuNanos()),
                    pauses == null ? "" : String.format(", stopped %.0f", stopped(b, roundStart, roundUptime, pauses))));
        }
        System.out.println(line);
        Map<String, Integer> frames = new LinkedHashMap<>();
        for (FxBlockProbe.Block b : blocks) {
            b.samples().forEach(s -> frames.merge(s, 1, Integer::sum));
        }
        frames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.println("    " + e.getValue() + " samples (10 ms each): " + e.getKey()));
    }

    /** How many ms of the block the JVM was stopped (safepoints in the log). */
    private static double stopped(FxBlockProbe.Block b, long roundStart, double roundUptime, PauseLog pauses) {
        double from = roundUptime + ms(b.at() - roundStart);
        return pauses.stoppedWithin(from, from + ms(b.nanos()));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void waitFor(Supplier<Boolean> condition, int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (!onFx(condition)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("not reached in " + seconds + " s");
            }
            Thread.sleep(5);
        }
    }

    /** On the FX thread, waiting up to 120 s: at 100,000 notes the FX thread can be held for many seconds. */
    private static <T> T onFx(Supplier<T> work) throws Exception {
        return org.kasten.bench.FxBench.onFx(work, 120);
    }

    /** Samples every thread's stack every 20 ms and counts, per thread, its top Kasten frame (where the time goes). */
    private static final class ThreadSampler {

        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::run, "thread-sampler");

        ThreadSampler() {
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            while (running) {
                for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                    Thread t = e.getKey();
                    if (t == thread || t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING) {
                        continue;
                    }
                    String frame = FxBlockProbe.frame(e.getValue());
                    if (frame.contains("org.kasten") || frame.contains("(in")) {
                        synchronized (this) {
                            counts.merge(t.getName() + ": " + frame, 1, Integer::sum);
                        }
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(5000);
        }

        synchronized void print(String what) {
            System.out.println(what + ":");
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                    .forEach(e -> System.out.println("    " + e.getValue() + " samples (20 ms each): " + e.getKey()));
        }
    }
}
