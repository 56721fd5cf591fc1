package org.kasten.vault;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a code span closes: the runs of backticks in one leaf's text, listed once by length, and a cursor per
 * length that only moves forward, so finding every closer costs linear time however many openers fail.
 */
final class MdBacktickRuns {

    private final Map<Integer, List<Integer>> runs = new HashMap<>();
    private final Map<Integer, Integer> cursor = new HashMap<>();

    MdBacktickRuns(String s) {
        int n = s.length();
        int j = 0;
        while (j < n) {
            int k = s.indexOf('`', j);
            if (k < 0) {
                break;
            }
            int r = MdBlockStarts.run(s, k, n, '`');
            runs.computeIfAbsent(r, x -> new ArrayList<>()).add(k);
            j = k + r;
        }
    }

    /** The start of the next run of exactly {@code length} backticks at or after {@code from}, or -1. */
    int closing(int from, int length) {
        List<Integer> starts = runs.get(length);
        if (starts == null) {
            return -1;
        }
        int at = cursor.getOrDefault(length, 0);
        while (at < starts.size() && starts.get(at) < from) {
            at++;
        }
        cursor.put(length, at);
        return at < starts.size() ? starts.get(at) : -1;
    }
}
