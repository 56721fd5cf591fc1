package org.kasten.search;

import static org.kasten.note.QueryRefusedException.count;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

import org.kasten.note.QueryRefusedException;

/**
 * The largest query Kasten runs. A query over a limit is refused with one line saying which
 * ({@link QueryRefusedException}) instead of failing inside Lucene (too many clauses, an automaton too large) or
 * overflowing the parser's stack; docs/safety.md lists the limits and why.
 */
public final class QueryLimits {

    /** Most words, phrases, operators and regexes in a query: each becomes several Lucene clauses. */
    public static final int MAX_CLAUSES = 100;
    /** Deepest nesting of parentheses. */
    public static final int MAX_DEPTH = 20;

    private QueryLimits() {
    }

    /** Refuses a query longer than {@link QueryRefusedException#MAX_CHARS}. */
    static void checkLength(String query) {
        int length = query == null ? 0 : query.strip().length();
        if (length > QueryRefusedException.MAX_CHARS) {
            throw QueryRefusedException.tooLong(length);
        }
    }

    /** Refuses a parsed query with more than {@link #MAX_CLAUSES} leaves. */
    static void checkClauses(QueryNode node) {
        int clauses = leaves(node);
        if (clauses > MAX_CLAUSES) {
            throw new QueryRefusedException("query too complex: " + count(clauses) + " words and operators (at most "
                    + MAX_CLAUSES + ")");
        }
    }

    /** Refuses parentheses nested deeper than {@link #MAX_DEPTH}. */
    static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new QueryRefusedException("query too complex: parentheses nested more than " + MAX_DEPTH + " deep");
        }
    }

    /**
     * The refusal for a limit of Lucene's that a query within Kasten's limits still reached, or null when
     * {@code e} is no such limit.
     */
    static QueryRefusedException refusal(RuntimeException e) {
        if (e instanceof QueryRefusedException refused) {
            return refused;
        }
        if (e instanceof IndexSearcher.TooManyClauses || e instanceof TooComplexToDeterminizeException) {
            return new QueryRefusedException("query too complex for the search engine; use fewer words or a simpler regex");
        }
        return null;
    }

    private static int leaves(QueryNode node) {
        if (node == null) {
            return 0;
        }
        if (node instanceof QueryNode.Not not) {
            return leaves(not.clause());
        }
        if (node instanceof QueryNode.And and) {
            return and.clauses().stream().mapToInt(QueryLimits::leaves).sum();
        }
        if (node instanceof QueryNode.Or or) {
            return or.clauses().stream().mapToInt(QueryLimits::leaves).sum();
        }
        return 1;
    }
}
