package org.kasten.ui.viewmodel;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import org.kasten.app.Workspace;
import org.kasten.note.NotePath;

/**
 * Keeps the window in line with the open vault's files: the changes the workspace re-reads from disk (when
 * following them is switched on), the rest of a vault opened progressively once it is read, and a reload asked
 * for by hand. Each shows the new state while every tab keeps its place. Kept apart from {@link MainViewModel},
 * which opens a vault and hands it here once its first places are shown.
 */
final class DiskFollower {

    private final VaultState vault;
    private final List<TabViewModel> tabs;
    private final Executor background;
    private final Executor ui;
    private final WatchSwitch watching = new WatchSwitch();

    /** {@code tabs} is the window's live list of tabs; properties change on {@code ui}, work runs on {@code background}. */
    DiskFollower(VaultState vault, List<TabViewModel> tabs, Executor background, Executor ui) {
        this.vault = vault;
        this.tabs = tabs;
        this.background = background;
        this.ui = ui;
    }

    /** Follows the changes on disk of {@code ws}, the vault just opened, instead of the previous one's (when on). */
    void watch(Workspace ws) {
        watching.watch(ws, () -> ui.execute(this::changedOnDisk), edited -> ui.execute(() -> readFromDisk(edited)),
                why -> ui.execute(() -> vault.progressText.set("Changes on disk are not followed: " + why)), background);
    }

    /**
     * When {@code ws} was opened progressively (its first note read, the others still being read), the status bar
     * shows the reading until the whole vault is published, which is then shown as a change on disk is.
     */
    void followReading(Workspace ws) {
        if (ws.isLoaded()) {
            return;
        }
        vault.loading.set(true); // the status bar shows the reading until publish() of the whole vault
        ws.whenLoaded(() -> ui.execute(() -> {
            if (vault.workspace.get() == ws) {
                vault.progressText.set("");
                changedOnDisk();
            }
        }));
    }

    /**
     * The workspace has re-read notes changed on disk: show the new state, keeping every tab's place. The pages
     * are asked for first, the vault's Files and Tags trees, counts and problems after them: at 100,000 notes the
     * trees take seconds to make and publish, and an edited note should not wait for them.
     */
    private void changedOnDisk() {
        tabs.forEach(TabViewModel::refresh);
        vault.changedOnDisk(() -> { });
    }

    /** Notes edited on disk are read (not linked yet): the tabs showing them show their new text. */
    private void readFromDisk(Set<NotePath> edited) {
        tabs.stream().filter(t -> t.location() != null && !t.location().isGhost() && edited.contains(t.location().path()))
                .forEach(TabViewModel::refresh);
    }

    /** Reloads the vault from disk keeping every tab's place (after changes made in another editor). */
    void reload() {
        List<TabViewModel> open = List.copyOf(tabs);
        vault.reload(() -> open.forEach(TabViewModel::refresh));
    }

    /** Turns following changes on disk on or off. */
    void setOn(boolean on) {
        watching.setOn(on);
    }

    /** Stops following changes on disk (when the window closes). */
    void stop() {
        watching.stop();
    }
}
