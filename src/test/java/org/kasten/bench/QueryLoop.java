package org.kasten.bench;

import java.util.List;
import java.util.Map;

import org.kasten.search.NoteSearcher;

/**
 * Query latency alone, outside Maven, for alternating A/B runs of two builds on this shared machine (old, new,
 * old, new in the same minutes) and for profiling: opens, or builds, an index of the benchmark's 10,000-note
 * vault in the folder {@code args[0]} (one folder per build: a schema change rebuilds it), with a parse cache
 * beside it, warms up as {@link SearchBenchmark} does, then measures the query mix ({@link QueryMix}) with and
 * without snippets {@code args[1]} times (default 1). With {@code -Dkind=NAME} it runs only that kind of query,
 * with snippets, for {@code -Dseconds=N} (default 20) and prints nothing but a count: a loop to attach a profiler
 * to. The vault is generated under target/ as for SearchBenchmark (needs ../shared).
 * Run from the project folder, e.g. with a copy of an older build's classes in /tmp/old:
 * {@code java -cp /tmp/old/classes:target/test-classes:DEPS org.kasten.bench.QueryLoop /tmp/index-old 1}, where DEPS
 * is the test class path ({@code ./mvnw -o dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class QueryLoop {

    private QueryLoop() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        try (BenchIndex bench = BenchIndex.open(args[0])) {
            NoteSearcher searcher = bench.searcher();
            Map<String, List<String>> mix = QueryMix.queries(QueryMix.evaluationQueries());
            QueryMix.warmUp(searcher, mix, 15);
            String only = System.getProperty("kind");
            if (only != null) {
                loop(searcher, mix.get(only), only);
                return;
            }
            for (int r = 0; r < repeats; r++) {
                QueryMix.measure(searcher, mix, false, true, "with snippets");
                QueryMix.measure(searcher, mix, false, false, "without snippets");
            }
        }
    }

    private static void loop(NoteSearcher searcher, List<String> queries, String kind) {
        long end = System.nanoTime() + Long.getLong("seconds", 20) * 1_000_000_000L;
        int n = 0;
        while (System.nanoTime() < end) {
            for (String q : queries) {
                searcher.search(q, 10, false, true);
                n++;
            }
        }
        System.out.println(n + " queries of kind " + kind);
    }
}
