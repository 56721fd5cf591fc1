package org.kasten.search;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Every call into the embedding model's native code (ONNX Runtime: loading a session, embedding texts), counted so
 * that the process can end between calls. ONNX Runtime's Java binding releases its native environment in a JVM
 * shutdown hook, which runs at the same time as any thread still inside a session: that thread then crashes the
 * JVM (SIGSEGV in {@code libonnxruntime.so}, exit 134, a crash report written into the working folder, which may
 * be the user's vault). Reproduced by ending a JVM while another thread loads the model: 3 of 12 runs crashed
 * (docs/safety.md). Before the process exits, {@link #closeAndWait} refuses new calls and waits for the running
 * ones to return; Kasten's exits and signal handlers call it ({@code org.kasten.app.ProcessEnd}).
 */
public final class ModelCalls {

    private static final Object LOCK = new Object();
    private static int running;
    private static boolean closed;

    private ModelCalls() {
    }

    /** Thrown by a call asked for after {@link #closeAndWait}: the process is ending. */
    public static final class EndingException extends IllegalStateException {
        EndingException() {
            super("the process is ending: the semantic search model is closed");
        }
    }

    /** Runs {@code call} as one call into the model; refused with {@link EndingException} once the process ends. */
    static <T> T call(Supplier<T> call) {
        synchronized (LOCK) {
            if (closed) {
                throw new EndingException();
            }
            running++;
        }
        try {
            return call.get();
        } finally {
            synchronized (LOCK) {
                running--;
                LOCK.notifyAll();
            }
        }
    }

    /**
     * Refuses every later call and waits up to {@code timeout} for the running ones to return (a model load takes
     * ~1.7 s, a batch of texts a fraction of that). True when none is running any more.
     */
    public static boolean closeAndWait(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (LOCK) {
            closed = true;
            while (running > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    LOCK.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return running == 0;
                }
            }
            return true;
        }
    }

    /** How many calls are running now (tests). */
    static int running() {
        synchronized (LOCK) {
            return running;
        }
    }

    /** Opens the gate again (tests only: a JVM's gate closes once, at its end). */
    static void reopenForTests() {
        synchronized (LOCK) {
            closed = false;
        }
    }
}
