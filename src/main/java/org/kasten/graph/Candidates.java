package org.kasten.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kasten.note.NotePath;

/**
 * The notes (or attachments) one name matches at one level, sorted, with the tie-break answered in advance:
 * the best per folder and the best overall (shortest path, then lexical order), so choosing costs one lookup.
 */
final class Candidates {

    static final Candidates NONE = new Candidates(List.of());

    private final List<NotePath> paths;
    private final NotePath best;
    private final Map<String, NotePath> bestInFolder;

    /** {@code paths} must be sorted and immutable. */
    Candidates(List<NotePath> paths) {
        this.paths = paths;
        this.best = shortestFirst(paths);
        this.bestInFolder = paths.size() > 1 ? new HashMap<>() : Map.of();
        if (paths.size() > 1) {
            for (NotePath path : paths) {
                bestInFolder.merge(path.folder(), path,
                        (kept, next) -> next.value().length() < kept.value().length() ? next : kept);
            }
        }
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
        return bestInFolder.getOrDefault(folder, best);
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
