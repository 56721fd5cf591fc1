package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The bundled model itself, on a handful of texts (the whole-vault figures are SemanticEvaluationBenchmark's). */
class MiniLmEmbedderTest {

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void theBundledModelPutsTextsOfOneMeaningTogether() {
        List<String> warnings = new ArrayList<>();
        Optional<Embedder> loaded = MiniLmEmbedder.bundled(warnings::add);
        assertThat(loaded).as("the model loads on linux-x64: " + warnings).isPresent();
        Embedder model = loaded.get();
        List<float[]> passages = model.embedAll(List.of(
                "Refund policy\nIf you are not satisfied you can ask for a refund within 30 days of purchase.",
                "Themes\nChange the colours of the app: light, dark or a community theme.",
                "Aliases\nGive a note alternative names in its properties so links can use them."));
        float[] query = model.embedQuery("how do I get my money back");
        assertThat(query).hasSize(384);
        assertThat(dot(query, query)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(dot(query, passages.get(0))).isGreaterThan(dot(query, passages.get(1))).isGreaterThan(0.2);
        assertThat(dot(query, passages.get(0))).isGreaterThan(dot(query, passages.get(2)));
        float[] secondName = model.embedQuery("give a note a second name");
        assertThat(dot(secondName, passages.get(2))).isGreaterThan(dot(secondName, passages.get(0)));
        assertThat(MiniLmEmbedder.bundled(warnings::add)).containsSame(model); // loaded once
        assertThat(warnings).isEmpty();
    }

    @Test
    void aModelThatCannotLoadIsSaidOnceAndGivesNothing() {
        int[] tries = {0};
        MiniLmEmbedder.Once once = new MiniLmEmbedder.Once(() -> {
            tries[0]++;
            throw new UnsatisfiedLinkError("no onnxruntime in java.library.path");
        });
        List<String> warnings = new ArrayList<>();
        assertThat(once.get(warnings::add)).isEmpty();
        assertThat(once.get(warnings::add)).isEmpty();
        assertThat(tries[0]).isEqualTo(1);
        assertThat(warnings).singleElement().asString()
                .isEqualTo("the semantic search model cannot be loaded (UnsatisfiedLinkError: no onnxruntime in "
                        + "java.library.path); search stays lexical");
    }
}
