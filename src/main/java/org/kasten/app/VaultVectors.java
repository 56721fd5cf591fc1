package org.kasten.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.kasten.note.Note;
import org.kasten.note.SearchResults;
import org.kasten.search.Embedder;
import org.kasten.search.HybridSearch;
import org.kasten.search.IndexLocation;
import org.kasten.search.MiniLmEmbedder;
import org.kasten.search.PassageIndex;

/**
 * A vault's passage vectors for the command line (issue 12): opened for a query only when they are built and
 * the query asks for meaning (so the model is loaded only then) and fused with the words' answer, and built by
 * {@code kasten index} after the lexical index. {@code -Dkasten.vectors=off} (the tests' default) or
 * {@code --no-vectors} leaves them out. The window's counterpart is {@link WorkspaceVectors}.
 */
public final class VaultVectors implements AutoCloseable {

    /** The words' search fused with meaning: a {@link Workspace} or a {@link WorkspaceSnapshot}. */
    @FunctionalInterface
    public interface Lexical {
        SearchResults search(String query, int limit, boolean facets) throws VaultException;
    }

    private final PassageIndex index;
    private final HybridSearch.Mode mode;

    private VaultVectors(PassageIndex index, HybridSearch.Mode mode) {
        this.index = index;
        this.mode = mode;
    }

    /** False when vectors are turned off for this process ({@code kasten.vectors=off}). */
    public static boolean enabled() {
        return SemanticModel.enabled();
    }

    /** True when the vault's vectors are built and complete. */
    public static boolean built(Path vault) {
        return PassageIndex.ready(IndexLocation.vectorsForVault(vault));
    }

    /**
     * Searching the vault at {@code vault} in {@code mode} (hybrid, lexical or semantic; null for hybrid): its
     * vectors are opened unless the mode is lexical, when they are built and the model loads (else, said once to
     * {@code warning}, answers are lexical). Throws IllegalArgumentException naming the modes for another name.
     */
    public static VaultVectors forSearch(Path vault, String mode, java.util.function.Consumer<String> warning) {
        HybridSearch.Mode asked = mode == null ? HybridSearch.Mode.HYBRID : HybridSearch.Mode.parse(mode);
        if (asked == HybridSearch.Mode.LEXICAL) {
            return new VaultVectors(null, asked);
        }
        Path folder = IndexLocation.vectorsForVault(vault);
        if (!enabled() || !PassageIndex.ready(folder)) {
            return new VaultVectors(null, asked); // no model loaded for nothing
        }
        Optional<Embedder> model = MiniLmEmbedder.bundled(warning);
        return new VaultVectors(model.map(m -> PassageIndex.readOnly(folder, m)).orElse(null), asked);
    }

    /** {@code lexical}'s answer fused with meaning when the vectors are there and the mode asks for it. */
    public SearchAnswer search(Lexical lexical, String query, int limit, boolean facets) throws VaultException {
        try {
            HybridSearch.Answer answer = HybridSearch.search((q, l, f) -> {
                try {
                    return lexical.search(q, l, f);
                } catch (VaultException e) {
                    throw new Unreadable(e);
                }
            }, index, query, limit, facets, mode);
            return new SearchAnswer(answer.results(), answer.mode().label());
        } catch (Unreadable e) {
            throw (VaultException) e.getCause();
        }
    }

    /** A {@link VaultException} through the fusion's unchecked interface. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(VaultException cause) {
            super(cause);
        }
    }

    @Override
    public void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    /**
     * Brings the vault's vectors up to date with {@code notes}, printing progress to {@code err} and one line to
     * {@code out}; a model that cannot load or vectors held by a window are said in one line, and the lexical
     * index stays as built.
     */
    public static void build(Path vault, List<Note> notes, PrintWriter out, PrintWriter err) {
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
            long merging = System.nanoTime();
            if (vectors.compact()) { // after a large build: one segment to search; the merge takes a while, say so
                err.printf("vectors merged into one segment in %,d ms%n", (System.nanoTime() - merging) / 1_000_000);
                err.flush();
            }
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
