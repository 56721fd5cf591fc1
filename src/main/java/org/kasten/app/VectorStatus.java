package org.kasten.app;

/**
 * Where a workspace's semantic vectors stand ({@link Workspace#startVectors}): being built ({@code done} of
 * {@code total} notes), ready (searches and related notes use meaning), or unavailable ({@code message} says
 * why, once; search stays lexical).
 */
public record VectorStatus(Phase phase, int done, int total, String message) {

    /** The stages of the vectors' life in a workspace. */
    public enum Phase {
        /** Opening the vectors and loading the model. */
        STARTING,
        /** Embedding new and changed notes. */
        BUILDING,
        /** Every note has its vectors (later edits are embedded as they come). */
        READY,
        /** The model or the vectors could not be had; {@code message} says why. */
        UNAVAILABLE,
        /** Stopped (setting turned off, or the workspace closed). */
        STOPPED
    }

    static VectorStatus of(Phase phase) {
        return new VectorStatus(phase, 0, 0, "");
    }
}
