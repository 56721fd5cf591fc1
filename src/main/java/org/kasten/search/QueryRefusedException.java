package org.kasten.search;

/**
 * A query Kasten will not run because it is too long or too complex ({@link QueryLimits}); the message is one
 * line for the user ("query too long: 10,000 characters (at most 1,000)"). The vault and other queries are fine.
 */
public final class QueryRefusedException extends IllegalArgumentException {

    QueryRefusedException(String message) {
        super(message);
    }
}
