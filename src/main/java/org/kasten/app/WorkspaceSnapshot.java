package org.kasten.app;

import java.io.IOException;
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
    private final IndexSnapshot index;
    private final long scanMillis;

    private WorkspaceSnapshot(Path root, IndexSnapshot index, long scanMillis) {
        this.root = root;
        this.index = index;
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
        Path root = VaultFolders.readable(folder);
        long start = System.nanoTime();
        Path real = VaultFolders.read(folder, root::toRealPath);
        if (!IndexSnapshot.mayOpen(IndexLocation.forVault(real))) {
            return Optional.empty(); // no index to answer from (a first build): no need to list the vault
        }
        VaultScanner.Scan scan = VaultFolders.read(folder, () -> new VaultScanner().scan(real));
        long scanMillis = (System.nanoTime() - start) / 1_000_000;
        progress.milestone("vault-scanned");
        Optional<IndexSnapshot> opened = IndexSnapshot.open(IndexLocation.forVault(real));
        progress.milestone("index-opened");
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        IndexSnapshot index = opened.get();
        if (!holdsEveryFile(index, scan)) {
            closeQuietly(index);
            return Optional.empty();
        }
        return Optional.of(new WorkspaceSnapshot(real, index, scanMillis));
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
        return index.size();
    }

    /** Time the folder listing took, in milliseconds. */
    public long scanMillis() {
        return scanMillis;
    }

    /** As {@link Workspace#search(String, int, boolean)}: the same hits, scores and snippets. */
    public SearchResults search(String query, int limit, boolean facets) {
        return index.searcher().search(query, limit, facets);
    }

    @Override
    public void close() {
        closeQuietly(index);
    }

    private static void closeQuietly(IndexSnapshot index) {
        try {
            index.close();
        } catch (IOException e) {
            // read-only: nothing was written that closing could lose
        }
    }
}
