package org.kasten.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;

/**
 * Which highlighted matches of a snippet the query's regexes really match, so that a snippet marks only what the
 * search matched. The highlighter finds a word regex's words in the stemmed text ({@code ideas} is {@code idea}
 * there, which {@code /a$/} accepts) and a text regex's required runs anywhere (every {@code scal} for
 * {@code /scal(e|ing) laws?/}). A match that no plain word of the query explains is kept only when a regex
 * accepts it as the search does: a word regex the word as written (folded, unstemmed, as the index's exact
 * words), a text regex when the match lies within one of the pattern's matches in the text.
 */
final class RegexMarks {

    /** How far before a highlighted word a text regex's match may start and still be looked for. */
    private static final int LOOK_BACK = 1_000;

    private final Set<String> plainTerms = new HashSet<>();
    private final List<CharacterRunAutomaton> plainAutomata = new ArrayList<>();
    private final List<CharacterRunAutomaton> wordRegexes = new ArrayList<>();
    private final List<Pattern> textRegexes = new ArrayList<>();

    /** The checks for the highlight query {@code highlight}; null when it holds no regex (every match stays). */
    static RegexMarks of(Query highlight) {
        RegexMarks marks = new RegexMarks();
        highlight.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term term : terms) {
                    marks.plainTerms.add(term.text());
                }
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                if (query instanceof TextRegexHighlight text) {
                    marks.textRegexes.add(text.pattern);
                } else if (query instanceof RegexpQuery regex) {
                    marks.wordRegexes.add(new CharacterRunAutomaton(regex.getAutomaton()));
                } else if (query instanceof AutomatonQuery other) {
                    marks.plainAutomata.add(new CharacterRunAutomaton(other.getAutomaton()));
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return marks.wordRegexes.isEmpty() && marks.textRegexes.isEmpty() ? null : marks;
    }

    /** True when the match {@code content[start, end)}, found for {@code term} (may be null), is to be marked. */
    boolean keep(String content, int start, int end, BytesRef term) {
        if (term == null) {
            return true;
        }
        String matched = term.utf8ToString();
        if (plainTerms.contains(matched) || plainAutomata.stream().anyMatch(a -> a.run(matched))) {
            return true;
        }
        String word = NoteAnalyzers.fold(content.substring(start, end));
        if (wordRegexes.stream().anyMatch(a -> a.run(word))) {
            return true;
        }
        for (Pattern pattern : textRegexes) {
            if (new RegexFinder(pattern, "").overlaps(content, Math.max(0, start - LOOK_BACK), start, end)) {
                return true;
            }
        }
        return false;
    }

    /** The highlight of a text regex's required run: its words, and the pattern that decides which of them to mark. */
    static final class TextRegexHighlight extends WildcardQuery {

        private final Pattern pattern;

        TextRegexHighlight(Term term, Pattern pattern) {
            super(term);
            this.pattern = pattern;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other) && pattern.pattern().equals(((TextRegexHighlight) other).pattern.pattern());
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + pattern.pattern().hashCode();
        }
    }
}
