package org.kasten.ui.viewmodel;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.kasten.app.VaultException;
import org.kasten.app.Workspace;

/**
 * Whether the open vault's changes on disk are followed. The workspace does the watching (and re-reads
 * what changed); this only decides whether the window hears about it.
 */
final class WatchSwitch {

    private volatile boolean on;
    private volatile Workspace watched;

    void setOn(boolean on) {
        this.on = on;
    }

    /**
     * Follows {@code workspace} instead of the previous one (when switched on): {@code read} hears of notes edited
     * in place as soon as they are read (the workspace shows their new text before linking them), {@code changed}
     * of every change once applied. The watcher is started on {@code starter}: it registers every folder of the
     * vault, seconds on a large one, which must not block the window's thread. Failures go to {@code failed}, on
     * the starter's thread.
     */
    void watch(Workspace workspace, Runnable changed, Consumer<java.util.Set<org.kasten.note.NotePath>> read,
               Consumer<String> failed, Executor starter) {
        watched = workspace;
        if (!on) {
            return;
        }
        starter.execute(() -> {
            if (!on || watched != workspace) {
                return; // stopped, or another vault opened meanwhile
            }
            try {
                workspace.watch(change -> {
                    if (on && watched == workspace) {
                        changed.run();
                    }
                }, change -> {
                    if (on && watched == workspace) {
                        read.accept(change.changed());
                    }
                });
            } catch (VaultException | RuntimeException e) {
                failed.accept(e.getMessage());
            }
        });
    }

    /** Stops passing changes on (the workspace's own watcher ends when it is closed). */
    void stop() {
        on = false;
        watched = null;
    }
}
