package org.kasten.note;

import java.util.Locale;

/**
 * A query Kasten will not run because it is too long or too complex (the search's limits, listed in
 * docs/safety.md); the message is one line for the user ("query too long: 10,000 characters (at most 1,000)").
 * The vault and other queries are fine. Here, not in the search, because every caller of a search tells it
 * apart from a failure, and the command line bounds what it reads by {@link #MAX_CHARS}.
 */
public final class QueryRefusedException extends IllegalArgumentException {

    /** Most characters in a query (after stripping surrounding space). */
    public static final int MAX_CHARS = 1_000;

    public QueryRefusedException(String message) {
        super(message);
    }

    /** The refusal of a query of {@code length} characters (for callers that never hold all of it: a batch line). */
    public static QueryRefusedException tooLong(long length) {
        return new QueryRefusedException("query too long: " + count(length) + " characters (at most " + count(MAX_CHARS) + ")");
    }

    /** A count as the messages write it: 10,000. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
