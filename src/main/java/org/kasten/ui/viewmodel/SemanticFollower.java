package org.kasten.ui.viewmodel;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.kasten.app.SemanticModel;
import org.kasten.app.VectorStatus;
import org.kasten.app.Workspace;

/**
 * Search by meaning in the window: once the open vault's search index is ready, asks the workspace to build its
 * semantic vectors in the background ({@link Workspace#startVectors}) and shows how far that got in the status
 * bar ("Understanding notes… 1,240 / 6,571"), or why it cannot (one line; search stays lexical). The setting
 * ({@link #enabledProperty()}) turns it off and on; {@code -Dkasten.vectors=off} turns it off for the process.
 * Stopping waits for the note being embedded, so it runs on the background executor, never the UI thread; starts
 * and stops run there one after the other in the order asked, so a stop still waiting cannot swallow the start
 * that a quick off-then-on asked for after it.
 */
public final class SemanticFollower {

    private final Supplier<Workspace> current;
    private final Executor background;
    private final Executor ui;
    private final Runnable ready;
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** The latest status not yet shown: bursts of per-note progress make one UI update. */
    private final AtomicReference<VectorStatus> pending = new AtomicReference<>();
    private SemanticModel model = SemanticModel.bundled();
    /** The last start or stop asked for; the next one runs after it. */
    private CompletableFuture<Void> switching = CompletableFuture.completedFuture(null);

    /** {@code ready} runs on the UI executor when the open vault's vectors become ready (panels may use them). */
    SemanticFollower(Supplier<Workspace> current, Executor background, Executor ui, Runnable ready) {
        this.current = current;
        this.background = background;
        this.ui = ui;
        this.ready = ready;
        enabled.addListener((obs, was, on) -> switched(on));
    }

    /** The model to build with (tests give a fake); the bundled one otherwise. */
    public void useModel(SemanticModel model) {
        this.model = model;
    }

    /** The open vault's search index is ready: build its vectors when search by meaning is on. */
    void indexReady(Workspace ws) {
        if (enabled.get() && SemanticModel.enabled() && ws == current.get()) {
            SemanticModel chosen = model;
            inOrder(() -> ws.startVectors(chosen, s -> told(ws, s)));
        }
    }

    /** Runs {@code task} on the background executor after the start or stop asked for before it. */
    private synchronized void inOrder(Runnable task) {
        switching = switching.exceptionally(e -> null).thenRunAsync(task, background);
    }

    private void switched(boolean on) {
        Workspace ws = current.get();
        if (ws == null) {
            return;
        }
        if (on) {
            if (ws.indexReady()) {
                indexReady(ws);
            }
        } else {
            status.set("");
            inOrder(ws::stopVectors);
        }
    }

    /** A status from the builder's thread: passed on to the UI executor, merging bursts. */
    private void told(Workspace ws, VectorStatus s) {
        if (pending.getAndSet(s) == null) {
            ui.execute(() -> {
                VectorStatus latest = pending.getAndSet(null);
                if (latest != null && current.get() == ws) {
                    show(latest);
                }
            });
        }
    }

    private void show(VectorStatus s) {
        if (!enabled.get() && s.phase() != VectorStatus.Phase.UNAVAILABLE) {
            status.set("");
            return;
        }
        status.set(text(s));
        if (s.phase() == VectorStatus.Phase.READY) {
            ready.run();
        }
    }

    /** The status bar's words for a status. */
    static String text(VectorStatus s) {
        return switch (s.phase()) {
            case STARTING -> "Understanding notes\u2026";
            case BUILDING -> s.total() <= 0 ? "Understanding notes\u2026"
                    : String.format(Locale.ROOT, "Understanding notes\u2026 %,d / %,d", s.done(), s.total());
            case READY -> "Search by meaning ready";
            case UNAVAILABLE -> s.message().isEmpty() ? "Search by meaning unavailable"
                    : Character.toUpperCase(s.message().charAt(0)) + s.message().substring(1);
            case STOPPED -> "";
        };
    }

    /** The setting: search by meaning on (the default) or off. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The status bar's line about search by meaning; empty when there is nothing to say. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
