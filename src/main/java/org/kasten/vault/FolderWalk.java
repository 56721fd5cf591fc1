package org.kasten.vault;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;

import org.kasten.note.NotePath;
import org.kasten.note.Warning;

/**
 * One walk of a vault for {@link VaultScanner}: entries in byte order per folder, links followed only inside the
 * vault, dot-folders and {@code node_modules} skipped.
 *
 * <p>Listing a folder and reading each entry's attributes is one system call per file, and in a large vault it is
 * most of what a {@code kasten search} with a current index does before answering (docs/performance.md). So each
 * folder is a task
 * of its own, listed on a small pool of threads; a task only records what it met, in its folder's byte order,
 * and its sub-folders' tasks in their places. When all are done, {@link #replay} goes through the records
 * depth-first, exactly as one thread walking the tree would have met them: the notes, attachments, stamps and
 * warnings (including which of two names that decode alike counts as the twin) are the same as a sequential
 * walk's, whatever order the threads finished in.
 *
 * <p>Each entry's vault-relative path is its folder's path and its name joined, not {@link Path#relativize}
 * (which walks every name of both paths, and was most of a scan's time in a profile).
 */
final class FolderWalk {

    /** Threads listing folders: the listing waits on the file system as much as it computes. */
    private static final int THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final Path root;
    private final List<NotePath> notes = new ArrayList<>();
    private final List<NotePath> attachments = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final Map<NotePath, VaultScanner.Stamp> stamps = new HashMap<>();
    /** Attachments seen (notes are seen in {@link #stamps}): two names that decode alike are one path. */
    private final Set<NotePath> seenAttachments = new HashSet<>();
    private final NotesDigest digest = new NotesDigest();

    private FolderWalk(Path root) {
        this.root = root;
    }

    /** Walks {@code root} (a real path); throws when that folder itself cannot be listed. */
    static VaultScanner.Scan walk(Path root) throws IOException {
        Folder top = new Folder(root, root, "", root, null);
        ForkJoinPool pool = new ForkJoinPool(THREADS, FolderWalk::thread, null, false);
        try {
            pool.invoke(top);
        } finally {
            pool.shutdown();
        }
        if (top.failure != null) {
            throw top.failure;
        }
        FolderWalk walk = new FolderWalk(root);
        walk.replay(top);
        walk.notes.sort(Comparator.naturalOrder());
        walk.attachments.sort(Comparator.naturalOrder());
        return new VaultScanner.Scan(walk.notes, walk.attachments, walk.warnings, walk.stamps, walk.digest.value());
    }

    private static ForkJoinWorkerThread thread(ForkJoinPool pool) {
        ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setName("kasten-scan-" + thread.getPoolIndex());
        return thread;
    }

    /** Takes in what {@code folder} met, in its order, going into each sub-folder where it was met. */
    private void replay(Folder folder) {
        for (Object met : folder.met) {
            if (met instanceof Folder sub) {
                replay(sub);
            } else if (met instanceof Warning warning) {
                warnings.add(warning);
            } else {
                file((File) met);
            }
        }
    }

    private void file(File file) {
        if (file.note) {
            if (stamps.putIfAbsent(file.path, new VaultScanner.Stamp(file.size, file.modified)) != null) {
                warnings.add(new Warning(file.path, 0, VaultFiles.UNDECODABLE_TWIN));
                return;
            }
            notes.add(file.path);
            digest.add(file.first, file.second);
        } else if (seenAttachments.add(file.path)) {
            attachments.add(file.path);
        } else {
            warnings.add(new Warning(file.path, 0, VaultFiles.UNDECODABLE_TWIN));
        }
    }

    /** A regular file met in a folder, with its two {@link NotesDigest} hashes (made on the listing thread). */
    private record File(NotePath path, boolean note, long size, long modified, long first, long second) {

        static File of(String path, String name, long size, long modified) {
            if (!VaultScanner.isNoteFile(name)) {
                return new File(new NotePath(path), false, size, modified, 0, 0);
            }
            return new File(new NotePath(path), true, size, modified, NotesDigest.first(path, size, modified),
                    NotesDigest.second(path, size, modified));
        }
    }

    /** The real folders above a folder, innermost first: a link back to one of them is a cycle. */
    private record Above(Path real, Above outer) {
        boolean holds(Path folder) {
            for (Above above = this; above != null; above = above.outer) {
                if (above.real.equals(folder)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Lists one folder, whose vault-relative path is {@code relative} ("" for the vault, else ending in "/"), at
     * the real location {@code real}. Records {@link File}s, {@link Warning}s and sub-{@link Folder}s in
     * {@link #met}, then lists the sub-folders (in parallel).
     */
    private static final class Folder extends RecursiveAction {
        private final Path root;
        private final Path dir;
        private final String relative;
        private final Above above;
        final List<Object> met = new ArrayList<>();
        /** Set only for the vault folder itself, when it cannot be listed. */
        IOException failure;

        Folder(Path root, Path dir, String relative, Path real, Above outer) {
            this.root = root;
            this.dir = dir;
            this.relative = relative;
            this.above = new Above(real, outer);
        }

        @Override
        protected void compute() {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path entry : stream) {
                    entries.add(entry);
                }
            } catch (IOException | DirectoryIteratorException e) {
                IOException cause = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
                if (dir.equals(root)) {
                    failure = cause;
                    return;
                }
                warn(relative.substring(0, relative.length() - 1), "folder cannot be listed ("
                        + VaultFiles.reason(cause) + ")" + (entries.isEmpty() ? ", skipped" : ", partly read"));
            }
            entries.sort(Comparator.naturalOrder());
            List<Folder> subs = new ArrayList<>();
            for (Path entry : entries) {
                entry(entry, subs);
            }
            invokeAll(subs);
        }

        private void entry(Path entry, List<Folder> subs) {
            Path fileName = entry.getFileName();
            String name = fileName.toString();
            if (name.startsWith(".")) {
                return;
            }
            String path = relative.concat(name);
            BasicFileAttributes attrs;
            Path real = null;
            try {
                attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attrs.isSymbolicLink()) {
                    try {
                        real = entry.toRealPath();
                    } catch (NoSuchFileException e) {
                        warn(path, "broken symbolic link, skipped");
                        return;
                    }
                    if (!VaultFiles.inside(root, real)) {
                        warn(path, VaultFiles.OUTSIDE);
                        return;
                    }
                    attrs = Files.readAttributes(real, BasicFileAttributes.class);
                }
            } catch (NoSuchFileException e) {
                return; // gone between listing and looking: not part of the vault any more
            } catch (IOException e) {
                warn(path, "cannot be read (" + VaultFiles.reason(e) + ")");
                return;
            }
            if (attrs.isDirectory()) {
                if (VaultScanner.isSkippedFolder(name)) {
                    return;
                }
                if (real == null) {
                    real = above.real.resolve(fileName);
                }
                if (above.holds(real)) {
                    warn(path, "symbolic link cycle, not followed");
                    return;
                }
                Folder sub = new Folder(root, entry, path.concat("/"), real, above);
                met.add(sub);
                subs.add(sub);
            } else if (attrs.isRegularFile()) {
                met.add(File.of(path, name, attrs.size(), attrs.lastModifiedTime().toMillis()));
            }
        }

        private void warn(String path, String why) {
            met.add(new Warning(new NotePath(path), 0, why));
        }
    }
}
