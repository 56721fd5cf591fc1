package org.kasten.ui.graph;

import java.util.Set;

/**
 * Which nodes of a {@link GraphData} pass a {@link GraphFilters}. Notes pass the query (the set of note paths the
 * search found), tags and folders; ghosts and attachments pass when switched on and, while notes are narrowed,
 * only beside a note that passed. Orphans are nodes left without a shown neighbour. With a depth, only nodes
 * within that many steps of the current note (through shown nodes) remain, the current note always among them.
 */
public final class GraphFilter {

    private GraphFilter() {
    }

    /**
     * The nodes shown. {@code queryMatches} holds the vault-relative paths of the notes the query found (null
     * when there is no query); {@code current} is the current note's node, or -1.
     */
    public static boolean[] apply(GraphData g, GraphFilters f, Set<String> queryMatches, int current) {
        int n = g.size();
        boolean[] shown = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (g.kind(i) == GraphData.Kind.NOTE) {
                shown[i] = (queryMatches == null || f.query().isEmpty() || queryMatches.contains(g.target(i)))
                        && hasTag(g, i, f) && inFolder(g.folder(i), f);
            }
        }
        boolean[] notes = shown.clone();
        for (int i = 0; i < n; i++) {
            GraphData.Kind kind = g.kind(i);
            boolean on = kind == GraphData.Kind.GHOST ? f.ghosts() : kind == GraphData.Kind.ATTACHMENT && f.attachments();
            if (kind != GraphData.Kind.NOTE && on) {
                shown[i] = !f.narrowsNotes() || besideAny(g, i, notes);
            }
        }
        if (!f.orphans()) {
            boolean[] before = shown.clone();
            for (int i = 0; i < n; i++) {
                shown[i] = before[i] && besideAny(g, i, before);
            }
        }
        if (f.depth() > 0 && current >= 0 && current < n) {
            shown[current] = true;
            return within(g, shown, current, f.depth());
        }
        return shown;
    }

    /** Number of true entries. */
    public static int count(boolean[] shown) {
        int c = 0;
        for (boolean s : shown) {
            c += s ? 1 : 0;
        }
        return c;
    }

    private static boolean hasTag(GraphData g, int i, GraphFilters f) {
        if (f.tags().isEmpty()) {
            return true;
        }
        for (String tag : g.tags(i)) {
            for (String wanted : f.tags()) {
                if (tag.equalsIgnoreCase(wanted) || tag.regionMatches(true, 0, wanted + "/", 0, wanted.length() + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inFolder(String folder, GraphFilters f) {
        if (f.folders().isEmpty()) {
            return true;
        }
        for (String wanted : f.folders()) {
            if (wanted.isEmpty() || folder.equals(wanted) || folder.startsWith(wanted + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean besideAny(GraphData g, int i, boolean[] set) {
        for (int k = 0; k < g.degree(i); k++) {
            if (set[g.neighbour(i, k)]) {
                return true;
            }
        }
        return false;
    }

    /** The shown nodes reachable from {@code start} in at most {@code depth} steps through shown nodes. */
    private static boolean[] within(GraphData g, boolean[] shown, int start, int depth) {
        boolean[] reached = new boolean[g.size()];
        int[] queue = new int[g.size()];
        int head = 0, tail = 0;
        queue[tail++] = start;
        reached[start] = true;
        for (int d = 0; d < depth; d++) {
            int end = tail;
            while (head < end) {
                int at = queue[head++];
                for (int k = 0; k < g.degree(at); k++) {
                    int to = g.neighbour(at, k);
                    if (shown[to] && !reached[to]) {
                        reached[to] = true;
                        queue[tail++] = to;
                    }
                }
            }
        }
        return reached;
    }
}
