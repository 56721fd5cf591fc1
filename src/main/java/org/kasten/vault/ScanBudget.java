package org.kasten.vault;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A per-file time limit for the Markdown scanner: the scanner calls {@link #check()} as it goes, and a file
 * that runs over is abandoned with {@link Exceeded} (the loader then reads it as plain text). The scanner is
 * linear in its input, so this is a guard against what was missed, not a mechanism for ordinary files. The
 * budget is the scanning thread's CPU time (as the renderer's {@code RenderBudget}), with five times that in
 * wall-clock time as a backstop: a busy machine must not turn an ordinary note into plain text.
 */
final class ScanBudget {

    /** Thrown when a file's scan runs over its budget. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("the Markdown scan ran over its time budget", null, false, false);
        }
    }

    /** No limit (tests, previews). */
    static final ScanBudget NONE = new ScanBudget(Long.MAX_VALUE, Long.MAX_VALUE, false);

    private static final int CHECK_EVERY = 1024;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long cpuLimit;
    private final long wallLimit;
    private final boolean cpu;
    private int calls;

    private ScanBudget(long cpuLimit, long wallLimit, boolean cpu) {
        this.cpuLimit = cpuLimit;
        this.wallLimit = wallLimit;
        this.cpu = cpu;
    }

    /** A budget of {@code millis} of this thread's CPU time from now (wall-clock time where that is not measured). */
    static ScanBudget ofMillis(long millis) {
        long nanos = millis * 1_000_000L;
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        return new ScanBudget(cpu ? THREADS.getCurrentThreadCpuTime() + nanos : Long.MAX_VALUE,
                System.nanoTime() + (cpu ? 5 * nanos : nanos), cpu);
    }

    /** Throws {@link Exceeded} when the budget is spent; cheap enough to call per line or per inline. */
    void check() {
        if (++calls % CHECK_EVERY == 0 && wallLimit != Long.MAX_VALUE
                && (System.nanoTime() - wallLimit > 0 || cpu && THREADS.getCurrentThreadCpuTime() - cpuLimit > 0)) {
            throw new Exceeded();
        }
    }
}
