package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.kasten.note.Daemons;
import org.kasten.note.Futures;
import org.kasten.note.SearchHit;
import org.kasten.note.SearchResults;

/**
 * Lexical and semantic search fused: the lexical ranking ({@link NoteSearcher}, with its name-match and
 * backlink signals) and the notes nearest in meaning ({@link PassageIndex}) are blended by their scaled scores. Operators stay exact: a query with any ({@code "phrase"}, {@code -x}, {@code tag:},
 * {@code path:}, {@code [key:value]}, {@code /regex/}, OR) lets meaning only reorder and fill from the notes the
 * lexical query matches; a query of operators alone stays lexical. A note found by meaning alone gets its
 * best passage, with its heading, as snippet. How the two rankings are weighed is {@link HybridBlend}'s.
 */
public final class HybridSearch {

    /** How a query is answered. */
    public enum Mode {
        HYBRID, LEXICAL, SEMANTIC;

        /** The mode named {@code name} (any case), or an IllegalArgumentException listing the names. */
        public static Mode parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown mode '" + name + "' (hybrid, lexical or semantic)");
            }
        }

        /** The name as said in JSON and on the command line. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The lexical search fused: {@link NoteSearcher#search(String, int, boolean)} or what wraps it. */
    @FunctionalInterface
    public interface Lexical {
        SearchResults search(String query, int limit, boolean facets);
    }

    /** The results and the mode that answered (lexical when vectors or model were missing, or the query asks it). */
    public record Answer(SearchResults results, Mode mode) { }

    /** Lexical candidates fused at least: the top of the lexical ranking (all of a longer list asked for). */
    static final int LEXICAL_DEPTH = 30;
    /**
     * Semantic candidates fused in hybrid mode, whatever the number of hits asked: a long list (the window asks
     * for 200) is filled by word matches rather than by meaning's long tail, and a vector query for 200 notes
     * costs several times one for 30 (docs/performance.md). Semantic mode gives as many as asked.
     */
    static final int SEMANTIC_DEPTH = 30;
    /**
     * Notes a query with operators may be answered from (at least): the first of its lexical matches. A list that
     * long was already searched when as many hits were asked (the window asks 200), and is not searched again.
     */
    static final int OPERATOR_MATCHES = 200;
    /**
     * Whether a word match of the first {@link #LEXICAL_DEPTH} that is not among the notes nearest in meaning gets
     * its own best passage's similarity in the blend (else none): without it, the best word match is outranked by
     * any weaker one that also made the nearest 30 (docs/search-quality.md). Later word matches of a long list are
     * not measured: for the window's 200 that would cost several times as much (figures in docs/performance.md).
     */
    static volatile boolean fillSimilarity = true;
    /**
     * Whether the query's embedding (and its vector search, for a query without operators) runs on a thread of
     * its own while the lexical search runs on the caller's: on two cores the answer then takes about the longer
     * of the two rather than their sum (docs/performance.md); off, one after the other on the caller's thread.
     */
    static volatile boolean meaningAlongside = true;
    /** The thread that embeds queries beside their lexical search: one, so queries never hold both cores' models. */
    private static final ExecutorService ALONGSIDE = Executors.newSingleThreadExecutor(
            Daemons.named("kasten-query-meaning"));
    private HybridSearch() {
    }

    /**
     * Answers {@code query} in {@code asked} mode; {@code vectors} may be null (none built, model missing): then
     * lexically. Facets, totals and the spelling retry are the lexical search's.
     */
    public static Answer search(Lexical lexical, PassageIndex vectors, String query, int limit, boolean facets,
                                Mode asked) {
        Shape shape = Shape.of(query);
        if (asked == Mode.LEXICAL || vectors == null || shape.words().isBlank()) {
            return new Answer(lexical.search(query, limit, facets), Mode.LEXICAL);
        }
        long start = System.nanoTime();
        int depth = asked == Mode.SEMANTIC ? Math.max(limit, SEMANTIC_DEPTH) : SEMANTIC_DEPTH;
        // the query's vector (and, with no operator to wait for, its nearest notes) on a second core meanwhile
        Supplier<Meaning> alongside = () -> {
            float[] vector = vectors.queryVector(shape.words());
            return new Meaning(vector, shape.operators() ? null : nearest(vectors, vector, depth, null));
        };
        CompletableFuture<Meaning> meaning = meaningAlongside ? CompletableFuture.supplyAsync(alongside, ALONGSIDE)
                : CompletableFuture.completedFuture(alongside.get());
        int asking = Math.max(limit, LEXICAL_DEPTH);
        SearchResults words = lexical.search(query, asking, facets);
        Set<String> within = null;
        if (shape.operators()) {
            // the notes the query matches: the list just searched when it asked as many (the window's 200)
            int matching = Math.max(limit, OPERATOR_MATCHES);
            List<SearchHit> matched = asking == matching ? words.hits() : lexical.search(query, matching, false).hits();
            within = new LinkedHashSet<>();
            for (SearchHit hit : matched) {
                within.add(hit.path().value());
            }
        }
        Meaning meant = Futures.join(meaning); // uninterrupted like the search itself
        float[] vector = meant.vector();
        List<PassageIndex.PassageHit> near = meant.near() != null ? meant.near() : nearest(vectors, vector, depth, within);
        Map<String, Float> measured = Map.of();
        if (asked == Mode.HYBRID && fillSimilarity) {
            Set<String> unmeasured = new LinkedHashSet<>(); // the first page only (see fillSimilarity)
            words.hits().subList(0, Math.min(LEXICAL_DEPTH, words.hits().size()))
                    .forEach(h -> unmeasured.add(h.path().value()));
            near.forEach(h -> unmeasured.remove(h.path().value()));
            try {
                measured = vectors.similarities(vector, unmeasured);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        double weight = HybridBlend.weightFor(words.hits(), near, measured, HybridBlend.lexicalWeight);
        near = near.stream().filter(h -> h.similarity() >= HybridBlend.minSimilarity).toList();
        List<SearchHit> fused = asked == Mode.SEMANTIC ? semanticOnly(near, limit)
                : HybridBlend.fuse(words.hits(), near, measured, limit, weight);
        long total = Math.max(words.total(), fused.size());
        long micros = (System.nanoTime() - start) / 1_000;
        return new Answer(new SearchResults(query, words.shownQuery(), total, fused, words.facets(), micros), asked);
    }

    /** The query's vector and, when no operator restricts them, the notes nearest to it (else null). */
    private record Meaning(float[] vector, List<PassageIndex.PassageHit> near) { }

    private static List<PassageIndex.PassageHit> nearest(PassageIndex vectors, float[] vector, int notes,
                                                         Set<String> within) {
        try {
            return vectors.nearest(vector, notes, within);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<SearchHit> semanticOnly(List<PassageIndex.PassageHit> near, int limit) {
        List<SearchHit> out = new ArrayList<>();
        for (PassageIndex.PassageHit h : near.subList(0, Math.min(limit, near.size()))) {
            out.add(new SearchHit(h.path(), h.title(), h.similarity(), HybridBlend.snippet(h)));
        }
        return out;
    }

    /** A query's free words (what is embedded) and whether it has any operator. */
    record Shape(String words, boolean operators) {

        static Shape of(String query) {
            QueryNode node;
            try {
                node = KastenQueryParser.parse(query);
            } catch (RuntimeException e) {
                return new Shape("", true); // the lexical search says what is wrong with it
            }
            StringBuilder words = new StringBuilder();
            boolean[] operators = {false};
            walk(node, words, operators);
            return new Shape(words.toString().strip(), operators[0]);
        }

        private static void walk(QueryNode node, StringBuilder words, boolean[] operators) {
            if (node == null) {
                return;
            }
            if (node instanceof QueryNode.Word w) {
                words.append(w.text()).append(' ');
            } else if (node instanceof QueryNode.And and) {
                and.clauses().forEach(c -> walk(c, words, operators));
            } else if (node instanceof QueryNode.Or or) {
                operators[0] = true;
                or.clauses().forEach(c -> walk(c, words, operators));
            } else if (node instanceof QueryNode.Phrase p) {
                operators[0] = true;
                words.append(p.text()).append(' ');
            } else {
                operators[0] = true;
            }
        }
    }
}
