package org.kasten.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.Progress;
import org.kasten.vault.VaultLoader;

/**
 * How fast the bundled model embeds passages under each ONNX Runtime setting, side by side in one run (the
 * machine is shared and noisy, so the settings take turns, twice): langchain4j's default session (operator
 * threads per core, spinning) called by two workers, as the vectors were built before, and by one worker; Kasten's session
 * with one non-spinning operator thread called by two workers and by one; and with two operator threads called by
 * one worker.
 * Passages are those of the real corpora, each note's passages in one call as a sync makes them. Also prints how
 * many passages of the corpora and of the generated vaults are repeats (same text: same vector), and checks that
 * the settings give the same vectors. Prints figures; asserts nothing about time.
 * Run: {@code ./mvnw -o -Pbenchmark verify -Dtest=EmbedderThroughputBenchmark}.
 */
@Tag("benchmark")
class EmbedderThroughputBenchmark {

    @Test
    void passagesPerSecondBySetting() throws Exception {
        List<List<String>> sample = sample();
        int passages = sample.stream().mapToInt(List::size).sum();
        String[] names = {"langchain4j default session, 2 workers", "langchain4j default session, 1 worker",
                "1 operator thread, no spin, 2 workers", "2 operator threads, no spin, 1 worker",
                "1 operator thread, no spin, 1 worker"};
        Embedder defaults = MiniLmEmbedder.load(0);
        Embedder one = MiniLmEmbedder.load(1);
        Embedder[] models = {defaults, defaults, one, MiniLmEmbedder.load(2), one};
        int[] workers = {2, 1, 2, 1, 1};
        for (Embedder m : models) {
            m.embed("warm up");
        }
        float maxDiff = 0;
        List<float[]> a = models[0].embedAll(sample.get(0));
        for (int k = 1; k < models.length; k++) {
            List<float[]> b = models[k].embedAll(sample.get(0));
            for (int i = 0; i < a.size(); i++) {
                for (int d = 0; d < a.get(i).length; d++) {
                    maxDiff = Math.max(maxDiff, Math.abs(a.get(i)[d] - b.get(i)[d]));
                }
            }
        }
        System.out.printf("largest difference between the settings' vectors: %.2e%n", maxDiff);
        double[][] rates = new double[2][models.length];
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < models.length; k++) {
                long cpu = org.kasten.bench.SearchBenchmark.processCpuNanos();
                long start = System.nanoTime();
                run(models[k], sample, workers[k]);
                double seconds = (System.nanoTime() - start) / 1e9;
                rates[round][k] = passages / seconds;
                System.out.printf("round %d, %-42s %d passages in %.1f s: %.1f passages/s (CPU %.1f s); load average %s%n",
                        round + 1, names[k] + ":", passages, seconds, passages / seconds,
                        (org.kasten.bench.SearchBenchmark.processCpuNanos() - cpu) / 1e9, org.kasten.bench.SearchBenchmark.loadAverage());
            }
        }
        for (int k = 0; k < models.length; k++) {
            System.out.printf("%-42s best of two: %.1f passages/s%n", names[k] + ":", Math.max(rates[0][k], rates[1][k]));
        }
    }

    /**
     * A query's embedding (a few words, where the operator threads have little to share) with one operator thread
     * and with two, taking turns query by query over the 208 judged questions: wall p50/p95/p99 and process CPU.
     */
    @Test
    void queryLatencyByOperatorThreads() throws Exception {
        List<String> queries = judgedQuestions();
        int[] threads = {1, 2};
        Embedder[] models = {MiniLmEmbedder.load(1), MiniLmEmbedder.load(2)};
        List<List<Long>> wall = List.of(new ArrayList<>(), new ArrayList<>());
        long[] cpu = new long[2];
        String before = org.kasten.bench.SearchBenchmark.loadAverage();
        for (int round = 0; round <= 5; round++) {
            for (String q : queries) {
                for (int k = 0; k < models.length; k++) {
                    long c = org.kasten.bench.SearchBenchmark.processCpuNanos();
                    long t = System.nanoTime();
                    models[k].embedQuery(q);
                    long took = System.nanoTime() - t;
                    if (round > 0) { // the first round warms up
                        wall.get(k).add(took);
                        cpu[k] += org.kasten.bench.SearchBenchmark.processCpuNanos() - c;
                    }
                }
            }
        }
        System.out.printf("%nquery embedding, %d questions x 5 rounds, in turns; load average %s before, %s after%n",
                queries.size(), before, org.kasten.bench.SearchBenchmark.loadAverage());
        for (int k = 0; k < models.length; k++) {
            List<Long> sorted = new ArrayList<>(wall.get(k));
            java.util.Collections.sort(sorted);
            System.out.printf("  %d operator thread(s): p50 %.2f ms, p95 %.2f, p99 %.2f, max %.2f; process CPU %.2f ms per query%n",
                    threads[k], at(sorted, 0.5), at(sorted, 0.95), at(sorted, 0.99), at(sorted, 1),
                    cpu[k] / 1e6 / sorted.size());
        }
    }

    /** Every third note's passages of the real corpora (all corpora, all sizes), about kasten.bench.passages of them. */
    private static List<List<String>> sample() throws Exception {
        List<List<String>> notes = new ArrayList<>();
        int all = 0;
        Set<String> distinct = new HashSet<>();
        for (String corpus : List.of("notes", "obsidian-help-en", "foam-docs")) {
            Path root = EvaluationTest.corpus(corpus);
            Assumptions.assumeTrue(Files.isDirectory(root), "corpus " + corpus + " is absent: " + root);
            for (Note note : new VaultLoader().load(root, Progress.NONE).notes()) {
                List<String> texts = Passages.of(note).stream().map(Passages.Passage::embedded).toList();
                all += texts.size();
                distinct.addAll(texts);
                if (!texts.isEmpty()) {
                    notes.add(texts);
                }
            }
        }
        System.out.printf("%ncorpora: %d notes with passages, %d passages (%.1f per note), %d distinct texts; load average %s%n",
                notes.size(), all, (double) all / notes.size(), distinct.size(), org.kasten.bench.SearchBenchmark.loadAverage());
        int wanted = Integer.getInteger("kasten.bench.passages", 400);
        List<List<String>> sample = new ArrayList<>();
        int passages = 0;
        for (int i = 0; i < notes.size() && passages < wanted; i += 3) { // every third note: all corpora, all sizes
            sample.add(notes.get(i));
            passages += notes.get(i).size();
        }
        return sample;
    }

    /**
     * The bundled model and the others asked ({@code -Dkasten.eval.models=minilm,bge,e5} with the other-models
     * profile, see {@link OtherModels}) side by side: the time to load each, passages per second over the same
     * sample (two rounds in turns, one caller with every core, as a sync runs), and a query's embedding over the
     * judged questions in turns (wall p50/p99, process CPU per query).
     */
    @Test
    void modelsSideBySide() throws Exception {
        List<String> names = OtherModels.asked();
        List<Embedder> models = new ArrayList<>();
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        for (String name : names) {
            MiniLmEmbedder.Model files = OtherModels.named(name);
            Assumptions.assumeTrue(OtherModels.present(files), name + " is not on the class path (-Pother-models)");
            long c = org.kasten.bench.SearchBenchmark.processCpuNanos();
            long t = System.nanoTime();
            Embedder m = MiniLmEmbedder.load(files, cores);
            m.embedQuery("warm up");
            System.out.printf("%s: loaded and first query in %.2f s (CPU %.2f s); model file %.1f MB%n", name,
                    (System.nanoTime() - t) / 1e9, (org.kasten.bench.SearchBenchmark.processCpuNanos() - c) / 1e9,
                    MiniLmSession.class.getClassLoader().getResource(files.file()).openConnection().getContentLengthLong() / 1e6);
            models.add(m);
        }
        List<List<String>> sample = sample();
        int passages = sample.stream().mapToInt(List::size).sum();
        for (int round = 1; round <= 2; round++) {
            for (int k = 0; k < models.size(); k++) {
                long cpu = org.kasten.bench.SearchBenchmark.processCpuNanos();
                long start = System.nanoTime();
                run(models.get(k), sample, 1);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (org.kasten.bench.SearchBenchmark.processCpuNanos() - cpu) / 1e9;
                System.out.printf("round %d, %-10s %d passages in %.1f s: %.1f passages/s, CPU %.1f s (%.1f ms per passage); load average %s%n",
                        round, names.get(k) + ":", passages, seconds, passages / seconds, cpuSeconds,
                        cpuSeconds * 1e3 / passages, org.kasten.bench.SearchBenchmark.loadAverage());
            }
        }
        List<String> queries = judgedQuestions();
        List<List<Long>> wall = new ArrayList<>();
        long[] cpu = new long[models.size()];
        models.forEach(m -> wall.add(new ArrayList<>()));
        String before = org.kasten.bench.SearchBenchmark.loadAverage();
        for (int round = 0; round <= 3; round++) {
            for (String q : queries) {
                for (int k = 0; k < models.size(); k++) {
                    long c = org.kasten.bench.SearchBenchmark.processCpuNanos();
                    long t = System.nanoTime();
                    models.get(k).embedQuery(q);
                    long took = System.nanoTime() - t;
                    if (round > 0) { // the first round warms up
                        wall.get(k).add(took);
                        cpu[k] += org.kasten.bench.SearchBenchmark.processCpuNanos() - c;
                    }
                }
            }
        }
        System.out.printf("query embedding, %d questions x 3 rounds, in turns; load average %s before, %s after%n",
                queries.size(), before, org.kasten.bench.SearchBenchmark.loadAverage());
        for (int k = 0; k < models.size(); k++) {
            List<Long> sorted = new ArrayList<>(wall.get(k));
            java.util.Collections.sort(sorted);
            System.out.printf("  %-10s p50 %.2f ms, p95 %.2f, p99 %.2f; process CPU %.2f ms per query%n",
                    names.get(k) + ":", at(sorted, 0.5), at(sorted, 0.95), at(sorted, 0.99), cpu[k] / 1e6 / sorted.size());
        }
    }

    private static List<String> judgedQuestions() throws Exception {
        List<String> queries = new ArrayList<>();
        for (String set : List.of("queries.tsv", "heldout.tsv", "heldout2.tsv", "paraphrase.tsv")) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/eval", set))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    queries.add(line.split("\t")[1]);
                }
            }
        }
        return queries;
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
    }

    private static void run(Embedder model, List<List<String>> notes, int workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<String> texts : notes) {
                running.add(pool.submit(() -> model.embedAll(texts)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
