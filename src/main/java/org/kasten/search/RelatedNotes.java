package org.kasten.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.kasten.note.Link;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.RelatedNote;

/**
 * Notes related to a note: similar wording (MoreLikeThis over title and text), link targets in common
 * (rarer shared targets count more, as BM25 weighs them), and a bonus for a link in each direction.
 * Each signal is scaled to 0..1 by its best value, then weighted.
 */
final class RelatedNotes {

    static final float TEXT = 0.6f;
    static final float SHARED_LINKS = 0.4f;
    static final float DIRECT_LINK = 0.25f;
    private static final int CANDIDATES = 60;

    private RelatedNotes() {
    }

    /** The {@code limit} notes most related to {@code note}; {@code linked} are its link neighbours (graph). */
    static List<RelatedNote> find(IndexSearcher searcher, Note note, int limit, Collection<NotePath> linked) throws IOException {
        String self = note.path().value();
        Map<String, Float> scores = new HashMap<>();
        Map<String, String> titles = new HashMap<>();

        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(NoteAnalyzers.stemmed());
        mlt.setFieldNames(new String[]{NoteFields.BODY});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxDocFreqPct(30);
        mlt.setMaxQueryTerms(30);
        mlt.setBoost(true);
        String text = note.title() + "\n" + (note.plainText() == null ? "" : note.plainText());
        Query like = mlt.like(NoteFields.BODY, new StringReader(text));
        addScaled(searcher, like, self, TEXT, scores, titles);

        BooleanQuery.Builder shared = new BooleanQuery.Builder();
        int targets = 0;
        for (Link link : note.links()) {
            if (!link.isSelf() && targets < BooleanQuery.getMaxClauseCount() / 2) {
                shared.add(new TermQuery(new Term(NoteFields.LINK, NoteAnalyzers.fold(link.target()))), Occur.SHOULD);
                targets++;
            }
        }
        if (targets > 0) {
            addScaled(searcher, shared.build(), self, SHARED_LINKS, scores, titles);
        }
        for (NotePath path : linked) {
            if (!path.value().equals(self)) {
                scores.merge(path.value(), DIRECT_LINK, Float::sum);
            }
        }
        List<RelatedNote> related = new ArrayList<>();
        for (Map.Entry<String, Float> e : scores.entrySet()) {
            String title = titles.get(e.getKey());
            if (title == null) {
                title = titleOf(searcher, e.getKey());
            }
            if (title != null) {
                related.add(new RelatedNote(NotePath.of(e.getKey()), title, e.getValue()));
            }
        }
        related.sort(Comparator.comparing(RelatedNote::score).reversed().thenComparing(RelatedNote::path));
        return related.subList(0, Math.min(limit, related.size()));
    }

    private static void addScaled(IndexSearcher searcher, Query query, String self, float weight,
                                  Map<String, Float> scores, Map<String, String> titles) throws IOException {
        TopDocs top = searcher.search(query, CANDIDATES);
        // paths and titles from doc values: stored fields would decompress a block of notes per candidate
        int[] docs = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
        String[] paths = DocValueStrings.read(searcher.getIndexReader(), NoteFields.PATH, docs);
        float best = 0;
        for (int i = 0; i < docs.length; i++) {
            if (!paths[i].equals(self)) {
                best = Math.max(best, top.scoreDocs[i].score);
            }
        }
        if (best <= 0) {
            return;
        }
        String[] docTitles = DocValueStrings.read(searcher.getIndexReader(), NoteFields.TITLE, docs);
        for (int i = 0; i < docs.length; i++) {
            if (!paths[i].equals(self)) {
                scores.merge(paths[i], weight * top.scoreDocs[i].score / best, Float::sum);
                titles.put(paths[i], docTitles[i]);
            }
        }
    }

    private static String titleOf(IndexSearcher searcher, String path) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(NoteFields.PATH, path)), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        return DocValueStrings.read(searcher.getIndexReader(), NoteFields.TITLE, new int[]{top.scoreDocs[0].doc})[0];
    }
}
