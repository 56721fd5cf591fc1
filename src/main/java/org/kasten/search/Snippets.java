package org.kasten.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets of the body text for a page of hits, with Lucene's UnifiedHighlighter (offsets come
 * from the postings, so nothing is re-analysed). HTML-escaped, matches in {@code <mark>}; a note that
 * matched only by title or tag shows its first sentence.
 */
final class Snippets {

    private static final int PASSAGES = 2;

    private Snippets() {
    }

    /** One snippet per hit of {@code docs}, in order ("" when the note has no text). */
    static String[] highlight(IndexSearcher searcher, Query highlightQuery, TopDocs docs) throws IOException {
        if (docs.scoreDocs.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, NoteAnalyzers.stemmed())
                .withFormatter(new SnippetFormatter())
                .withScorer(new SnippetScorer())
                // passages are lines (paragraphs, list items); the formatter cuts long ones around the match.
                // Cheaper than a sentence BreakIterator, which cost most of a query's time.
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                .withMaxLength(200_000)
                .withMaxNoHighlightPassages(1)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .build();
        String[] snippets = highlighter.highlight(NoteFields.BODY, highlightQuery, docs, PASSAGES);
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null) {
                snippets[i] = "";
            }
        }
        return snippets;
    }
}
