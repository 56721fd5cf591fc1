package org.kasten.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.graph.ConceptGraph;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.SearchHit;
import org.kasten.note.SearchResults;
import org.kasten.search.IndexedNote;
import org.kasten.search.NoteIndex;
import org.kasten.search.NoteSearcher;
import org.kasten.ui.viewmodel.LazySnippets;
import org.kasten.ui.viewmodel.SearchViewModel;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;

/**
 * Where the window's lexical query (200 hits with snippets and facets, as {@code SearchViewModel} asks, and as
 * the window's hybrid query asks its lexical side) spends its time at 10,000 notes: the same judged questions
 * asked with snippets for all 200 hits (before session 17) and for the first screenful only (the window since;
 * also 10 and 30), without snippets, with and without facets, and for 30 and 10 hits, each kind in turn, then
 * the snippets of the window's next page of rows (a scroll, {@code NoteSearcher#snippets}); the
 * querying thread's CPU time and wall time per query. The notes are loaded twice through the parse cache, so
 * their texts are the cache's as in the window. The index is kept in target/bench-index/window-query.
 * Prints figures; asserts nothing about time.
 * Run: {@code ./mvnw -o -Pbenchmark verify -Dtest=WindowQueryBenchmark}.
 */
@Tag("benchmark")
class WindowQueryBenchmark {

    private static final int ROUNDS = 5;

    /** A way to ask: {@code snippets} the number of first hits with snippets (the rest left unmade). */
    private record Kind(String name, int limit, boolean facets, int snippets) { }

    @Test
    void windowQueryParts() throws Exception {
        Path vaultDir = VaultGenerator.vaultWith(10_000);
        // the notes as the window holds them: the parse cache's copies, whose texts are read from it on each call
        Path cacheFile = Path.of("target", "bench-index", "window-query-notes.bin");
        new VaultLoader().load(vaultDir, cacheFile, Progress.NONE);
        LoadedVault vault = new VaultLoader().load(vaultDir, cacheFile, Progress.NONE);
        List<Note> notes = vault.notes();
        ConceptGraph graph = ConceptGraph.build(notes, vault.attachments());
        int shown = SearchViewModel.SNIPPETS_AT_ONCE;
        List<Kind> kinds = List.of(new Kind("200 hits, snippets, facets (before)", 200, true, 200),
                new Kind("200 hits, " + shown + " snippets, facets (window)", 200, true, shown),
                new Kind("200 hits, 10 snippets, facets", 200, true, 10),
                new Kind("200 hits, 30 snippets, facets", 200, true, 30),
                new Kind("200 hits, snippets", 200, false, 200),
                new Kind("200 hits, facets", 200, true, 0),
                new Kind("200 hits, ranking only", 200, false, 0),
                new Kind("30 hits, snippets, facets", 30, true, 30),
                new Kind("10 hits, snippets", 10, false, 10));
        Kind page = new Kind("a page of " + LazySnippets.PAGE + " more snippets (a scroll)", 0, false, 0);
        try (NoteIndex index = NoteIndex.open(Path.of("target", "bench-index", "window-query"))) {
            index.sync(IndexedNote.of(graph, notes), Progress.NONE, () -> false);
            NoteSearcher searcher = index.searcher();
            Map<NotePath, Note> byPath = new HashMap<>();
            notes.forEach(n -> byPath.put(n.path(), n));
            searcher.setNotes(byPath::get); // as the Workspace does
            List<String> queries = QueryMix.allEvaluationQueries();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Map<Kind, List<Long>> wall = new HashMap<>();
            Map<Kind, List<Long>> cpu = new HashMap<>();
            java.util.stream.Stream.concat(kinds.stream(), java.util.stream.Stream.of(page)).forEach(k -> {
                wall.put(k, new ArrayList<>());
                cpu.put(k, new ArrayList<>());
            });
            String before = SearchBenchmark.loadAverage();
            for (int round = 0; round <= ROUNDS; round++) {
                for (String q : queries) {
                    SearchResults window = null;
                    for (Kind k : kinds) {
                        long c = threads.getCurrentThreadCpuTime();
                        long t = System.nanoTime();
                        SearchResults r = searcher.search(q, k.limit(), k.facets(), k.snippets());
                        if (round > 0) { // the first round warms up
                            wall.get(k).add(System.nanoTime() - t);
                            cpu.get(k).add(threads.getCurrentThreadCpuTime() - c);
                        }
                        window = k.snippets() == shown ? r : window;
                    }
                    // the window's next rows scrolled into view: their snippets made afterwards
                    List<NotePath> next = window.hits().stream().skip(shown).limit(LazySnippets.PAGE)
                            .map(SearchHit::path).toList();
                    if (!next.isEmpty()) {
                        long c = threads.getCurrentThreadCpuTime();
                        long t = System.nanoTime();
                        searcher.snippets(window.shownQuery() == null ? q : window.shownQuery(), next);
                        if (round > 0) {
                            wall.get(page).add(System.nanoTime() - t);
                            cpu.get(page).add(threads.getCurrentThreadCpuTime() - c);
                        }
                    }
                }
            }
            System.out.printf("%n%d notes, %d judged questions x %d rounds, each kind in turn; load average %s before, "
                    + "%s after%n", notes.size(), queries.size(), ROUNDS, before, SearchBenchmark.loadAverage());
            for (Kind k : java.util.stream.Stream.concat(kinds.stream(), java.util.stream.Stream.of(page)).toList()) {
                System.out.printf("  %-44s wall p50 %6.2f p99 %6.2f ms; thread CPU p50 %6.2f p99 %6.2f mean %6.2f ms%n",
                        k.name(), FxBench.millisAt(wall.get(k), 0.5), FxBench.millisAt(wall.get(k), 0.99),
                        FxBench.millisAt(cpu.get(k), 0.5), FxBench.millisAt(cpu.get(k), 0.99),
                        cpu.get(k).stream().mapToLong(Long::longValue).average().orElse(0) / 1e6);
            }
        }
    }
}
