package org.kasten.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.Progress;
import org.kasten.search.Embedder;
import org.kasten.search.HybridSearch;
import org.kasten.search.MiniLmEmbedder;
import org.kasten.search.NoteIndex;
import org.kasten.search.PassageIndex;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;

/**
 * Issue 12's speed and size figures for semantic search with the bundled model: model load, building the
 * vectors of a generated vault (passages per second, CPU), index size and heap
 * growth, one changed note's vectors, and query latency (the query's embedding, the vector search, the whole
 * hybrid answer) p50/p90/p99. {@code -Dkasten.bench.semanticNotes=N} (default 1,000: the build of 10,000 takes
 * 15 minutes or more of both cores on this shared machine, so the default measures a tenth and says so; the
 * 10,000-note figures through the workspace, with its repeated passages embedded once, are
 * {@link SemanticScaleBenchmark}'s).
 * Prints figures; asserts nothing about time.
 * Run: {@code ./mvnw -o -Pbenchmark verify -Dtest=SemanticBenchmark}.
 */
@Tag("benchmark")
class SemanticBenchmark {

    @Test
    void semanticFigures() throws Exception {
        int wanted = Integer.getInteger("kasten.bench.semanticNotes", 1_000);
        Path vaultDir = VaultGenerator.vaultWith(wanted);
        LoadedVault vault = new VaultLoader().load(vaultDir, Progress.NONE);
        List<Note> notes = vault.notes().subList(0, Math.min(wanted, vault.notes().size()));
        System.out.printf("%nvault: %d notes; load average %s%n", notes.size(), SearchBenchmark.loadAverage());

        long start = System.nanoTime();
        Embedder model = MiniLmEmbedder.bundled(System.out::println).orElseThrow();
        model.embed("warm up");
        System.out.printf("model load and first embedding: %d ms%n", (System.nanoTime() - start) / 1_000_000);

        Path folder = Path.of("target", "bench-index", "vectors-" + notes.size());
        SearchBenchmark.deleteTree(folder);
        long heapBefore = usedHeapAfterGc();
        long cpu = SearchBenchmark.processCpuNanos();
        start = System.nanoTime();
        try (PassageIndex vectors = PassageIndex.open(folder, model); NoteIndex words = NoteIndex.inMemory()) {
            PassageIndex.SyncReport built = vectors.sync(notes, Progress.NONE, () -> false, 1);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (SearchBenchmark.processCpuNanos() - cpu) / 1e9;
            int passages = vectors.passageCount();
            System.out.printf("vectors built: %d notes, %d passages (%d of them repeats, not embedded again) in %.1f s "
                            + "(%.1f passages/s, %.1f notes/s, CPU %.1f s, %.1f embedded passages per CPU second); "
                            + "10,000 notes at this rate: %.1f min; load average %s%n",
                    built.embedded(), passages, built.reused(), seconds, passages / seconds, built.embedded() / seconds,
                    cpuSeconds, (passages - built.reused()) / cpuSeconds,
                    10_000 / (built.embedded() / seconds) / 60, SearchBenchmark.loadAverage());
            System.out.printf("vector index: %.1f MB (%.0f bytes per passage); heap growth after GC: %.1f MB%n",
                    vectors.sizeInBytes() / 1e6, (double) vectors.sizeInBytes() / passages,
                    (usedHeapAfterGc() - heapBefore) / 1e6);

            List<Long> edit = new ArrayList<>();
            List<Long> whole = new ArrayList<>();
            try (PassageIndex fresh = PassageIndex.inMemory(model)) {
                for (int i = 0; i < 20; i++) {
                    Note note = notes.get(i * (notes.size() / 20));
                    long t = System.nanoTime();
                    vectors.update(edited(note, i));
                    edit.add(System.nanoTime() - t);
                    t = System.nanoTime();
                    fresh.update(note); // nothing stored before: every passage goes to the model
                    whole.add(System.nanoTime() - t);
                }
            }
            System.out.printf("one note edited at its end, re-embedded and visible: %s%n", percentiles(edit));
            System.out.printf("one note with every passage new, embedded and visible: %s%n", percentiles(whole));

            words.sync(org.kasten.search.IndexedNote.unlinked(notes), Progress.NONE, () -> false);
            List<String> queries = QueryMix.evaluationQueries();
            List<Long> embed = new ArrayList<>();
            List<Long> near = new ArrayList<>();
            List<Long> hybrid = new ArrayList<>();
            List<Long> lexical = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                for (String q : queries) {
                    long t0 = System.nanoTime();
                    model.embedQuery(q);
                    long t1 = System.nanoTime();
                    vectors.nearest(q, 30, null);
                    long t2 = System.nanoTime();
                    HybridSearch.search(words.searcher()::search, vectors, q, 10, false, HybridSearch.Mode.HYBRID);
                    long t3 = System.nanoTime();
                    words.searcher().search(q, 10, false);
                    long t4 = System.nanoTime();
                    if (round > 0) { // the first round warms up
                        embed.add(t1 - t0);
                        near.add(t2 - t1);
                        hybrid.add(t3 - t2);
                        lexical.add(t4 - t3);
                    }
                }
            }
            System.out.printf("query embedding:                 %s%n", percentiles(embed));
            System.out.printf("embedding + vector search:       %s%n", percentiles(near));
            System.out.printf("hybrid answer (all of it):       %s%n", percentiles(hybrid));
            System.out.printf("lexical answer alone:            %s%n", percentiles(lexical));
        }
        System.out.println("load average after: " + SearchBenchmark.loadAverage()
                + " (2-core machine shared with other agents: timings are noisy)");
    }

    /** {@code note} with a sentence added at the end of its text (an edit in one place). */
    private static Note edited(Note note, int i) {
        String body = note.body() + "\n\nEdited once more, the " + i + "th time.\n";
        return new Note(note.path(), note.format(), note.title(), note.aliases(), note.tags(), note.frontmatter(), body,
                note.bodyLine(), body, note.headings(), note.blocks(), note.links(), body.length(), note.modified() + 1,
                note.hash() + "-edited-" + i, note.warnings());
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (n=%d)", at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99),
                sorted.size());
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size()))) / 1e6;
    }

    static long usedHeapAfterGc() {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }
}
