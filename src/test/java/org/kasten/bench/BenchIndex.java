package org.kasten.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.search.IndexedNote;
import org.kasten.search.AnchorText;
import org.kasten.search.NoteIndex;
import org.kasten.search.NoteSearcher;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;

/**
 * The 10,000-note benchmark vault, indexed in a folder (brought up to date when it exists) and searchable as the
 * app searches it: anchor text from the concept graph, snippets from the loaded notes. For the loops
 * ({@link QueryLoop}, {@link RegexLoop}) that measure a searcher over and over.
 */
final class BenchIndex implements AutoCloseable {

    private final NoteIndex index;
    private final NoteSearcher searcher;

    private BenchIndex(NoteIndex index, NoteSearcher searcher) {
        this.index = index;
        this.searcher = searcher;
    }

    /** Loads the vault (parse cache beside {@code dir}) and syncs its index in {@code dir}. */
    static BenchIndex open(String dir) throws IOException {
        Path vaultDir = VaultGenerator.vaultWith(10_000);
        LoadedVault vault = new VaultLoader().load(vaultDir, Path.of(dir + "-parse-cache"), Progress.NONE);
        List<Note> notes = vault.notes();
        ConceptGraph graph = ConceptGraph.build(notes, vault.attachments());
        NoteIndex index = NoteIndex.open(Path.of(dir));
        var report = index.sync(IndexedNote.of(graph, notes), Progress.NONE, () -> false);
        System.out.printf("index %s: %d notes written%n", dir, report.written());
        NoteSearcher searcher = index.searcher();
        Map<NotePath, Note> byPath = new HashMap<>();
        notes.forEach(n -> byPath.put(n.path(), n));
        searcher.setNotes(byPath::get);
        return new BenchIndex(index, searcher);
    }

    NoteSearcher searcher() {
        return searcher;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
