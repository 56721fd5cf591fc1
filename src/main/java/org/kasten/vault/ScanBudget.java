package org.kasten.vault;

/**
 * A per-file time limit for the Markdown scanner: the scanner calls {@link #check()} as it goes, and a file
 * that runs over is abandoned with {@link Exceeded} (the loader then reads it as plain text). The scanner is
 * linear in its input, so this is a guard against what was missed, not a mechanism for ordinary files.
 */
final class ScanBudget {

    /** Thrown when a file's scan runs over its budget. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("the Markdown scan ran over its time budget", null, false, false);
        }
    }

    /** No limit (tests, previews). */
    static final ScanBudget NONE = new ScanBudget(Long.MAX_VALUE);

    private static final int CHECK_EVERY = 1024;

    private final long deadline;
    private int calls;

    private ScanBudget(long deadline) {
        this.deadline = deadline;
    }

    /** A budget of {@code millis} from now. */
    static ScanBudget ofMillis(long millis) {
        return new ScanBudget(System.nanoTime() + millis * 1_000_000L);
    }

    /** Throws {@link Exceeded} when the deadline has passed; cheap enough to call per line or per inline. */
    void check() {
        if (++calls % CHECK_EVERY == 0 && deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
            throw new Exceeded();
        }
    }
}
