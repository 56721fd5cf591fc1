package org.kasten.app;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.kasten.search.Embedder;
import org.kasten.search.MiniLmEmbedder;

/**
 * Which sentence-embedding model a workspace's semantic search uses, loaded only when vectors are built
 * ({@link Workspace#startVectors}): the bundled one for the window and the command line, a fake in tests.
 * Also the one home of the process-wide switch {@code -Dkasten.vectors=off}.
 */
public final class SemanticModel {

    private final Function<Consumer<String>, Optional<Embedder>> loader;

    private SemanticModel(Function<Consumer<String>, Optional<Embedder>> loader) {
        this.loader = loader;
    }

    /** The bundled all-MiniLM-L6-v2, loaded once per process on first use. */
    public static SemanticModel bundled() {
        return new SemanticModel(MiniLmEmbedder::bundled);
    }

    /** A model already at hand (tests). */
    public static SemanticModel of(Embedder embedder) {
        return new SemanticModel(warning -> Optional.of(embedder));
    }

    /** A model whose loading may fail: {@code loader} tells the reason to its argument and gives nothing (tests). */
    public static SemanticModel loadedBy(Function<Consumer<String>, Optional<Embedder>> loader) {
        return new SemanticModel(loader);
    }

    /** False when semantic vectors are turned off for this process ({@code -Dkasten.vectors=off}; the tests' default). */
    public static boolean enabled() {
        return !"off".equalsIgnoreCase(System.getProperty("kasten.vectors", "on").strip());
    }

    /**
     * The model, loaded now on the calling thread (never the FX thread), or empty with the reason told to
     * {@code failure} (a model that failed before says its reason again, so each caller can show it once).
     */
    Optional<Embedder> load(Consumer<String> failure) {
        String[] said = {null};
        Optional<Embedder> model;
        try {
            model = loader.apply(warning -> said[0] = warning);
        } catch (RuntimeException | LinkageError e) {
            said[0] = "the semantic search model cannot be loaded (" + e + "); search stays lexical";
            model = Optional.empty();
        }
        if (model.isEmpty()) {
            String why = said[0] != null ? said[0] : MiniLmEmbedder.failure();
            failure.accept(why != null ? why : "the semantic search model cannot be loaded; search stays lexical");
        }
        return model;
    }
}
