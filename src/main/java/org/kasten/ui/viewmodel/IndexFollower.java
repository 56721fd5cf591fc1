package org.kasten.ui.viewmodel;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;

import org.kasten.app.VaultException;
import org.kasten.app.Workspace;

/**
 * Follows the search index of the open vault: starts it in the background (or, when the window asks, only
 * once its first page is on screen, as on two cores indexing slows that page), shows that indexing runs, and
 * says when it is done or failed.
 */
final class IndexFollower {

    private final Supplier<Workspace> current;
    /** Where the wait for the index runs: not a worker the pages need (it waits for the whole build). */
    private final Executor waits;
    private final Executor ui;
    private final BooleanProperty indexing;
    private final Consumer<String> done;
    private boolean hold;
    private Workspace held;

    /** {@code done} receives, on the UI executor, "" or the failure message when the open vault's index is ready. */
    IndexFollower(Supplier<Workspace> current, Executor waits, Executor ui, BooleanProperty indexing,
                  Consumer<String> done) {
        this.current = current;
        this.waits = waits;
        this.ui = ui;
        this.indexing = indexing;
        this.done = done;
    }

    void holdUntilFirstPage() {
        hold = true;
    }

    /** A vault was opened: index it now, or when the first page is shown if held. */
    void opened(Workspace ws) {
        if (hold) {
            held = ws;
        } else {
            follow(ws);
        }
    }

    /** The first page is on screen: held indexing starts; from now on indexing is never held. */
    void firstPageShown() {
        hold = false;
        if (held != null && held == current.get()) {
            follow(held);
        }
        held = null;
    }

    private void follow(Workspace ws) {
        if (ws.indexReady()) {
            indexing.set(false);
            return;
        }
        indexing.set(true);
        waits.execute(() -> {
            String failure = null;
            try {
                ws.awaitIndex();
            } catch (VaultException | RuntimeException e) {
                failure = "Search index failed: " + e.getMessage();
            }
            String message = failure;
            ui.execute(() -> {
                if (current.get() == ws) {
                    indexing.set(false);
                    done.accept(message == null ? "" : message);
                }
            });
        });
    }
}
