package org.kasten.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.kasten.app.SemanticModel;
import org.kasten.note.Note;
import org.kasten.search.Embedder;
import org.kasten.search.IndexLocation;
import org.kasten.search.MiniLmEmbedder;
import org.kasten.search.PassageIndex;

/**
 * What {@code search} and {@code index} do with the vault's passage vectors (issue 12): open them for a query
 * only when they are built and the query asks for meaning (so the model is loaded only then), and build them
 * after the lexical index. {@code -Dkasten.vectors=off} (the tests' default) or {@code --no-vectors} leaves
 * them out.
 */
final class VectorSupport {

    private VectorSupport() {
    }

    /** False when vectors are turned off for this process ({@code kasten.vectors=off}). */
    static boolean enabled() {
        return SemanticModel.enabled();
    }

    /** True when the vault's vectors are built and complete. */
    static boolean built(Path vault) {
        return PassageIndex.ready(IndexLocation.vectorsForVault(vault));
    }

    /** The vault's vectors for searching, or null (none built, turned off, or the model cannot load: said once). */
    static PassageIndex forSearch(Path vault, PrintWriter err) {
        Path folder = IndexLocation.vectorsForVault(vault);
        if (!enabled() || !PassageIndex.ready(folder)) {
            return null; // no model loaded for nothing
        }
        Optional<Embedder> model = MiniLmEmbedder.bundled(warning -> say(err, warning));
        return model.map(m -> PassageIndex.readOnly(folder, m)).orElse(null);
    }

    /**
     * Brings the vault's vectors up to date with {@code notes}, printing progress to {@code err} and one line to
     * {@code out}; a model that cannot load or vectors held by a window are said in one line, and the lexical
     * index stays as built.
     */
    static void build(Path vault, List<Note> notes, PrintWriter out, PrintWriter err) {
        Optional<Embedder> model = MiniLmEmbedder.bundled(warning -> say(err, warning));
        if (model.isEmpty()) {
            return;
        }
        Path folder = IndexLocation.vectorsForVault(vault);
        try (PassageIndex vectors = PassageIndex.open(folder, model.get())) {
            long[] shown = {-1};
            PassageIndex.SyncReport report = vectors.sync(notes, (done, total, message) -> {
                long step = Math.max(1, total / 10);
                synchronized (shown) {
                    if (total >= 50 && done / step != shown[0] && done < total) {
                        shown[0] = done / step;
                        err.printf("understanding notes… %,d / %,d%n", done, total);
                        err.flush();
                    }
                }
            }, () -> false, 1); // the model uses every core on its own
            out.println(String.format("vectors of %d notes in %d ms: %d embedded (%d passages, %d of them repeats), %d removed, %d unchanged",
                    notes.size(), report.millis(), report.embedded(), report.passages(), report.reused(), report.removed(),
                    report.unchanged()));
            out.println("vectors: " + folder);
            out.flush();
        } catch (IOException | RuntimeException e) {
            say(err, "the semantic vectors could not be built (" + e.getMessage() + "); search stays lexical");
        }
    }

    private static void say(PrintWriter err, String warning) {
        err.println("kasten: warning: " + warning);
        err.flush();
    }
}
