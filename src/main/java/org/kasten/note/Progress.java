package org.kasten.note;

/** Receives progress of long work (loading, indexing); called from worker threads. */
@FunctionalInterface
public interface Progress {

    /** A progress listener that ignores everything. */
    Progress NONE = (done, total, message) -> { };

    /** {@code done} of {@code total} units finished (total 0 or less: unknown); {@code message} says what. */
    void report(long done, long total, String message);
}
