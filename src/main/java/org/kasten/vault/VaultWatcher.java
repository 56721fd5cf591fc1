package org.kasten.vault;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.kasten.note.Daemons;
import org.kasten.note.NotePath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;

/**
 * Watches a vault folder (io.methvin directory-watcher: new sub-folders, deleted subtrees) and reports
 * changed note paths in debounced batches, so an editor's save-rename-touch burst arrives as one batch.
 * When events were lost (overflow) the batch says "rescan". Skips dot-folders and non-note files.
 */
public final class VaultWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VaultWatcher.class);

    /** Note paths touched since the last batch (created, modified or deleted), or a request to rescan all. */
    public record Batch(Set<NotePath> paths, boolean rescan) {
        public Batch {
            paths = Set.copyOf(paths);
        }
    }

    private final Path root;
    private final Duration debounce;
    private final Consumer<Batch> listener;
    private final DirectoryWatcher watcher;
    private final ExecutorService watching;
    private final ScheduledExecutorService delivering;
    private final Set<NotePath> pending = new LinkedHashSet<>();
    private boolean rescan;
    private ScheduledFuture<?> flush;

    private VaultWatcher(Path root, Duration debounce, Consumer<Batch> listener) throws IOException {
        this.root = root;
        this.debounce = debounce;
        this.listener = listener;
        this.watcher = DirectoryWatcher.builder().path(root).fileHashing(false).listener(this::onEvent).build();
        this.watching = Executors.newSingleThreadExecutor(Daemons.named("kasten-watcher " + root));
        this.delivering = Executors.newSingleThreadScheduledExecutor(Daemons.named("kasten-watcher-batches " + root));
    }

    /** Starts watching {@code root}; {@code listener} gets a batch {@code debounce} after the last event of a burst. */
    public static VaultWatcher start(Path root, Duration debounce, Consumer<Batch> listener) throws IOException {
        VaultWatcher w = new VaultWatcher(root.toRealPath(), debounce, listener);
        w.watcher.watchAsync(w.watching);
        return w;
    }


    /** Takes one event from directory-watcher (package-private: tests feed events such as an overflow). */
    void onEvent(DirectoryChangeEvent event) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            schedule(null, true);
            return;
        }
        Path path = event.path();
        if (path == null || event.isDirectory() || !path.startsWith(root)) {
            return;
        }
        Path relative = root.relativize(path);
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (VaultScanner.isSkippedFolder(relative.getName(i).toString())) {
                return;
            }
        }
        String name = relative.getFileName().toString();
        if (name.startsWith(".") || !VaultScanner.isNoteFile(name)) {
            return;
        }
        schedule(VaultScanner.relative(root, path), false);
    }

    private synchronized void schedule(NotePath path, boolean overflow) {
        if (path != null) {
            pending.add(path);
        }
        rescan |= overflow;
        if (flush != null) {
            flush.cancel(false);
        }
        flush = delivering.schedule(this::deliver, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void deliver() {
        Batch batch;
        synchronized (this) {
            batch = new Batch(pending, rescan);
            pending.clear();
            rescan = false;
        }
        try {
            listener.accept(batch);
        } catch (RuntimeException e) {
            LOG.warn("a vault change could not be applied: {}", e.toString());
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("watcher close: {}", e.toString());
        }
        watching.shutdownNow();
        delivering.shutdownNow();
    }
}
