package org.kasten.search;

import java.util.Arrays;
import java.util.List;

import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * The sentence-embedding models the benchmarks can compare with the bundled one, by name:
 * {@code -Dkasten.eval.models=minilm,minilm-full,bge,bge-query,e5}. Only MiniLM (quantized) ships with Kasten; the
 * others' files come from langchain4j's artifacts (bge and e5 of the 1.11 line, which the 1.19 line lacks) put on the test class path by the
 * {@code other-models} profile ({@code ./mvnw -o -Pbenchmark,other-models ...}), and are run by the same 1.19
 * encoder as MiniLM. Their prefixes are those their model cards ask for.
 */
final class OtherModels {

    /** bge-small-en-v1.5, quantized: 12 layers, 384 dimensions, the [CLS] token's vector. */
    static final MiniLmEmbedder.Model BGE = new MiniLmEmbedder.Model("bge-small-en-v1.5-q/1", "bge-small-en-v1.5-q.onnx",
            "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, 384, "", "");
    /** bge with the instruction its card gives for short queries over passages (the passages' vectors are the same). */
    static final MiniLmEmbedder.Model BGE_QUERY = new MiniLmEmbedder.Model(BGE.id(), BGE.file(), BGE.tokenizer(),
            BGE.pooling(), BGE.dimensions(), "Represent this sentence for searching relevant passages: ", "");
    /** e5-small-v2, quantized: 12 layers, 384 dimensions, mean-pooled, "query: " and "passage: " before texts. */
    static final MiniLmEmbedder.Model E5 = new MiniLmEmbedder.Model("e5-small-v2-q/1", "e5-small-v2-q.onnx",
            "e5-small-v2-q-tokenizer.json", PoolingMode.MEAN, 384, "query: ", "passage: ");

    /** all-MiniLM-L6-v2 unquantized (float weights, 90 MB): the bundled model's own network before quantization. */
    static final MiniLmEmbedder.Model MINILM_FULL = new MiniLmEmbedder.Model("all-minilm-l6-v2/1", "all-minilm-l6-v2.onnx",
            "all-minilm-l6-v2-tokenizer.json", PoolingMode.MEAN, 384, "", "");

    private OtherModels() {
    }

    /** The names asked by {@code -Dkasten.eval.models} (default: the bundled model alone). */
    static List<String> asked() {
        return Arrays.stream(System.getProperty("kasten.eval.models", "minilm").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The model of that name. */
    static MiniLmEmbedder.Model named(String name) {
        return switch (name) {
            case "minilm" -> MiniLmEmbedder.MINILM;
            case "bge" -> BGE;
            case "bge-query" -> BGE_QUERY;
            case "e5" -> E5;
            case "minilm-full" -> MINILM_FULL;
            default -> throw new IllegalArgumentException("unknown model " + name
                    + " (minilm, minilm-full, bge, bge-query, e5)");
        };
    }

    /** Whether the model's files are on the class path (the other models need the other-models profile). */
    static boolean present(MiniLmEmbedder.Model model) {
        return OtherModels.class.getClassLoader().getResource(model.file()) != null;
    }
}
