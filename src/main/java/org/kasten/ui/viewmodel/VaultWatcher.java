package org.kasten.ui.viewmodel;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * Watches a vault folder (and its sub-folders, also new ones) and calls back once a burst of changes has been
 * quiet for the debounce time. Hidden folders ({@code .obsidian}, {@code .git}) are ignored. Only reads.
 */
public final class VaultWatcher implements AutoCloseable {

    private final Path root;
    private final long debounceMillis;
    private final Runnable onChange;
    private final WatchService service;
    private final Thread thread;

    /** Starts watching {@code root}; {@code onChange} runs on the watcher's own thread. */
    public VaultWatcher(Path root, long debounceMillis, Runnable onChange) throws IOException {
        this.root = root;
        this.debounceMillis = debounceMillis;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(root);
        thread = new Thread(this::loop, "kasten-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean changed = drain(key);
                WatchKey next;
                while ((next = service.poll(debounceMillis, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(next);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private boolean drain(WatchKey key) {
        boolean changed = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (hidden(child)) {
                continue;
            }
            changed = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    // a folder that vanished again: the reload will see the truth
                }
            }
        }
        key.reset();
        return changed;
    }

    private void registerTree(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && hidden(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing to do: the thread ends either way
        }
        thread.interrupt();
    }
}
