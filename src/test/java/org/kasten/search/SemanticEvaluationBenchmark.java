package org.kasten.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.graph.ConceptGraph;
import org.kasten.note.Progress;
import org.kasten.note.ResolvedLink;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;

/**
 * Issue 12's quality figures: MRR@10 and success@3 of lexical, semantic and hybrid search side by side on every
 * evaluation set (queries.tsv, heldout.tsv, heldout2.tsv, and paraphrase.tsv, the questions in other words),
 * with the bundled model. A benchmark, not a test: it embeds three whole vaults (~1 minute on two cores the
 * first time; the vectors are kept in target/eval-vectors and only changed notes are embedded again).
 * {@code -Dkasten.hybrid.lexicalWeight=0.4,0.5,0.6} tries other blends (the lexical score's share),
 * {@code -Dkasten.hybrid.lexicalFloor=1,0.5} with and without trusting the words less when their best note is far
 * in meaning, {@code -Dkasten.hybrid.fill=false,true} without and with a word match's own similarity (tune on
 * queries.tsv only).
 * {@code -Dkasten.eval.models=minilm,bge,bge-query,e5} compares other models (with {@code -Pbenchmark,other-models};
 * see {@link OtherModels}), each with vectors of its own in target/eval-vectors.
 * Run: {@code ./mvnw -o -Pbenchmark verify -Dtest=SemanticEvaluationBenchmark}.
 */
@Tag("benchmark")
class SemanticEvaluationBenchmark {

    private static final String[] SETS = {"queries.tsv", "heldout.tsv", "heldout2.tsv", "paraphrase.tsv"};
    /** {@code -Dkasten.hybrid.fill=false,true}: word matches beyond the nearest without and with their own similarity. */
    private static final List<Boolean> FILLS = java.util.Arrays.stream(System.getProperty("kasten.hybrid.fill",
            String.valueOf(HybridSearch.fillSimilarity)).split(",")).map(String::strip).map(Boolean::valueOf).toList();
    /** {@code -Dkasten.hybrid.lexicalFloor=1,0.5}: every query blended alike (1), or the words trusted less when their best note is far in meaning. */
    private static final List<Double> FLOORS = java.util.Arrays.stream(System.getProperty("kasten.hybrid.lexicalFloor",
            String.valueOf(HybridBlend.lexicalFloor)).split(",")).map(String::strip).map(Double::valueOf).toList();

