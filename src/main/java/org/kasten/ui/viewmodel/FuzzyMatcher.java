package org.kasten.ui.viewmodel;

import java.util.Locale;

/**
 * Scores how well a typed query matches a text, as quick switchers do: the query's characters must occur in
 * order; consecutive runs, word starts and a matching prefix score higher. No match gives -1.
 */
public final class FuzzyMatcher {

    private FuzzyMatcher() {
    }

    /** The score of {@code query} against {@code text}: -1 when it does not match, else higher is better. */
    public static int score(String query, String text) {
        String q = query.toLowerCase(Locale.ROOT).replace(" ", "");
        String t = text.toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return 0;
        }
        int score = 0;
        int ti = 0;
        int run = 0;
        for (int qi = 0; qi < q.length(); qi++) {
            char c = q.charAt(qi);
            int found = t.indexOf(c, ti);
            if (found < 0) {
                return -1;
            }
            boolean wordStart = found == 0 || !Character.isLetterOrDigit(t.charAt(found - 1));
            run = found == ti && qi > 0 ? run + 1 : 0;
            score += 1 + run * 3 + (wordStart ? 5 : 0);
            ti = found + 1;
        }
        if (t.startsWith(q)) {
            score += 10;
        }
        if (t.equals(q)) {
            score += 20;
        }
        return score * 100 / (100 + t.length());
    }
}
