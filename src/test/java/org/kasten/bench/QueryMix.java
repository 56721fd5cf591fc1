package org.kasten.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.kasten.search.NoteSearcher;

/**
 * The mixed query set of the search benchmark, by kind (one word, several words, phrases, operators, prefixes
 * while typing, misspellings), and its measurement: p50/p90/p99 of wall-clock and thread CPU time per kind.
 */
final class QueryMix {

    private static final int ROUNDS = 3000;
    private static final int WARMUP = 600;
    private static final int WARMUP_SECONDS = 20;

    private QueryMix() {
    }

    /** The judged evaluation queries (natural language, several words). */
    static List<String> evaluationQueries() throws IOException {
        return evaluationQueries("queries.tsv");
    }

    /** The queries of every judged set (tuning, held-out, paraphrased): 219 questions in people's words. */
    static List<String> allEvaluationQueries() throws IOException {
        List<String> queries = new ArrayList<>();
        for (String set : List.of("queries.tsv", "heldout.tsv", "heldout2.tsv", "paraphrase.tsv")) {
            queries.addAll(evaluationQueries(set));
        }
        return queries;
    }

    private static List<String> evaluationQueries(String set) throws IOException {
        List<String> queries = new ArrayList<>();
        try (InputStream in = QueryMix.class.getResourceAsStream("/eval/" + set)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    queries.add(line.split("\t")[1]);
                }
            }
        }
        return queries;
    }

    /** Queries by kind; {@code natural} are the judged natural-language queries of the evaluation. */
    static Map<String, List<String>> queries(List<String> natural) {
        Map<String, List<String>> mix = new LinkedHashMap<>();
        mix.put("one word", List.of("sync", "backlinks", "canvas", "template", "graph", "plugin", "publish", "embed",
                "vault", "link", "generalisation", "attachment", "theme", "hotkeys", "frontmatter", "note"));
        mix.put("several words", natural);
        mix.put("phrase", List.of("\"age of research\"", "\"internal link\"", "\"daily notes\"", "\"command palette\"",
                "\"graph view\"", "\"custom css\"", "\"link to a heading\"", "\"sync\" settings"));
        mix.put("operators", List.of("tag:concept", "path:Plugins canvas", "embed -pdf", "graph OR canvas",
                "[publish:true] sync", "file:index", "title:sync", "/back.*s/", "graph -canvas OR embed",
                "(sync OR publish) -mobile", "tag:#foam", "path:foam-docs template"));
        List<String> typing = new ArrayList<>();
        for (String typed : List.of("backlinks", "canvas", "daily notes template", "sync settings", "graph view filters")) {
            for (int i = 1; i <= typed.length(); i++) {
                if (typed.charAt(i - 1) != ' ') {
                    typing.add(typed.substring(0, i));
                }
            }
        }
        mix.put("prefix while typing", typing);
        mix.put("misspelt (fuzzy retry)", List.of("backlnks", "canvs", "tempalte", "obsidain sync", "grpah view"));
        return mix;
    }

    /**
     * Runs the mix {@code rounds} times in every configuration (facets and snippets on and off), and on for at least
     * {@link #WARMUP_SECONDS}, so the JIT has compiled every path before the first configuration is measured (else
     * the first one measured looks slowest; a count of rounds alone gave a faster build less time to compile:
     * after the regex search got 10x faster, snippets measured 1.5-2x slower in the first configuration only).
     */
    static void warmUp(NoteSearcher searcher, Map<String, List<String>> mix, int rounds) {
        List<String> all = new ArrayList<>();
        mix.values().forEach(all::addAll);
        long end = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
        for (int r = 0; r < rounds || System.nanoTime() < end; r++) {
            for (int i = 0; i < all.size(); i++) {
                searcher.search(all.get(i), 10, i % 3 == 0, i % 2 == 0);
            }
        }
    }

    /** Runs the mix (kinds interleaved at random, fixed seed) and prints percentiles per kind and overall. */
    static void measure(NoteSearcher searcher, Map<String, List<String>> mix, boolean facets, boolean snippets, String label) {
        List<String[]> all = new ArrayList<>();
        mix.forEach((kind, queries) -> queries.forEach(q -> all.add(new String[]{kind, q})));
        Collections.shuffle(all, new Random(42));
        for (int i = 0; i < WARMUP; i++) {
            searcher.search(all.get(i % all.size())[1], 10, facets, snippets);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<long[]>> byKind = new LinkedHashMap<>();
        mix.keySet().forEach(k -> byKind.put(k, new ArrayList<>()));
        List<long[]> overall = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            String[] q = all.get(i % all.size());
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            searcher.search(q[1], 10, facets, snippets);
            long[] t = {System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu};
            byKind.get(q[0]).add(t);
            overall.add(t);
        }
        System.out.printf("query latency %s, top 10, %d queries (%d distinct); load average %s%n",
                label, ROUNDS, all.size(), SearchBenchmark.loadAverage());
        System.out.printf("  %-24s %6s  %-26s  %-26s%n", "kind", "n", "wall p50 / p90 / p99 ms", "cpu p50 / p90 / p99 ms");
        byKind.forEach((kind, times) -> print(kind, times));
        print("all", overall);
    }

    private static void print(String kind, List<long[]> times) {
        long[] wall = times.stream().mapToLong(t -> t[0]).sorted().toArray();
        long[] cpu = times.stream().mapToLong(t -> t[1]).sorted().toArray();
        System.out.printf("  %-24s %6d  %-26s  %-26s%n", kind, wall.length, percentiles(wall), percentiles(cpu));
    }

    private static String percentiles(long[] sorted) {
        if (sorted.length == 0) {
            return "-";
        }
        return String.format("%6.2f %6.2f %6.2f", at(sorted, 50), at(sorted, 90), at(sorted, 99));
    }

    private static double at(long[] sorted, int percent) {
        int i = Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}
