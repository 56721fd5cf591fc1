package org.kasten.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.kasten.note.NotePath;

/**
 * The ranking of one translated query ({@link QueryTranslator.Translation}): the notes matching the query
 * first, then (when few) those of the relaxed query below them; the top ones rescored with the phrase bonuses;
 * notes the query names and hubs (many backlinks) raised a little.
 */
final class HitRanking {

    /**
     * How many top hits get the phrase bonuses and are re-ranked by backlink count: enough to rank as a larger
     * window does on the evaluation sets, while rescoring fewer hits (docs/search-quality.md).
     */
    private static final int RERANK = 30;
    /** Weight of a note's backlinks (concept hubs): score × (1 + w·ln(1 + backlinks)). */
    private static final float BACKLINK_WEIGHT = 0.08f;
    /** Matches are counted exactly up to this many; beyond, the total is a lower bound and scoring can skip. */
    private static final int COUNT_UP_TO = 1000;
    /** No backlink counts given: the counts the index holds are used. */
    static final ToIntFunction<NotePath> NO_BACKLINKS = path -> 0;

    private HitRanking() {
    }

    /**
     * Top hits after re-ranking, the number of matches, the query that defines the matching set, and how many
     * notes match the query itself (without the relaxed fill-up).
     */
    record Ranked(TopDocs top, long total, Query matching, long strict) { }

    /**
     * The top {@code limit} hits of {@code t}; {@code backlinks} gives each note's backlink count, or is
     * {@link #NO_BACKLINKS} to read the counts stored in the index.
     */
    static Ranked rank(IndexSearcher searcher, QueryTranslator.Translation t, int limit, ToIntFunction<NotePath> backlinks)
            throws IOException {
        int n = Math.max(limit, RERANK);
        TopDocs strict = searcher.search(t.query(), new TopScoreDocCollectorManager(n, null, COUNT_UP_TO));
        long total = strict.totalHits.value;
        List<ScoreDoc> docs = new ArrayList<>(Arrays.asList(strict.scoreDocs));
        Query matching = t.query();
        if (t.relaxed() != null && total < limit) {
            TopDocs loose = searcher.search(t.relaxed(), new TopScoreDocCollectorManager(n, null, COUNT_UP_TO));
            Set<Integer> seen = new HashSet<>();
            docs.forEach(d -> seen.add(d.doc));
            float floor = docs.isEmpty() ? Float.MAX_VALUE : docs.get(docs.size() - 1).score;
            float top = loose.scoreDocs.length == 0 ? 1 : loose.scoreDocs[0].score;
            float scale = Math.min(1f, floor / top) * 0.9f;
            for (ScoreDoc d : loose.scoreDocs) {
                if (seen.add(d.doc) && docs.size() < n) {
                    docs.add(new ScoreDoc(d.doc, d.score * scale));
                }
            }
            total = strict.totalHits.value + Math.max(0, loose.totalHits.value - strict.totalHits.value);
            matching = t.relaxed();
        }
        if (t.bonus() != null && !docs.isEmpty()) {
            TopDocs first = new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), docs.toArray(ScoreDoc[]::new));
            docs = new ArrayList<>(Arrays.asList(QueryRescorer.rescore(searcher, first, t.bonus(), 1.0, n).scoreDocs));
        }
        ScoreDoc[] reranked = rerank(searcher, docs, t.names(), backlinks);
        ScoreDoc[] top = Arrays.copyOf(reranked, Math.min(limit, reranked.length));
        return new Ranked(new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), top), total, matching,
                strict.totalHits.value);
    }

    /** Re-ranks the top hits: notes the query names ({@link NameMatch}) and hubs (many backlinks) rise. */
    private static ScoreDoc[] rerank(IndexSearcher searcher, List<ScoreDoc> docs, NameMatch names,
            ToIntFunction<NotePath> counts) throws IOException {
        ScoreDoc[] out = new ScoreDoc[docs.size()];
        int[] ids = docs.stream().mapToInt(d -> d.doc).toArray();
        IndexReader reader = searcher.getIndexReader();
        String[] paths = counts == NO_BACKLINKS ? null : DocValueStrings.read(reader, NoteFields.PATH, ids);
        long[] stored = counts == NO_BACKLINKS ? DocValueStrings.readLongs(reader, NoteFields.BACKLINKS, ids) : null;
        String[] nameTerms = names.isEmpty() ? null : DocValueStrings.read(reader, NoteFields.NAME_TERMS, ids);
        for (int i = 0; i < out.length; i++) {
            ScoreDoc d = docs.get(i);
            long links = paths == null ? stored[i] : counts.applyAsInt(NotePath.of(paths[i]));
            double named = nameTerms == null ? 1 : names.factor(nameTerms[i]);
            out[i] = new ScoreDoc(d.doc, (float) (d.score * named * (1 + BACKLINK_WEIGHT * Math.log1p(links))));
        }
        Arrays.sort(out, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return out;
    }
}
