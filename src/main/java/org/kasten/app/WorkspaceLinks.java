package org.kasten.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.NoteGraph;
import org.kasten.note.Progress;
import org.kasten.note.Warning;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;
import org.kasten.vault.VaultScanner;

/**
 * A vault's link graph and problems, what {@code kasten check} reports: its notes, read from
 * the parse cache alone (its texts left in it) when the cache holds every file as it is ({@link VaultLoader#loadLinks}).
 * Nothing here renders, searches or indexes.
 */
public final class WorkspaceLinks {

    private final LoadedVault vault;
    private final ConceptGraph graph;

    private WorkspaceLinks(LoadedVault vault, ConceptGraph graph) {
        this.vault = vault;
        this.graph = graph;
    }

    /** Reads the vault at {@code folder} for its links; a folder that is missing or unreadable gives a one-line message. */
    public static WorkspaceLinks open(Path folder, Progress progress) throws VaultException {
        Path root = VaultFolders.readable(folder);
        LoadedVault loaded = VaultFolders.read(folder,
                () -> new VaultLoader().loadLinks(root, VaultFolders.parseCache(root), progress));
        return new WorkspaceLinks(loaded, ConceptGraph.build(loaded.notes(), loaded.attachments()));
    }

    /**
     * As {@link #open(Path, Progress)}, with the files {@code scan} found in the vault: {@code root} is the folder
     * as {@link VaultFolders#readable} gives it, {@code real} its real path (the one scanned).
     */
    static WorkspaceLinks open(Path folder, Path root, Path real, VaultScanner.Scan scan, Progress progress)
            throws VaultException {
        LoadedVault loaded = VaultFolders.read(folder,
                () -> new VaultLoader().loadLinks(real, scan, VaultFolders.parseCache(root), progress));
        return new WorkspaceLinks(loaded, ConceptGraph.build(loaded.notes(), loaded.attachments()));
    }

    /** The vault folder (absolute, real path). */
    public Path root() {
        return vault.root();
    }

    /** The vault's link graph: counts, ghosts, missing attachments, ambiguous links (its notes have no text). */
    public NoteGraph graph() {
        return graph;
    }

    /** Every problem worth showing, as {@link Workspace#warnings()}. */
    public List<Warning> warnings() {
        return warnings(vault, graph);
    }

    /** File warnings (bad YAML, encodings ...) and resolution warnings, sorted by path and line. */
    static List<Warning> warnings(LoadedVault vault, ConceptGraph graph) {
        List<Warning> all = new ArrayList<>(vault.warnings());
        all.addAll(graph.warnings());
        all.sort(Comparator.comparing(Warning::path).thenComparingInt(Warning::line));
        return all;
    }
}
