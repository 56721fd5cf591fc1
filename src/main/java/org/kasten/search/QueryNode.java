package org.kasten.search;

import java.util.List;

/** The parsed form of a Kasten query, before it becomes a Lucene query. */
sealed interface QueryNode {

    /** A plain word; {@code last} marks the last word typed (also matched as a prefix). */
    record Word(String text, boolean last) implements QueryNode { }

    /** {@code "an exact phrase"}. */
    record Phrase(String text) implements QueryNode { }

    /** {@code key:value}, {@code [key:value]} (value may be empty: has the property), tag:, path:, file:, title:. */
    record Field(String key, String value, boolean bracketed) implements QueryNode { }

    /** {@code /regex/}. */
    record Regex(String pattern) implements QueryNode { }

    /** {@code -clause}. */
    record Not(QueryNode clause) implements QueryNode { }

    /** Clauses that must all match. */
    record And(List<QueryNode> clauses) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    /** Clauses of which one must match. */
    record Or(List<QueryNode> clauses) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
        }
    }
}
