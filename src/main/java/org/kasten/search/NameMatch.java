package org.kasten.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;

/**
 * How well a query names a note: the best of the note's names (title, aliases, file name) by the share of the
 * name's words the query has, times the share of the query's weight (BM25 idf of each word) those words carry.
 * "math formulas with katex" names "Math Support with KaTeX" better than "Math Support with MathJax"; a name of
 * common words ("Link notes") earns little from a query whose rare words it lacks. Used to re-rank the top hits
 * only: the names' words are read from doc values ({@link NoteFields#NAME_TERMS}), not searched.
 */
final class NameMatch {

    /** How much a note whose name the query fully names gains: score × (1 + WEIGHT × match). */
    static final float WEIGHT = 1f;

    /** Each stemmed query word's idf (BM25, in the notes' text). */
    private final Map<String, Double> idf;
    private final double total;

    NameMatch(Map<String, Double> idf) {
        this.idf = idf;
        this.total = idf.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The match of the query's stemmed {@code terms}, with each one's rarity in the notes' text from {@code lookup}. */
    static NameMatch of(TermLookup lookup, List<String> terms) throws IOException {
        Map<String, Double> idf = new HashMap<>();
        if (lookup != null && !terms.isEmpty()) {
            int notes = lookup.reader().numDocs();
            for (String term : terms) {
                int df = lookup.states(new Term(NoteFields.BODY, term)).docFreq();
                idf.put(term, WordQuery.idf(Math.min(df, notes), notes));
            }
        }
        return new NameMatch(idf);
    }

    /** False when no name can match (no query words): the names need not be read. */
    boolean isEmpty() {
        return total == 0;
    }

    /** The score factor, 1 or more, of a note whose names' words are {@code names} (a name a line, words spaced). */
    double factor(String names) {
        return 1 + WEIGHT * match(names);
    }

    /** From 0 (no name shares a word with the query) to 1 (the query holds every word of a name, and only those). */
    double match(String names) {
        if (total == 0) {
            return 0;
        }
        double best = 0;
        for (String name : names.split("\n")) {
            if (name.isEmpty()) {
                continue;
            }
            String[] words = name.split(" ");
            int found = 0;
            double weight = 0;
            for (String word : words) {
                Double w = idf.get(word);
                if (w != null) {
                    found++;
                    weight += w;
                }
            }
            best = Math.max(best, (double) found / words.length * weight / total);
        }
        return best;
    }
}
