package org.kasten.app;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.kasten.note.Progress;

/**
 * Prints start-up milestones (milliseconds since the JVM started) to stderr when the system property
 * {@code kasten.timing} is set, with the CPU time the marking thread has used so far (less noisy than the
 * wall time on a busy machine); the start-up benchmark reads these lines. The launcher makes one
 * ({@link #fromSystemProperties}) and hands it to the command line and the window; the open sequence tells
 * its milestones through the {@link Progress} it is given ({@link #with}).
 */
public final class StartupTimer {

    /** A timer that prints nothing. */
    public static final StartupTimer OFF = new StartupTimer(false);

    private final boolean on;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    private StartupTimer(boolean on) {
        this.on = on;
    }

    /** A timer that prints when {@code -Dkasten.timing} is set, else {@link #OFF}. */
    public static StartupTimer fromSystemProperties() {
        return Boolean.getBoolean("kasten.timing") ? new StartupTimer(true) : OFF;
    }

    /** True when milestones are printed. */
    public boolean on() {
        return on;
    }

    /** Records the first time {@code milestone} is reached; later calls are ignored. */
    public void markOnce(String milestone) {
        if (on && seen.add(milestone)) {
            mark(milestone);
        }
    }

    /** Records that {@code milestone} was reached now. */
    public void mark(String milestone) {
        if (on) {
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.err.println("kasten-timing " + milestone + " " + since + " (" + Thread.currentThread().getName()
                    + " cpu " + cpu + " ms)");
            if (milestone.equals("first-page-loaded") && Boolean.getBoolean("kasten.timing.threads")) {
                printThreadCpu();
            }
        }
    }

    /** {@code progress}, whose milestones this timer also records (once each). */
    public Progress with(Progress progress) {
        if (!on) {
            return progress;
        }
        return new Progress() {
            @Override
            public void report(long done, long total, String message) {
                progress.report(done, total, message);
            }

            @Override
            public void milestone(String name) {
                markOnce(name);
                progress.milestone(name);
            }
        };
    }

    /** Prints every thread's CPU time so far, JVM-internal ones included (Linux only: reads /proc). */
    private static void printThreadCpu() {
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (var list = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path task : (Iterable<java.nio.file.Path>) list::iterator) {
                try {
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[0-9]+$", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    byName.merge(name, ticks * 10, Long::sum);
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (java.io.IOException notLinux) {
            return;
        }
        byName.forEach((name, ms) -> System.err.println("kasten-timing   thread " + name + " " + ms + " ms"));
    }
}