    @Test
    void lexicalSemanticAndHybridSideBySide() throws IOException {
        String given = System.getProperty("kasten.hybrid.lexicalWeight", "");
        List<Double> weights = given.isBlank() ? List.of(HybridBlend.lexicalWeight)
                : java.util.Arrays.stream(given.split(",")).map(String::strip).map(Double::valueOf).toList();
        Map<String, List<EvaluationTest.Judged>> sets = new LinkedHashMap<>();
        for (String set : SETS) {
            sets.put(set, EvaluationTest.queries("/eval/" + set));
        }
        Map<String, double[]> sums = new LinkedHashMap<>(); // model weight set -> rr lexical, semantic, hybrid, at3 x3, n
        StringBuilder misses = new StringBuilder();
        for (String name : OtherModels.asked()) {
            MiniLmEmbedder.Model files = OtherModels.named(name);
            Embedder model;
            if (files == MiniLmEmbedder.MINILM) {
                model = MiniLmEmbedder.bundled(System.out::println).orElse(null);
                Assumptions.assumeTrue(model != null, "the bundled model cannot load here");
            } else {
                Assumptions.assumeTrue(OtherModels.present(files), name + " is not on the class path (-Pother-models)");
                model = MiniLmEmbedder.load(files, Math.max(1, Runtime.getRuntime().availableProcessors()));
            }
            evaluate(name, model, weights, sets, sums, misses);
        }
        System.out.printf("%nMRR@10 / success@3 by model, lexical weight and set; min similarity %.2f%n",
                HybridBlend.minSimilarity);
        System.out.printf("%-32s %4s  %-15s %-15s %-15s%n", "model weight set", "n", "lexical", "semantic", "hybrid");
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double[] s = e.getValue();
            double n = s[6];
            System.out.printf("%-32s %4.0f  %.3f / %.3f   %.3f / %.3f   %.3f / %.3f%n", e.getKey(), n,
                    s[0] / n, s[3] / n, s[1] / n, s[4] / n, s[2] / n, s[5] / n);
        }
        System.out.print("Tuning set (queries.tsv) queries whose first hybrid hit was not an answer: reciprocal rank "
                + "of the first answer lexical / semantic / hybrid, and the first hits\n" + misses);
    }

    private static void evaluate(String name, Embedder model, List<Double> weights,
                                 Map<String, List<EvaluationTest.Judged>> sets, Map<String, double[]> sums,
                                 StringBuilder misses) throws IOException {
        for (String corpus : List.of("notes", "obsidian-help-en", "foam-docs")) {
            Path root = EvaluationTest.corpus(corpus);
            Assumptions.assumeTrue(Files.isDirectory(root), "corpus " + corpus + " is absent: " + root);
            LoadedVault vault = new VaultLoader().load(root, Progress.NONE);
            ConceptGraph graph = ConceptGraph.build(vault.notes(), vault.attachments());
            Path kept = Path.of("target", "eval-vectors", corpus + (name.equals("minilm") ? "" : "-" + model.id().replace('/', '-')));
            try (NoteIndex index = NoteIndex.inMemory();
                 PassageIndex vectors = PassageIndex.open(kept, model)) {
                index.sync(IndexedNote.of(graph, vault.notes()), Progress.NONE, () -> false);
                PassageIndex.SyncReport built = vectors.sync(vault.notes(), Progress.NONE, () -> false, 1);
                System.out.printf("%s, %s: %d notes, %d embedded (%d passages) in %d ms, %d passages in all%n", name,
                        corpus, vault.notes().size(), built.embedded(), built.passages(), built.millis(),
                        vectors.passageCount());
                NoteSearcher searcher = index.searcher();
                searcher.setBacklinkCounts(p -> (int) graph.backlinks(p).stream().map(ResolvedLink::source).distinct().count());
                List<Blend> blends = Blend.all(weights);
                for (Blend blend : blends) {
                    blend.apply();
                    boolean first = blend == blends.get(0);
                    for (Map.Entry<String, List<EvaluationTest.Judged>> set : sets.entrySet()) {
                        double[] s = sums.computeIfAbsent(name + blend.label(weights) + " " + set.getKey(),
                                k -> new double[7]);
                        StringBuilder told = set.getKey().equals("queries.tsv") && blend.tellsMisses(weights) ? misses : null;
                        for (EvaluationTest.Judged j : set.getValue()) {
                            if (j.corpus().equals(corpus)) {
                                if (DUMP != null && first) {
                                    dump(set.getKey(), j, searcher, vectors);
                                }
                                judge(j, searcher, vectors, s, told, name + blend.label(weights));
                            }
                        }
                    }
                }
                Blend.KEPT.apply();
            }
        }
    }

    /** One setting of the blend's knobs, from the system properties above (the kept values when none are given). */
    private record Blend(boolean fill, double floor, double weight) {

        /** The blend as the code keeps it, put back after the runs. */
        static final Blend KEPT = new Blend(HybridSearch.fillSimilarity, HybridBlend.lexicalFloor, HybridBlend.lexicalWeight);

        static List<Blend> all(List<Double> weights) {
            List<Blend> all = new java.util.ArrayList<>();
            for (boolean fill : FILLS) {
                for (double floor : FLOORS) {
                    for (double weight : weights) {
                        all.add(new Blend(fill, floor, weight));
                    }
                }
            }
            return all;
        }

        void apply() {
            HybridSearch.fillSimilarity = fill;
            HybridBlend.lexicalFloor = floor;
            HybridBlend.lexicalWeight = weight;
        }

        /** Names the knobs that vary; the weight always. */
        String label(List<Double> weights) {
            return (FILLS.size() > 1 ? (fill ? " fill" : " nofill") : "")
                    + (FLOORS.size() > 1 ? String.format(" floor %.2f", floor) : "") + String.format(" %.2f", weight);
        }

        /** The tuning set's misses are told for one blend only: the last floor, when one weight is asked. */
        boolean tellsMisses(List<Double> weights) {
            return weights.size() == 1 && floor == FLOORS.get(FLOORS.size() - 1) && fill == FILLS.get(FILLS.size() - 1);
        }
    }

    /**
     * {@code -Dkasten.eval.dump=FILE}: each query's lexical hits (path, score, best passage similarity), its nearest
     * notes and its answers appended to FILE as JSON lines, to try a blend offline before coding it.
     */
    private static final String DUMP = System.getProperty("kasten.eval.dump");

    private static void dump(String set, EvaluationTest.Judged j, NoteSearcher searcher, PassageIndex vectors)
            throws IOException {
        HybridSearch.Shape shape = HybridSearch.Shape.of(j.query());
        if (shape.words().isBlank()) {
            return;
        }
        org.kasten.note.SearchResults words = searcher.search(j.query(), HybridSearch.LEXICAL_DEPTH, false);
        float[] vector = vectors.queryVector(shape.words());
        Map<String, Float> own = vectors.similarities(vector, words.hits().stream().map(h -> h.path().value()).toList());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("set", set);
        line.put("query", j.query());
        line.put("operators", shape.operators());
        line.put("answers", j.answers());
        line.put("lexical", words.hits().stream().map(h -> List.of(h.path().value(), h.score(),
                own.getOrDefault(h.path().value(), -1f))).toList());
        line.put("near", vectors.nearest(vector, HybridSearch.SEMANTIC_DEPTH, null).stream()
                .map(h -> List.of(h.path().value(), h.similarity())).toList());
        Files.writeString(Path.of(DUMP), new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(line) + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    /** Adds one query's reciprocal ranks and successes to {@code s}; a hybrid miss is told to {@code misses}. */
    private static void judge(EvaluationTest.Judged j, NoteSearcher searcher, PassageIndex vectors, double[] s,
                              StringBuilder misses, String name) {
        s[6]++;
        double[] rr = new double[3];
        String[] first = new String[3];
        for (HybridSearch.Mode mode : HybridSearch.Mode.values()) {
            List<String> ranked = HybridSearch.search(searcher::search, vectors, j.query(), 10, false, mode)
                    .results().hits().stream().map(h -> h.path().value()).toList();
            int slot = mode == HybridSearch.Mode.LEXICAL ? 0 : mode == HybridSearch.Mode.SEMANTIC ? 1 : 2;
            rr[slot] = EvaluationTest.reciprocalRank(ranked, j.answers());
            first[slot] = ranked.isEmpty() ? "(nothing)" : ranked.get(0);
            s[slot] += rr[slot];
            s[slot + 3] += rr[slot] >= 1.0 / 3 ? 1 : 0;
        }
        if (misses != null && rr[2] < 1) {
            misses.append(String.format("  %s %.2f / %.2f / %.2f  %-16s %s%n      lexical -> %s, semantic -> %s, hybrid -> %s%n",
                    name, rr[0], rr[1], rr[2], j.corpus(), j.query(), first[0], first[1], first[2]));
        }
    }
}
