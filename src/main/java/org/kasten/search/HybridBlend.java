package org.kasten.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kasten.note.NotePath;
import org.kasten.note.SearchHit;

/**
 * How {@link HybridSearch} weighs its two rankings: each scaled to 0..1, blended by score with a lexical share
 * that shrinks for a query whose best word match means something else, and a passage shown as a snippet. Its
 * settings are fields the evaluation benchmarks vary (figures behind each in docs/search-quality.md).
 */
final class HybridBlend {

    /**
     * Share of the lexical score in the blend, the semantic one's being the rest. The tuning set (queries.tsv
     * alone) could not tell 0.4, 0.5 and 0.6 apart, so the even blend is kept (figures in docs/search-quality.md).
     */
    static volatile double lexicalWeight = 0.5;
    /**
     * Share of {@link #lexicalWeight} the words keep in one query's blend when its best word match is as far in
     * meaning as the least admitted similarity; as near as the nearest note, they keep all of it, and linearly in
     * between ({@link #weightFor}). Chosen on the tuning set alone (docs/search-quality.md); 1 blends every query
     * alike, as before.
     */
    static volatile double lexicalFloor = 0.5;
    /** Notes whose best passage is this little similar (cosine) are not semantic candidates. */
    static volatile double minSimilarity = 0.2;
    /** Snippet length of a passage, in characters. */
    private static final int SNIPPET = 220;

    private HybridBlend() {
    }

    /**
     * The two rankings blended by score, every lexical hit given ({@link HybridSearch#LEXICAL_DEPTH} or as many as asked) with
     * the semantic candidates: {@code lexical} times the lexical score plus the rest times the note's best
     * passage similarity, each scaled to 0..1: the lexical score as a share of the best one (so the last word
     * match still counts for its words), the similarity between the least admitted and the best. A word match
     * that is not among the nearest counts with its similarity {@code measured} (at most the best's), if given. Unlike fusing ranks, a far better word match or a far nearer passage keeps its lead;
     * a lexical hit keeps its highlighted snippet.
     */
    static List<SearchHit> fuse(List<SearchHit> words, List<PassageIndex.PassageHit> near, Map<String, Float> measured,
                                int limit, double lexical) {
        Map<NotePath, Double> score = new HashMap<>();
        Map<NotePath, SearchHit> shown = new HashMap<>();
        int n = words.size();
        if (n > 0) {
            double hi = words.get(0).score();
            for (int i = 0; i < n; i++) {
                SearchHit hit = words.get(i);
                double x = hi > 0 ? hit.score() / hi : 1;
                score.merge(hit.path(), lexical * x, Double::sum);
                shown.put(hit.path(), hit);
            }
        }
        Map<NotePath, Double> best = new HashMap<>();
        for (PassageIndex.PassageHit h : near) {
            best.merge(h.path(), (double) h.similarity(), Math::max);
            shown.putIfAbsent(h.path(), new SearchHit(h.path(), h.title(), 0, snippet(h)));
        }
        if (!best.isEmpty()) {
            double hi = best.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
            double lo = minSimilarity;
            for (NotePath p : score.keySet()) { // word matches beyond the nearest: their own passages' similarity
                Float similarity = best.containsKey(p) ? null : measured.get(p.value());
                if (similarity != null && similarity > lo) {
                    best.put(p, Math.min(hi, similarity));
                }
            }
            for (Map.Entry<NotePath, Double> e : best.entrySet()) {
                double x = hi > lo ? (e.getValue() - lo) / (hi - lo) : 1;
                score.merge(e.getKey(), (1 - lexical) * x, Double::sum);
            }
        }
        List<NotePath> order = new ArrayList<>(score.keySet());
        order.sort((a, b) -> {
            int c = Double.compare(score.get(b), score.get(a));
            return c != 0 ? c : a.value().compareTo(b.value());
        });
        List<SearchHit> out = new ArrayList<>();
        for (NotePath p : order.subList(0, Math.min(limit, order.size()))) {
            SearchHit h = shown.get(p);
            out.add(new SearchHit(p, h.title(), (float) (score.get(p) * 1000), h.snippet()));
        }
        return out;
    }

    /**
     * The lexical share of one query's blend: {@code lexical} when the best word match means the query as much as
     * the nearest note does, down to {@link #lexicalFloor} of it when its best passage is no nearer than
     * {@link #minSimilarity}. A query said in other words than its note uses still matches some words, often of a
     * note about something else; how far that note is in meaning tells the blend to trust the words less. Where the
     * best word match's similarity is unknown (not among {@code near} nor {@code measured}), or nothing is near,
     * {@code lexical} as given.
     */
    static double weightFor(List<SearchHit> words, List<PassageIndex.PassageHit> near, Map<String, Float> measured,
                            double lexical) {
        if (words.isEmpty() || near.isEmpty()) {
            return lexical;
        }
        String top = words.get(0).path().value();
        double nearest = Double.NEGATIVE_INFINITY;
        Double own = null;
        for (PassageIndex.PassageHit h : near) {
            nearest = Math.max(nearest, h.similarity());
            if (h.path().value().equals(top)) {
                own = own == null ? h.similarity() : Math.max(own, h.similarity());
            }
        }
        if (own == null && measured.containsKey(top)) {
            own = (double) measured.get(top);
        }
        double lo = minSimilarity;
        if (own == null || nearest <= lo) {
            return lexical;
        }
        double x = Math.max(0, Math.min(1, (own - lo) / (nearest - lo)));
        return lexical * (lexicalFloor + (1 - lexicalFloor) * x);
    }

    /** A passage as an HTML snippet: "Heading: text…", escaped, cut at a word. */
    static String snippet(PassageIndex.PassageHit h) {
        String text = h.text();
        if (text.length() > SNIPPET) {
            int cut = text.lastIndexOf(' ', SNIPPET);
            text = text.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET) + "…";
        }
        StringBuilder out = new StringBuilder();
        if (h.heading() != null && !h.heading().isBlank()) {
            SnippetFormatter.escape(out, h.heading(), 0, h.heading().length());
            out.append(": ");
        }
        SnippetFormatter.escape(out, text, 0, text.length());
        return out.toString();
    }
}
