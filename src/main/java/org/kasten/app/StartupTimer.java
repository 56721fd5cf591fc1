package org.kasten.app;

import java.lang.management.ManagementFactory;

/**
 * Prints start-up milestones (milliseconds since the JVM started) to stderr when the system property
 * {@code kasten.timing} is set, with the CPU time the marking thread has used so far (less noisy than the
 * wall time on a busy machine); the start-up benchmark reads these lines.
 */
public final class StartupTimer {

    private static final boolean ON = Boolean.getBoolean("kasten.timing");

    private StartupTimer() {
    }

    private static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Records the first time {@code milestone} is reached; later calls are ignored. */
    public static void markOnce(String milestone) {
        if (ON && SEEN.add(milestone)) {
            mark(milestone);
        }
    }

    /** Records that {@code milestone} was reached now. */
    public static void mark(String milestone) {
        if (ON) {
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.err.println("kasten-timing " + milestone + " " + since + " (" + Thread.currentThread().getName()
                    + " cpu " + cpu + " ms)");
        }
    }
}
