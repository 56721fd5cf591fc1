package org.kasten.ui.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Whether the open vault is watched for changes on disk, and the {@link VaultWatcher} doing it. */
final class WatchSwitch {

    /** Changes closer together than this make one reload. */
    static final long DEBOUNCE_MILLIS = 250;

    private boolean on;
    private VaultWatcher watcher;

    void setOn(boolean on) {
        this.on = on;
        if (!on) {
            stop();
        }
    }

    /** Watches {@code root} instead of the previous vault (when switched on); failures go to {@code failed}. */
    void watch(Path root, Runnable changed, Consumer<String> failed) {
        stop();
        if (!on) {
            return;
        }
        try {
            watcher = new VaultWatcher(root, DEBOUNCE_MILLIS, changed);
        } catch (IOException e) {
            failed.accept(e.getMessage());
        }
    }

    void stop() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }
}
