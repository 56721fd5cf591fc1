package org.kasten.note;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Waiting for work done on another thread as if it had run on the caller's: its unchecked failure is thrown as it
 * was, not wrapped. In {@code note} because the window, the view models and the search all hand work to a thread
 * of their own and wait for it.
 */
public final class Futures {

    private Futures() {
    }

    /**
     * What {@code future} gave, uninterrupted ({@link CompletableFuture#join}); a {@link RuntimeException} or
     * {@link Error} it failed with is thrown itself; a checked failure stays wrapped in the
     * {@link CompletionException}, for the caller to unwrap what it declares.
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }
}
