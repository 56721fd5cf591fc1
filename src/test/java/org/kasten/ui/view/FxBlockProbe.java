package org.kasten.ui.view;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

/**
 * Measures how long the FX thread keeps tasks waiting: posts one every 5 ms and records how long it waited from
 * when it was due (a JVM stop during the probe's own sleep included) and how much CPU the FX thread used meanwhile (a block in which the FX thread hardly ran is a stop of the whole JVM or a
 * core taken by other processes, not the window's work); while one waits over 50 ms, samples the FX thread's
 * stack every 10 ms (its top Kasten frame and the frame it is in).
 */
final class FxBlockProbe {

    static final long BLOCK_NANOS = 50_000_000L;
    private static final long PERIOD_NANOS = 5_000_000L;

    /**
     * A wait: due at {@code at} (nanoTime), {@code nanos} long; {@code fxCpuNanos} of FX-thread CPU since the probe's
     * last task ran (the wait and the probe's 5 ms sleep before it).
     */
    record Block(long at, long nanos, long fxCpuNanos, List<String> samples) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Block> blocks = new ArrayList<>();
    private volatile boolean running;
    private Thread fx;
    private Thread thread;

    void start() throws Exception {
        fx = org.kasten.bench.FxBench.onFx(Thread::currentThread, 120);
        running = true;
        thread = new Thread(this::run, "fx-probe");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long fxId = fx.getId();
        long due = System.nanoTime();
        // the FX thread's CPU when the last probe task ran on it: work it did while the probe slept is in the
        // next block too (read on waking, it would be left out and the block taken for a stop; review finding)
        long fxCpu = THREADS.getThreadCpuTime(fxId);
        while (running) {
            // the wait counts from when this task was due, not from when the probe woke: a stop of the whole JVM
            // that began while the probe slept holds the FX thread as well, and would otherwise go unseen
            long posted = Math.min(due, System.nanoTime());
            long cpuBefore = fxCpu;
            CompletableFuture<long[]> ran = new CompletableFuture<>();
            Platform.runLater(() -> ran.complete(new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime()}));
            List<String> samples = new ArrayList<>();
            long[] at = null;
            while (at == null) {
                try {
                    at = ran.get(10, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    if (System.nanoTime() - posted > BLOCK_NANOS - 10_000_000L) {
                        samples.add(frame(fx.getStackTrace()));
                    }
                } catch (Exception e) {
                    return;
                }
            }
            synchronized (this) {
                blocks.add(new Block(posted, at[0] - posted, Math.max(0, at[1] - cpuBefore), samples));
            }
            fxCpu = at[1];
            due = System.nanoTime() + PERIOD_NANOS;
            try {
                Thread.sleep(PERIOD_NANOS / 1_000_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static String frame(StackTraceElement[] stack) {
        String top = stack.length == 0 ? "?" : stack[0].getClassName() + "." + stack[0].getMethodName();
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("org.kasten")) {
                return e.getClassName().replace("org.kasten.", "") + "." + e.getMethodName() + ":" + e.getLineNumber()
                        + " (in " + top + ")";
            }
        }
        return top;
    }

    synchronized List<Block> blocksSoFar() {
        return List.copyOf(blocks);
    }

    synchronized void clear() {
        blocks.clear();
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
