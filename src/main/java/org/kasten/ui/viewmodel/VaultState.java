package org.kasten.ui.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kasten.app.VaultException;
import org.kasten.app.Workspace;
import org.kasten.note.Progress;
import org.kasten.note.Warning;

/**
 * The open vault as the window shows it: opening (and re-opening) it off the UI thread with progress, and
 * publishing each new state of it (after a load, a reload or changes on disk) to the properties the status bar
 * and the side panels show, all together. Work runs on the background executor; the properties change on the
 * UI executor.
 */
final class VaultState {

    private final WorkspaceOpener opener;
    private final Executor background;
    private final Executor ui;
    private final Supplier<String> theme;
    private final Runnable published;
    final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    final BooleanProperty loading = new SimpleBooleanProperty();
    final DoubleProperty progress = new SimpleDoubleProperty(-1);
    final StringProperty progressText = new SimpleStringProperty("");
    final StringProperty status = new SimpleStringProperty("No vault");
    final StringProperty error = new SimpleStringProperty();
    final ObjectProperty<Path> failedVault = new SimpleObjectProperty<>();
    final ObservableList<Warning> warnings = FXCollections.observableArrayList();
    final ObjectProperty<FolderNode> files = new SimpleObjectProperty<>();
    final ObjectProperty<TagNode> tags = new SimpleObjectProperty<>();

    /** {@code theme} is the pages' theme a new workspace renders with; {@code published} runs after each publish. */
    VaultState(WorkspaceOpener opener, Executor background, Executor ui, Supplier<String> theme, Runnable published) {
        this.opener = opener;
        this.background = background;
        this.ui = ui;
        this.theme = theme;
        this.published = published;
    }

    /**
     * Opens {@code folder} off the UI thread and hands its snapshot, with what {@code prepare} made of the opened
     * workspace (on the same thread), to {@code loaded} on the UI thread; a vault that cannot be read sets
     * {@link #error} and {@link #failedVault}.
     */
    <T> void open(Path folder, java.util.function.Function<Workspace, T> prepare,
                  java.util.function.BiConsumer<VaultSnapshot, T> loaded) {
        loading.set(true);
        error.set(null);
        progress.set(-1);
        progressText.set("Opening " + folder.getFileName() + " …");
        ProgressRelay relay = new ProgressRelay(ui, (fraction, text) -> {
            progress.set(fraction);
            progressText.set(text);
        });
        background.execute(() -> {
            try {
                VaultSnapshot snapshot = snapshot(opener.open(folder, relay));
                T prepared = prepare.apply(snapshot.workspace());
                ui.execute(() -> loaded.accept(snapshot, prepared));
            } catch (VaultException | RuntimeException e) {
                String why = e instanceof VaultException ? e.getMessage()
                        : "vault cannot be read: " + folder + " (" + e + ")";
                ui.execute(() -> {
                    loading.set(false);
                    progressText.set("");
                    failedVault.set(folder);
                    error.set(why);
                });
            }
        });
    }

    /** Reads the open vault again from disk, publishes it, closes the old workspace, then runs {@code refreshed}. */
    void reload(Runnable refreshed) {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        loading.set(true);
        background.execute(() -> {
            try {
                VaultSnapshot snapshot = snapshot(opener.open(ws.root(), Progress.NONE));
                ui.execute(() -> {
                    publish(snapshot);
                    background.execute(ws::close);
                    refreshed.run();
                });
            } catch (VaultException | RuntimeException e) {
                ui.execute(() -> {
                    loading.set(false);
                    progressText.set("Reload failed: " + e.getMessage());
                });
            }
        });
    }

    /** The workspace has re-read notes changed on disk: publishes its new state, then runs {@code refreshed}. */
    void changedOnDisk(Runnable refreshed) {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        background.execute(() -> {
            VaultSnapshot snapshot = VaultSnapshot.of(ws);
            ui.execute(() -> {
                if (workspace.get() == ws) {
                    publish(snapshot);
                    refreshed.run();
                }
            });
        });
    }

    void publish(VaultSnapshot snapshot) {
        workspace.set(snapshot.workspace());
        files.set(snapshot.files());
        tags.set(snapshot.tags());
        warnings.setAll(snapshot.warnings());
        status.set(snapshot.counts());
        loading.set(false);
        published.run();
    }

    private VaultSnapshot snapshot(Workspace opened) {
        opened.setTheme(theme.get());
        return VaultSnapshot.of(opened);
    }
}
