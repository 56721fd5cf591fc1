package org.kasten.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * Highlighted snippets of the body text for a page of hits, with Lucene's UnifiedHighlighter (offsets come
 * from the postings). HTML-escaped, matches in {@code <mark>}; a note that matched only by title or tag shows
 * its first sentence. The text comes from the notes in memory when they are the version indexed (same
 * hash), else from the stored field (decompressing it cost a fifth of a query).
 */
final class Snippets {

    private static final int PASSAGES = 2;
    private static final int MAX_LENGTH = 200_000;

    private Snippets() {
    }

    /**
     * One snippet per hit of {@code docs}, in order ("" when the note has no text). {@code notes} gives the
     * loaded note of a path (or null); {@code paths} are the hits' paths.
     */
    static String[] highlight(IndexSearcher searcher, Query highlightQuery, TopDocs docs, String[] paths,
                              Function<NotePath, Note> notes) throws IOException {
        if (docs.scoreDocs.length == 0) {
            return new String[0];
        }
        Map<Integer, String> texts = inMemoryTexts(searcher, docs, paths, notes);
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, NoteAnalyzers.stemmed())
                .withFormatter(new SnippetFormatter(RegexMarks.of(highlightQuery)))
                .withScorer(new SnippetScorer())
                // passages are lines (paragraphs, list items); the formatter cuts long ones around the match.
                // Cheaper than a sentence BreakIterator, which cost most of a query's time.
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                .withMaxLength(MAX_LENGTH)
                .withMaxNoHighlightPassages(1)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true);
        String[] snippets = new TextHighlighter(builder, searcher, texts).highlight(NoteFields.BODY, highlightQuery, docs, PASSAGES);
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null) {
                snippets[i] = "";
            }
        }
        return snippets;
    }

    /**
     * The snippets {@link #highlight} gives these notes, in the order asked ("" for a note not indexed): the
     * snippets of a list's later hits, made when they come into view.
     */
    static List<String> ofNotes(IndexSearcher searcher, Query highlightQuery, List<NotePath> paths,
                                Function<NotePath, Note> notes) throws IOException {
        if (paths.isEmpty()) {
            return List.of();
        }
        int[] docs = docsOf(searcher, paths);
        List<ScoreDoc> found = new ArrayList<>();
        List<String> foundPaths = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            if (docs[i] >= 0) {
                found.add(new ScoreDoc(docs[i], 0));
                foundPaths.add(paths.get(i).value());
            }
        }
        String[] made = highlight(searcher, highlightQuery, new TopDocs(new TotalHits(found.size(),
                TotalHits.Relation.EQUAL_TO), found.toArray(ScoreDoc[]::new)), foundPaths.toArray(String[]::new), notes);
        List<String> out = new ArrayList<>();
        for (int i = 0, j = 0; i < docs.length; i++) {
            out.add(docs[i] >= 0 ? made[j++] : "");
        }
        return out;
    }

    /** The live doc of each path (-1 for one not indexed), in the order given. */
    private static int[] docsOf(IndexSearcher searcher, List<NotePath> paths) throws IOException {
        int[] docs = new int[paths.size()];
        Arrays.fill(docs, -1);
        Map<String, Integer> asked = new HashMap<>();
        List<BytesRef> terms = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            if (asked.putIfAbsent(paths.get(i).value(), i) == null) {
                terms.add(new BytesRef(paths.get(i).value()));
            }
        }
        TopDocs found = searcher.search(new TermInSetQuery(NoteFields.PATH, terms), terms.size());
        int[] ids = Arrays.stream(found.scoreDocs).mapToInt(d -> d.doc).toArray();
        String[] values = DocValueStrings.read(searcher.getIndexReader(), NoteFields.PATH, ids);
        for (int k = 0; k < ids.length; k++) {
            Integer i = asked.get(values[k]);
            if (i != null) {
                docs[i] = ids[k];
            }
        }
        return docs;
    }

    /** Body text by doc id, for the hits whose loaded note is the one indexed. */
    private static Map<Integer, String> inMemoryTexts(IndexSearcher searcher, TopDocs docs, String[] paths,
                                                      Function<NotePath, Note> notes) throws IOException {
        Map<Integer, String> texts = new HashMap<>();
        if (notes == null) {
            return texts;
        }
        int[] ids = new int[docs.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = docs.scoreDocs[i].doc;
        }
        String[] hashes = DocValueStrings.read(searcher.getIndexReader(), NoteFields.HASH, ids);
        for (int i = 0; i < ids.length; i++) {
            Note note = paths[i].isEmpty() ? null : notes.apply(NotePath.of(paths[i]));
            if (note != null && note.hash() != null && !note.hash().isEmpty() && note.hash().equals(hashes[i])) {
                String text = note.plainText(); // read (from the parse cache) and decoded on each call: once
                text = text == null ? "" : text;
                texts.put(ids[i], text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
            }
        }
        return texts;
    }

    /** A highlighter that takes the body text from memory when it has it, else from the stored field. */
    private static final class TextHighlighter extends UnifiedHighlighter {

        private final IndexSearcher searcher;
        private final Map<Integer, String> texts;

        TextHighlighter(Builder builder, IndexSearcher searcher, Map<Integer, String> texts) {
            super(builder);
            this.searcher = searcher;
            this.texts = texts;
        }

        /**
         * A prefix in the query makes Lucene re-analyse each hit's text into a one-note index (half the time
         * of a query typed word by word); but with weight matches (the default) the matches come from
         * {@code Weight.matches}, which finds the same words, offsets and match terms in the real postings.
         * Regular expressions stay with re-analysis: matching them against the vault's whole term
         * dictionary for every hit costs more.
         */
        @Override
        protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
            OffsetSource source = super.getOptimizedOffsetSource(components);
            if (source == OffsetSource.ANALYSIS && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
                    && getOffsetSource(components.getField()) == OffsetSource.POSTINGS
                    && onlyPrefixes(components.getQuery())) {
                return OffsetSource.POSTINGS;
            }
            return source;
        }

        /** True when every multi-term part of {@code query} is a prefix query. */
        private static boolean onlyPrefixes(Query query) {
            boolean[] other = new boolean[1];
            query.visit(new QueryVisitor() {
                @Override
                public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                    other[0] |= !(leaf instanceof PrefixQuery);
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return this;
                }
            });
            return !other[0];
        }

        /**
         * The field's settings from the first segment that has it. Lucene merges every segment's field infos (one
         * field per frontmatter key) for each highlighter, that is for each query: a sixth of a snippet's time.
         */
        @Override
        protected FieldInfo getFieldInfo(String field) {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
                if (info != null) {
                    return info;
                }
            }
            return null;
        }

        /** Postings offsets with one weight per query instead of one per hit ({@link SharedWeightOffsets}). */
        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            if (source == OffsetSource.POSTINGS && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
                return new SharedWeightOffsets(components, searcher);
            }
            return super.getOffsetStrategy(source, components);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                throws IOException {
            if (fields.length != 1 || !fields[0].equals(NoteFields.BODY)) {
                return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
            }
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                String text = texts.get(doc);
                if (text == null) {
                    String stored = searcher.storedFields().document(doc, Set.of(NoteFields.BODY)).get(NoteFields.BODY);
                    text = stored == null ? null : stored.length() > MAX_LENGTH ? stored.substring(0, MAX_LENGTH) : stored;
                }
                values.add(new CharSequence[]{text});
            }
            return values;
        }
    }
}
