package org.kasten.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The bundled model: all-MiniLM-L6-v2, quantized (384 dimensions, ~23 MB), run in-process by ONNX Runtime
 * through langchain4j, with no network. It is loaded on first use ({@link #bundled}), never at start-up:
 * loading takes ~1.7 s on two cores. Where it cannot load (no ONNX natives for the platform, out of memory)
 * {@link #bundled} says so once and gives nothing, and search stays lexical.
 */
public final class MiniLmEmbedder implements Embedder {

    private static final Logger LOG = LoggerFactory.getLogger(MiniLmEmbedder.class);

    /**
     * A sentence-embedding model's files on the class path and how it is asked: {@code id} names it in the
     * vectors' schema; {@code queryPrefix} and {@code passagePrefix} go before a query and a passage (models
     * trained with such instructions, as e5 and bge are, expect them).
     */
    record Model(String id, String file, String tokenizer, PoolingMode pooling, int dimensions, String queryPrefix,
                 String passagePrefix) { }

    /** The bundled model: quantized all-MiniLM-L6-v2, mean-pooled, no prefixes. */
    static final Model MINILM = new Model("all-minilm-l6-v2-q/1", "all-minilm-l6-v2-q.onnx",
            "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, 384, "", "");
    /** Texts per call to the model: the encoder works one text at a time anyway; this bounds what is held. */
    private static final int BATCH = 16;

    /**
     * Operator threads per call: every core, none spinning. One caller with every core measured faster than a
     * caller per core, or than langchain4j's default session (docs/performance.md), so a sync calls it from one
     * thread.
     */
    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final Once BUNDLED = new Once(() -> load(MINILM, CORES));

    private final Model files;
    private final EmbeddingModel model;

    private MiniLmEmbedder(Model files, EmbeddingModel model) {
        this.files = files;
        this.model = model;
    }

    /** A model of its own (benchmarks compare settings): {@code intraOpThreads} threads per call, or langchain4j's defaults when 0. */
    static Embedder load(int intraOpThreads) {
        return intraOpThreads == 0
                ? new MiniLmEmbedder(MINILM, ModelCalls.call(() -> new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run)))
                : load(MINILM, intraOpThreads);
    }

    /** {@code files} loaded from the class path (benchmarks compare other models), {@code intraOpThreads} threads per call. */
    static Embedder load(Model files, int intraOpThreads) {
        return new MiniLmEmbedder(files, ModelCalls.call(() -> new MiniLmSession(files, intraOpThreads)));
    }

    /**
     * The bundled model, loaded on the first call (on the calling thread: never call it on the FX thread), or
     * empty when it cannot load; the reason is told to {@code warning} on the first failing call only.
     */
    public static Optional<Embedder> bundled(Consumer<String> warning) {
        return BUNDLED.get(warning);
    }

    /** Why the bundled model could not load, or null when it loaded or was not tried. */
    public static String failure() {
        return BUNDLED.failure;
    }

    /** A model loaded at most once; a failure to load is remembered and said once. */
    static final class Once {
        private final Supplier<Embedder> loader;
        private volatile Optional<Embedder> loaded;
        private volatile String failure;

        Once(Supplier<Embedder> loader) {
            this.loader = loader;
        }

        Optional<Embedder> get(Consumer<String> warning) {
            Optional<Embedder> known = loaded;
            if (known != null) {
                return known;
            }
            synchronized (this) {
                if (loaded == null) {
                    try {
                        // the model's class loads and checks the ONNX file in its static initialiser
                        loaded = Optional.of(loader.get());
                    } catch (ModelCalls.EndingException e) {
                        throw e; // the process is ending: not a failure of the model, nothing to remember or say
                    } catch (Throwable e) { // UnsatisfiedLinkError, OutOfMemoryError, ExceptionInInitializerError, ...
                        failure = "the semantic search model cannot be loaded (" + describe(e) + "); search stays lexical";
                        LOG.debug("model load failed", e);
                        loaded = Optional.empty();
                        warning.accept(failure);
                    }
                }
                return loaded;
            }
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }

    @Override
    public String id() {
        return files.id();
    }

    @Override
    public int dimensions() {
        return files.dimensions();
    }

    @Override
    public float[] embed(String text) {
        return Embedder.normalized(ModelCalls.call(() -> model.embed(files.passagePrefix() + text)).content().vector());
    }

    @Override
    public float[] embedQuery(String query) {
        return Embedder.normalized(ModelCalls.call(() -> model.embed(files.queryPrefix() + query)).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(t -> TextSegment.from(files.passagePrefix() + t)).toList();
            for (Embedding e : ModelCalls.call(() -> model.embedAll(batch)).content()) {
                out.add(Embedder.normalized(e.vector()));
            }
        }
        return out;
    }
}
