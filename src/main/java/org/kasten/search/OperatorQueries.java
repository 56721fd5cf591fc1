package org.kasten.search;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The Lucene queries of the query language's operators: {@code tag:} (nested tags included), {@code path:}
 * and {@code file:} (substring, case-insensitive), {@code title:}, {@code key:value} / {@code [key:value]} /
 * {@code [key]} for frontmatter properties, and {@code /regex/} on words or on the text. Operators filter; they add only a
 * token to the score, leaving ranking to the words.
 */
final class OperatorQueries {

    /** Longest run of a regex looked up in the index (a word is at most 255 characters). */
    private static final int MAX_RUN = 64;
    /** The most a word regex's counts may multiply to before it takes the text path (see docs/safety.md). */
    static final int MAX_REPEATS = 100;
    private static final Pattern COUNT = Pattern.compile("\\{(\\d+)(?:,(\\d*))?}");

    private final QueryBuilder stemmed;
    private final Predicate<String> knownProperty;

    OperatorQueries(QueryBuilder stemmed, Predicate<String> knownProperty) {
        this.stemmed = stemmed;
        this.knownProperty = knownProperty;
    }

    /** True for {@code key:value} whose key is neither an operator nor a property of the vault: plain words. */
    boolean readsAsWords(QueryNode.Field f) {
        String key = f.key().toLowerCase(Locale.ROOT);
        return !f.bracketed() && !List.of("tag", "tags", "path", "file", "title").contains(key) && !knownProperty.test(key);
    }

    /** The query of an operator or property clause (null when its value has no words, e.g. only stop words). */
    Query field(QueryNode.Field f) {
        String key = f.key().toLowerCase(Locale.ROOT);
        String value = f.value();
        if (!f.bracketed()) {
            switch (key) {
                case "tag", "tags" -> {
                    String tag = NoteAnalyzers.fold(value.startsWith("#") ? value.substring(1) : value);
                    return filter(new TermQuery(new Term(NoteFields.TAG, tag)));
                }
                case "path" -> {
                    return filter(substring(NoteFields.PATH_KEY, value));
                }
                case "file" -> {
                    return filter(substring(NoteFields.FILE_KEY, value));
                }
                case "title" -> {
                    Query q = stemmed.createBooleanQuery(NoteFields.TITLE, value, Occur.MUST);
                    return q == null ? null : new BoostQuery(q, QueryTranslator.TITLE);
                }
                default -> {
                    // a frontmatter property, below
                }
            }
        }
        if (value.isBlank()) {
            return filter(new TermQuery(new Term(NoteFields.HAS_PROPERTY, NoteAnalyzers.fold(key))));
        }
        Query q = stemmed.createBooleanQuery(NoteFields.property(key), value, Occur.MUST);
        return q == null ? null : filter(q);
    }

    /**
     * {@code /regex/}: a pattern within one word ({@code /colou?r/}) is matched against each word of the note
     * (unanchored unless it starts with ^ or ends with $); any other ({@code /age of \w+/}) is searched in the
     * note's text, case-insensitively, ^ and $ marking line ends. Adds what to highlight to {@code highlights}.
     * Null when the pattern cannot be read.
     */
    Query regex(String pattern, List<Query> highlights) {
        if (RegexLiterals.withinWord(pattern)) {
            Query words = wordRegex(pattern, highlights);
            if (words != null) {
                return words;
            }
        }
        return textRegex(pattern, highlights);
    }

    private static Query wordRegex(String pattern, List<Query> highlights) {
        String p = NoteAnalyzers.fold(pattern);
        p = p.startsWith("^") ? p.substring(1) : ".*" + p;
        p = p.endsWith("$") ? p.substring(0, p.length() - 1) : p + ".*";
        if (repeatsTooLarge(p)) {
            return null; // Lucene would build the repeats out before its effort limit applies: minutes and gigabytes
        }
        try {
            RegexpQuery anywhere = new RegexpQuery(new Term(NoteFields.EXACT, p));
            highlights.add(new RegexpQuery(new Term(NoteFields.BODY, p)));
            return filter(anywhere);
        } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
            return null; // unreadable, or too large an automaton ({1,100000}): searched in the text instead
        }
    }

    /**
     * True when the counts ({@code {n}}, {@code {n,m}}) of {@code pattern}, multiplied, exceed what an automaton
     * may hold ({@link #MAX_REPEATS}): Lucene's RegExp builds every repeat out before its effort limit applies,
     * so {@code /{361,6509}/} or {@code /{38713}{5}x/} would hang the search. Multiplying all counts
     * overestimates for counts side by side, which then only take the text path.
     */
    static boolean repeatsTooLarge(String pattern) {
        Matcher count = COUNT.matcher(pattern);
        double product = 1;
        while (count.find()) {
            String max = count.group(2) == null || count.group(2).isEmpty() ? count.group(1) : count.group(2);
            product *= Math.max(1, Double.parseDouble(max));
            if (product > MAX_REPEATS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pattern searched in the text of the notes holding, in some word, each run it requires (of one of its
     * alternatives, when it has some at the top level).
     */
    private static Query textRegex(String pattern, List<Query> highlights) {
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            return null;
        }
        List<List<String>> alternatives = RegexLiterals.requiredByAlternative(pattern);
        BooleanQuery.Builder candidates = new BooleanQuery.Builder();
        for (List<String> runs : alternatives) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String whole : runs) {
                // a part of a required run is required too; a long run would make too large an automaton
                String run = whole.length() > MAX_RUN ? whole.substring(0, MAX_RUN) : whole;
                all.add(new WildcardQuery(new Term(NoteFields.EXACT, "*" + run + "*")), Occur.FILTER);
                highlights.add(new RegexMarks.TextRegexHighlight(new Term(NoteFields.BODY, "*" + run + "*"), compiled));
            }
            candidates.add(all.build(), alternatives.size() == 1 ? Occur.FILTER : Occur.SHOULD);
        }
        return filter(new TextRegexQuery(compiled, alternatives.isEmpty() ? new MatchAllDocsQuery() : candidates.build()));
    }

    private static Query substring(String field, String value) {
        String folded = NoteAnalyzers.fold(value).replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
        return new WildcardQuery(new Term(field, "*" + folded + "*"));
    }

    private static Query filter(Query q) {
        return new BoostQuery(new ConstantScoreQuery(q), 0.1f);
    }
}
