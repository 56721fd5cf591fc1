package org.kasten.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.SearchResults;
import org.kasten.search.IndexLocation;
import org.kasten.search.IndexSnapshot;
import org.kasten.vault.VaultScanner;

/**
 * A vault answered from its search index alone, for commands that need no more: opened only when the index
 * holds every note file exactly as the folder has it now (same paths, sizes and modification times, and the
 * last sync complete), so its answers are those a full {@link Workspace} would give, without reading or
 * parsing a note. Otherwise the caller opens a {@link Workspace}.
 */
public final class WorkspaceSnapshot implements AutoCloseable {

    private final Path root;
    /** The index opened, or null when it was known current without opening it (no search asked for). */
    private final IndexSnapshot index;
    private final int noteCount;
    private final long scanMillis;

    private WorkspaceSnapshot(Path root, IndexSnapshot index, int noteCount, long scanMillis) {
        this.root = root;
        this.index = index;
        this.noteCount = noteCount;
        this.scanMillis = scanMillis;
    }

    /**
     * The vault at {@code folder} answered from its index, or empty when the index is missing, unreadable or
     * behind the folder; a folder that is missing or unreadable gives a one-line message, as {@link Workspace#open}.
     */
    public static Optional<WorkspaceSnapshot> openIfCurrent(Path folder) throws VaultException {
        return openIfCurrent(folder, Progress.NONE);
    }

    /** As {@link #openIfCurrent(Path)}, telling {@code progress} its milestones (vault-scanned, index-opened). */
    public static Optional<WorkspaceSnapshot> openIfCurrent(Path folder, Progress progress) throws VaultException {
        return openIfCurrent(folder, progress, true);
    }

    /**
     * As {@link #openIfCurrent(Path, Progress)}; with {@code searches} false the snapshot only tells that the index
     * is current (its note count and folder, no {@link #search}), and when an earlier command remembered the
     * index's latest commit holding these very files ({@link IndexSnapshot#knownToHold}) the index is not opened.
     */
    public static Optional<WorkspaceSnapshot> openIfCurrent(Path folder, Progress progress, boolean searches)
            throws VaultException {
        Path root = VaultFolders.readable(folder);
        long start = System.nanoTime();
        Path real = VaultFolders.read(folder, root::toRealPath);
        if (!IndexSnapshot.mayOpen(IndexLocation.forVault(real))) {
            return Optional.empty(); // no index to answer from (a first build): no need to list the vault
        }
        VaultScanner.Scan scan = VaultFolders.read(folder, () -> new VaultScanner().scan(real));
        long scanMillis = (System.nanoTime() - start) / 1_000_000;
        progress.milestone("vault-scanned");
        Path indexFolder = IndexLocation.forVault(real);
        String stamps = scan.notesDigest();
        if (!searches && IndexSnapshot.knownToHold(indexFolder, stamps)) {
            progress.milestone("index-opened");
            return Optional.of(new WorkspaceSnapshot(real, null, scan.notes().size(), scanMillis));
        }
        Optional<IndexSnapshot> opened = IndexSnapshot.open(indexFolder);
        progress.milestone("index-opened");
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        IndexSnapshot index = opened.get();
        if (!index.remembers(stamps)) {
            try {
                if (!holdsEveryFile(index, scan)) {
                    closeQuietly(index);
                    return Optional.empty();
                }
            } catch (UncheckedIOException e) {
                closeQuietly(index);
                return Optional.empty(); // unreadable stamps: the full open reads the index again
            }
            index.remember(stamps);
        }
        return Optional.of(new WorkspaceSnapshot(real, index, scan.notes().size(), scanMillis));
    }

    private static boolean holdsEveryFile(IndexSnapshot index, VaultScanner.Scan scan) {
        if (index.size() != scan.notes().size()) {
            return false;
        }
        for (NotePath path : scan.notes()) {
            VaultScanner.Stamp stamp = scan.stamps().get(path);
            if (stamp == null || !index.holds(path, stamp.size(), stamp.modified())) {
                return false;
            }
        }
        return true;
    }

    /** The vault folder (absolute, real path). */
    public Path root() {
        return root;
    }

    /** The folder of the index that answers. */
    public Path indexFolder() {
        return IndexLocation.forVault(root);
    }

    /** How many notes the vault has (all of them indexed). */
    public int noteCount() {
        return noteCount;
    }

    /** Time the folder listing took, in milliseconds. */
    public long scanMillis() {
        return scanMillis;
    }

    /** As {@link Workspace#search(String, int, boolean)}: the same hits, scores and snippets. */
    public SearchResults search(String query, int limit, boolean facets) {
        if (index == null) {
            throw new IllegalStateException("opened to tell whether the index is current, not to search");
        }
        return index.searcher().search(query, limit, facets);
    }

    @Override
    public void close() {
        if (index != null) {
            closeQuietly(index);
        }
    }

    private static void closeQuietly(IndexSnapshot index) {
        try {
            index.close();
        } catch (IOException e) {
            // read-only: nothing was written that closing could lose
        }
    }
}
