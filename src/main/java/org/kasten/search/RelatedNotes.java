package org.kasten.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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
 * (rarer shared targets count more, as BM25 weighs them), a bonus for a link in each direction, and, once the
 * vault's vectors are built, similar passages (semantic neighbours, {@link PassageIndex#neighbours}). The
 * lexical signals are scaled to 0..1 by their best value, similar passages count by their cosine; each signal
 * is weighted. Each note says why it is related: its link, its most similar passage, or its strongest signal.
 */
final class RelatedNotes {

    static final float TEXT = 0.6f;
    static final float SHARED_LINKS = 0.4f;
    static final float DIRECT_LINK = 0.25f;
    /** Weight of a semantic neighbour's passage similarity (cosine): a neighbour as close as 0.8 adds 0.48. */
    static final float SIMILAR_PASSAGE = 0.6f;
    /** Neighbours whose best passage pair is less similar than this (cosine) are left out. */
    static final float MIN_PASSAGE_SIMILARITY = 0.3f;
    /** Characters of a passage's text shown as its reason when it has no heading. */
    private static final int REASON_TEXT = 40;
    private static final int CANDIDATES = 60;

    private RelatedNotes() {
    }

    /**
     * The {@code limit} notes most related to {@code note}; {@code linked} are its link neighbours (graph),
     * {@code similar} its semantic neighbours (empty without vectors).
     */
    static List<RelatedNote> find(IndexSearcher searcher, Note note, int limit, Collection<NotePath> linked,
                                  List<PassageIndex.PassageHit> similar) throws IOException {
        String self = note.path().value();
        Map<String, Float> scores = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, Float> wording = new HashMap<>();
        Map<String, Float> sharedLinks = new HashMap<>();
        Map<String, String> passages = new HashMap<>();

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
        scores.forEach(wording::put);

        BooleanQuery.Builder shared = new BooleanQuery.Builder();
        int targets = 0;
        for (Link link : note.links()) {
            if (!link.isSelf() && targets < BooleanQuery.getMaxClauseCount() / 2) {
                shared.add(new TermQuery(new Term(NoteFields.LINK, NoteAnalyzers.fold(link.target()))), Occur.SHOULD);
                targets++;
            }
        }
        if (targets > 0) {
            Map<String, Float> before = new HashMap<>(scores);
            addScaled(searcher, shared.build(), self, SHARED_LINKS, scores, titles);
            scores.forEach((path, score) -> {
                float added = score - before.getOrDefault(path, 0f);
                if (added > 0) {
                    sharedLinks.put(path, added);
                }
            });
        }
        for (PassageIndex.PassageHit hit : similar) {
            String path = hit.path().value();
            if (!path.equals(self) && hit.similarity() >= MIN_PASSAGE_SIMILARITY) {
                scores.merge(path, SIMILAR_PASSAGE * hit.similarity(), Float::sum);
                titles.putIfAbsent(path, hit.title());
                passages.put(path, passageReason(hit));
            }
        }
        Set<String> direct = new HashSet<>();
        for (NotePath path : linked) {
            if (!path.value().equals(self)) {
                scores.merge(path.value(), DIRECT_LINK, Float::sum);
                direct.add(path.value());
            }
        }
        List<RelatedNote> related = new ArrayList<>();
        for (Map.Entry<String, Float> e : scores.entrySet()) {
            String title = titles.get(e.getKey());
            if (title == null) {
                title = titleOf(searcher, e.getKey());
            }
            if (title != null) {
                String path = e.getKey();
                related.add(new RelatedNote(NotePath.of(path), title, e.getValue(),
                        reason(direct.contains(path), passages.get(path), wording.getOrDefault(path, 0f),
                                sharedLinks.getOrDefault(path, 0f))));
            }
        }
        related.sort(Comparator.comparing(RelatedNote::score).reversed().thenComparing(RelatedNote::path));
        return related.subList(0, Math.min(limit, related.size()));
    }

    /**
     * Why a note is related: "linked" and its similar passage when it has them, else its stronger lexical
     * signal ("similar wording" or "links to the same notes").
     */
    static String reason(boolean linked, String passage, float wording, float sharedLinks) {
        List<String> why = new ArrayList<>();
        if (linked) {
            why.add("linked");
        }
        if (passage != null) {
            why.add(passage);
        }
        if (why.isEmpty()) {
            why.add(wording >= sharedLinks ? "similar wording" : "links to the same notes");
        }
        return String.join(" \u00b7 ", why);
    }

    /** "similar passage: Heading", or the passage's opening words when it has no heading. */
    static String passageReason(PassageIndex.PassageHit hit) {
        String heading = hit.heading() == null ? "" : hit.heading().strip();
        if (!heading.isEmpty()) {
            return "similar passage: " + heading;
        }
        String text = hit.text() == null ? "" : hit.text().strip().replaceAll("\\s+", " ");
        if (text.length() > REASON_TEXT) {
            int cut = text.lastIndexOf(' ', REASON_TEXT);
            text = text.substring(0, cut > REASON_TEXT / 2 ? cut : REASON_TEXT) + "\u2026";
        }
        return text.isEmpty() ? "similar passage" : "similar passage: \u201c" + text + "\u201d";
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
