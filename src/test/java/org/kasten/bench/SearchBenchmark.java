package org.kasten.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.app.Workspace;
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
 * Search on a 10,000-note vault (the shared corpora copied into renamed folders under target/): first index
 * build (MB of note text per second), index size against text size, reopening unchanged, one changed note
 * visible, query latency p50/p90/p99 of a mixed query set ({@link QueryMix}) with and without snippets, wall
 * clock and CPU time of the querying thread (less disturbed by other processes on this shared machine).
 * Prints figures; asserts nothing about time.
 * Run: {@code ./mvnw -o -Pbenchmark verify -Dtest=SearchBenchmark}.
 */
@Tag("benchmark")
public class SearchBenchmark {

    @Test
    void searchFigures() throws Exception {
        Path vaultDir = VaultGenerator.vaultWith(10_000);
        LoadedVault vault = new VaultLoader().load(vaultDir, Progress.NONE);
        List<Note> notes = vault.notes();
        ConceptGraph graph = ConceptGraph.build(notes, vault.attachments()); // anchor text, as the Workspace gives
        long textBytes = notes.stream().mapToLong(Note::size).sum();
        System.out.printf("%nvault: %d notes, %.1f MB of note files (loaded in %d ms)%n", notes.size(), textBytes / 1e6, vault.millis());

        Path indexDir = Path.of("target", "bench-index", "search");
        deleteTree(indexDir);
        deleteTree(Path.of("target", "bench-index", "cache"));
        System.out.println("load average before the build: " + loadAverage());
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        long indexBytes;
        try (NoteIndex index = NoteIndex.open(indexDir)) {
            index.sync(IndexedNote.of(graph, notes), Progress.NONE, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("first index build (this JVM's first): %.2f s, %.1f MB/s of note text%n", seconds, textBytes / 1e6 / seconds);
        }
        double closed = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        System.out.printf("  including close (pending merges, last commit): %.2f s, %.1f MB/s; load average %s%n",
                closed, textBytes / 1e6 / closed, loadAverage());
        System.out.printf("  CPU time of the whole process meanwhile (indexing, JIT, GC): %.2f s = %.1f MB per CPU-second%n",
                cpu, textBytes / 1e6 / cpu);
        indexBytes = folderBytes(indexDir);
        System.out.printf("index size after close: %.1f MB = %.2f x the note text%n", indexBytes / 1e6, (double) indexBytes / textBytes);

        start = System.nanoTime();
        try (NoteIndex index = NoteIndex.open(indexDir)) {
            var report = index.sync(IndexedNote.of(graph, notes), Progress.NONE, () -> false);
            System.out.printf("reopen unchanged index + check %d notes: %d ms (%d re-indexed)%n", notes.size(),
                    (System.nanoTime() - start) / 1_000_000, report.written());

            NoteSearcher searcher = index.searcher();
            Map<NotePath, Note> byPath = new HashMap<>();
            notes.forEach(n -> byPath.put(n.path(), n));
            Map<String, List<String>> mix = QueryMix.queries(QueryMix.evaluationQueries());
            // as the Workspace does: snippets read the loaded notes' text (same hash as indexed)
            searcher.setNotes(byPath::get);
            QueryMix.warmUp(searcher, mix, 15);
            QueryMix.measure(searcher, mix, false, true, "with snippets (note text from memory, as the app)");
            QueryMix.measure(searcher, mix, false, false, "without snippets");
            QueryMix.measure(searcher, mix, true, true, "with snippets and facets (what the search panel asks for)");
            searcher.setNotes(null);
            QueryMix.measure(searcher, mix, false, true, "with snippets (note text from the stored field)");
            searcher.setNotes(byPath::get);

            long[] visible = new long[20];
            Note template = notes.get(notes.size() / 2);
            for (int i = 0; i < visible.length; i++) {
                String word = "zqxbench" + i;
                Note changed = new Note(template.path(), template.format(), template.title(), template.aliases(),
                        template.tags(), template.frontmatter(), template.body() + "\n" + word, template.bodyLine(),
                        template.plainText() + "\n" + word, template.headings(), template.blocks(), template.links(),
                        template.size() + word.length() + 1, template.modified() + i + 1, "changed" + i, template.warnings());
                long t = System.nanoTime();
                index.update(IndexedNote.of(graph, List.of(changed)));
                while (searcher.search(word, 1).total() == 0) {
                    Thread.onSpinWait();
                }
                visible[i] = (System.nanoTime() - t) / 1_000;
            }
            Arrays.sort(visible);
            System.out.printf("one changed note visible to search: median %.1f ms, max %.1f ms%n",
                    visible[visible.length / 2] / 1000.0, visible[visible.length - 1] / 1000.0);
        }

        String old = System.getProperty("kasten.cache.dir");
        System.setProperty("kasten.cache.dir", Path.of("target", "bench-index", "cache").toAbsolutePath().toString());
        try {
            for (int i = 0; i < 2; i++) {
                start = System.nanoTime();
                try (Workspace workspace = Workspace.open(vaultDir, Progress.NONE)) {
                    long loaded = (System.nanoTime() - start) / 1_000_000;
                    var report = workspace.awaitIndex();
                    System.out.printf("Workspace.open %s: loaded in %d ms, index ready at %d ms (%d notes written)%n",
                            i == 0 ? "(cold cache)" : "(unchanged, warm cache)", loaded,
                            (System.nanoTime() - start) / 1_000_000, report.written());
                }
            }
        } finally {
            if (old == null) {
                System.clearProperty("kasten.cache.dir");
            } else {
                System.setProperty("kasten.cache.dir", old);
            }
        }
        System.out.println("(2-core machine shared with other agents: timings are noisy)");
    }

    /** CPU time used by this process so far (all threads). */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The 1, 5 and 15 minute load averages (the machine has 2 cores shared with other work). */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static long folderBytes(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Deletes {@code dir} and everything in it (a benchmark's own index or cache folder). */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
