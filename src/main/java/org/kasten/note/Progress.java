package org.kasten.note;

/** Receives progress of long work (loading, indexing); called from worker threads. */
@FunctionalInterface
public interface Progress {

    /** A progress listener that ignores everything. */
    Progress NONE = (done, total, message) -> { };

    /** {@code done} of {@code total} units finished (total 0 or less: unknown); {@code message} says what. */
    void report(long done, long total, String message);

    /**
     * A step of the work was reached ({@code vault-scanned}, {@code notes-read} …): the start-up milestones that
     * {@code -Dkasten.timing} prints. Ignored unless a listener wants them.
     */
    default void milestone(String name) {
    }
}
