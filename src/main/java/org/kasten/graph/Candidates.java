package org.kasten.graph;

import java.util.Arrays;
import java.util.List;

import org.kasten.note.NotePath;

/**
 * The notes (or attachments) one name matches at one level, sorted, with the tie-break answered in advance:
 * the best per folder and the best overall (shortest path, then lexical order), so choosing costs a search of
 * the folders. The best per folder are kept as one array of positions sorted by folder, compared in the paths
 * themselves: a map of folder strings cost two objects and a string per candidate, over a million of them when
 * 100,000 notes share a few hundred names (docs/performance.md, "Issue 16: a flatter graph, session 18").
 */
final class Candidates {

    static final Candidates NONE = new Candidates(List.of());
    private static final int[] NO_FOLDERS = {};

    private final List<NotePath> paths;
    private final NotePath best;
    /** Per folder that has candidates, sorted by folder: the position in {@link #paths} of the best one there. */
    private final int[] bestInFolder;

    /** {@code paths} must be sorted and immutable. */
    Candidates(List<NotePath> paths) {
        this.paths = paths;
        this.best = shortestFirst(paths);
        this.bestInFolder = paths.size() > 1 ? bestPerFolder(paths) : NO_FOLDERS;
    }

    /** Every match, sorted; more than one means a link to this name is ambiguous. */
    List<NotePath> paths() {
        return paths;
    }

    boolean isEmpty() {
        return best == null;
    }

    /** The match a link from {@code folder} leads to: same folder, then shortest path, then lexical order. */
    NotePath choose(String folder) {
        int low = 0;
        int high = bestInFolder.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            NotePath there = paths.get(bestInFolder[mid]);
            int c = compareFolder(there.value(), folder);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return there;
            }
        }
        return best;
    }

    /** The positions of the best path of each folder, sorted by folder. */
    private static int[] bestPerFolder(List<NotePath> paths) {
        Integer[] order = new Integer[paths.size()];
        Arrays.setAll(order, i -> i);
        // by folder, then shortest, then lexical order (the paths' own order): the first of each folder is its best
        Arrays.sort(order, (a, b) -> {
            String x = paths.get(a).value();
            String y = paths.get(b).value();
            int c = compareFolders(x, y);
            return c != 0 ? c : x.length() != y.length() ? Integer.compare(x.length(), y.length()) : Integer.compare(a, b);
        });
        int[] firsts = new int[order.length];
        int count = 0;
        for (int i = 0; i < order.length; i++) {
            if (i == 0 || compareFolders(paths.get(order[i - 1]).value(), paths.get(order[i]).value()) != 0) {
                firsts[count++] = order[i];
            }
        }
        return Arrays.copyOf(firsts, count);
    }

    /** The end of a path's folder ({@link NotePath#folder}: "" at the vault root). */
    private static int folderEnd(String path) {
        return Math.max(path.lastIndexOf('/'), 0);
    }

    /** The folders of two paths compared as {@link String#compareTo} compares them, without making them. */
    private static int compareFolders(String a, String b) {
        return compareRegion(a, folderEnd(a), b, folderEnd(b));
    }

    /** The folder of {@code path} compared with {@code folder}, as {@link String#compareTo} compares them. */
    static int compareFolder(String path, String folder) {
        return compareRegion(path, folderEnd(path), folder, folder.length());
    }

    private static int compareRegion(String a, int aLength, String b, int bLength) {
        int n = Math.min(aLength, bLength);
        for (int i = 0; i < n; i++) {
            int c = a.charAt(i) - b.charAt(i);
            if (c != 0) {
                return c;
            }
        }
        return aLength - bLength;
    }

    private static NotePath shortestFirst(List<NotePath> sorted) {
        NotePath chosen = sorted.isEmpty() ? null : sorted.get(0);
        for (NotePath path : sorted) {
            if (path.value().length() < chosen.value().length()) {
                chosen = path;
            }
        }
        return chosen;
    }
}
