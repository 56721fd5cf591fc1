package org.kasten.ui.viewmodel;

import java.util.Locale;

/**
 * Property filters written into a search query as {@code [key:value]}: adding one narrows the hits to notes
 * whose frontmatter has that value, removing it widens them again. Pure string work, no index.
 */
public final class PropertyFilters {

    private PropertyFilters() {
    }

    /** The query text of a filter on {@code key} equal to {@code value}. */
    public static String token(String key, String value) {
        return "[" + key.strip() + ":" + value.strip() + "]";
    }

    /** True when {@code query} already holds the filter (keys and values compared ignoring case and spaces). */
    public static boolean contains(String query, String key, String value) {
        return find(query == null ? "" : query, key, value) >= 0;
    }

    /** The query with the filter removed when present, else appended after one space. */
    public static String toggle(String query, String key, String value) {
        String q = query == null ? "" : query.strip();
        int at = find(q, key, value);
        if (at < 0) {
            return q.isEmpty() ? token(key, value) : q + " " + token(key, value);
        }
        int end = q.indexOf(']', at) + 1;
        return (q.substring(0, at).stripTrailing() + " " + q.substring(end).stripLeading()).strip();
    }

    /** Where the filter's opening bracket is in {@code query}, or -1. */
    private static int find(String query, String key, String value) {
        String wanted = normal(key) + ":" + normal(value);
        for (int open = query.indexOf('['); open >= 0; open = query.indexOf('[', open + 1)) {
            int close = query.indexOf(']', open);
            if (close < 0) {
                return -1;
            }
            String inside = query.substring(open + 1, close);
            int colon = inside.indexOf(':');
            if (colon > 0 && (normal(inside.substring(0, colon)) + ":" + normal(unquote(inside.substring(colon + 1))))
                    .equals(wanted)) {
                return open;
            }
        }
        return -1;
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
