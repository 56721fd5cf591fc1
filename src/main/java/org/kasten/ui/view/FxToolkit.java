package org.kasten.ui.view;

import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;

import org.kasten.note.Daemons;
import org.kasten.note.Futures;

/**
 * Starting the JavaFX toolkit, once: either ahead of the window, on a thread of its own while the command line is
 * still being read ({@link #startAhead}, from {@link KastenWindowLauncher#prepare}), or when the window first needs
 * it ({@link #run}). Started ahead, the toolkit's start (native libraries, the display connection, the JavaFX
 * thread) runs on the second core at the same time as the JVM reads the arguments (docs/performance.md,
 * "Session 14").
 */
final class FxToolkit {

    /** The toolkit's start, or null before anyone asked for it. */
    private static CompletableFuture<Void> started;

    private FxToolkit() {
    }

    /** Starts the toolkit on a daemon thread, unless it is started or starting already. */
    static void startAhead() {
        synchronized (FxToolkit.class) {
            if (started != null) {
                return;
            }
            started = new CompletableFuture<>();
        }
        Daemons.start("kasten-fx-start", () -> {
            try {
                startup(() -> { });
                started.complete(null);
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        });
    }

    /**
     * Runs {@code first} on the JavaFX thread: at once when the toolkit was started ahead (once that start is done),
     * else by starting the toolkit now.
     *
     * @throws IllegalStateException or {@link UnsatisfiedLinkError} where JavaFX cannot start (no display), as
     *     {@link Platform#startup} does, whether it was started ahead or now
     */
    static void run(Runnable first) {
        CompletableFuture<Void> ahead;
        synchronized (FxToolkit.class) {
            ahead = started;
            if (ahead == null) {
                started = CompletableFuture.completedFuture(null);
            }
        }
        if (ahead == null) {
            startup(first);
            return;
        }
        Futures.join(ahead);
        Platform.runLater(first);
    }

    private static void startup(Runnable first) {
        Platform.setImplicitExit(false); // the window's own close ends the run (KastenApp)
        Platform.startup(first);
    }
}
