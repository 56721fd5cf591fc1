package org.kasten.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kasten.note.SearchResults;
import org.kasten.search.NoteSearcher;

/**
 * {@code /regex/} query latency alone, per pattern, outside Maven (for alternating A/B runs of two builds, as
 * {@link QueryLoop}): opens or builds the 10,000-note benchmark index in the folder {@code args[0]}, warms up,
 * then prints p50/p90/p99 of wall-clock and thread CPU time for each pattern of {@link #PATTERNS}, top 10 with
 * snippets (as the app asks), then with snippets and facets, and the total each reports; first for patterns
 * searched again (as the search benchmark repeats its queries), then for the first search of a pattern.
 * {@code args[1]} rounds per pattern (default 200). With {@code -Dpattern=QUERY} it only runs that query for
 * {@code -Dseconds=N} (default 20; facets with {@code -Dfacets=true}, a new pattern each time with {@code -Dfresh=true}): a loop to attach a profiler to.
 */
public final class RegexLoop {

    /** Text patterns: common literal with a wide gap, phrase-like, no certain literal (every note), rare. */
    static final List<String> PATTERNS = List.of("/back.*s/", "/age of \\w+/", "/\\d+ years|of course/",
            "/dark\\smode/", "/sync settings?/", "/plugin.*api/", "/colou?r/", "/back.*s/ graph");

    private static int fresh;

    private RegexLoop() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (BenchIndex bench = BenchIndex.open(args[0])) {
            NoteSearcher searcher = bench.searcher();
            String only = System.getProperty("pattern");
            long warm = System.nanoTime() + 20_000_000_000L; // at least 20 s, so the JIT has compiled every path
            for (int i = 0; i < 30 || System.nanoTime() < warm; i++) {
                for (String p : only == null ? PATTERNS : List.of(only)) {
                    searcher.search(p, 10, i % 2 == 0, true);
                    if (i % 3 == 0 && only == null) {
                        searcher.search(fresh(p), 10, i % 2 == 0, true); // the first-search path compiled too
                    }
                }
            }
            if (only != null) {
                long end = System.nanoTime() + Long.getLong("seconds", 20) * 1_000_000_000L;
                int n = 0;
                for (; System.nanoTime() < end; n++) {
                    searcher.search(Boolean.getBoolean("fresh") ? fresh(only) : only, 10, Boolean.getBoolean("facets"), true);
                }
                System.out.println(n + " searches of " + only);
                return;
            }
            measure(searcher, rounds, false, false);
            measure(searcher, rounds, true, false);
            measure(searcher, Math.max(1, rounds / 5), false, true);
            measure(searcher, Math.max(1, rounds / 5), true, true);
        }
    }

    /**
     * {@code first}: each search's pattern is new (a group {@code (N){0}}, matching nothing, appended), so nothing kept from
     * earlier searches of it helps: what the first search of a pattern costs.
     */
    static void measure(NoteSearcher searcher, int rounds, boolean facets, boolean first) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<long[]>> times = new HashMap<>();
        Map<String, Long> totals = new HashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (String p : PATTERNS) {
                String query = first ? fresh(p) : p;
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                SearchResults results = searcher.search(query, 10, facets, true);
                long[] t = {System.nanoTime() - wall0, threads.getCurrentThreadCpuTime() - cpu0};
                times.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
                totals.put(p, results.total());
            }
        }
        System.out.printf("regex latency, %s, top 10, snippets%s, %d rounds; load average %s%n",
                first ? "first search of each pattern" : "pattern searched again", facets ? " and facets" : "", rounds, SearchBenchmark.loadAverage());
        System.out.printf("  %-24s %6s  %-26s  %-26s%n", "pattern", "total", "wall p50 / p90 / p99 ms", "cpu p50 / p90 / p99 ms");
        for (String p : PATTERNS) {
            long[] wall = times.get(p).stream().mapToLong(t -> t[0]).sorted().toArray();
            long[] cpu = times.get(p).stream().mapToLong(t -> t[1]).sorted().toArray();
            System.out.printf("  %-24s %6d  %-26s  %-26s%n", p, totals.get(p), percentiles(wall), percentiles(cpu));
        }
    }

    /** {@code query} with its pattern made new by a group that matches nothing, {@code (N){0}}. */
    private static String fresh(String query) {
        int slash = query.lastIndexOf('/');
        return query.substring(0, slash) + "(" + (++fresh) + "){0}" + query.substring(slash);
    }

    private static String percentiles(long[] sorted) {
        return String.format("%6.2f %6.2f %6.2f", at(sorted, 50), at(sorted, 90), at(sorted, 99));
    }

    private static double at(long[] sorted, int percent) {
        int i = Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}
