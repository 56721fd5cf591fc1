package org.kasten.graph;

import java.util.ArrayList;
import java.util.List;

import org.kasten.graph.NameTable.Level;
import org.kasten.note.NotePath;

/**
 * What one key of a {@link NameTable} names, per level, as {@link Candidates}: a key an edit changed (the table's
 * own keys are {@link NameKeys}' arrays), or a key's whole answer asked of the table. Holds the candidates of the
 * levels that have any, in level order.
 */
final class NameEntry {
    private static final Candidates[] NO_CANDIDATES = {};
    /** The candidates of the levels in {@link #levels}, in level order. */
    private final Candidates[] byLevel;
    /** Bit per level that has matches, so empty levels are skipped without touching their lists. */
    private final int levels;

    private NameEntry(int bits, Candidates[] all) {
        Candidates[] present = bits == 0 ? NO_CANDIDATES : new Candidates[Integer.bitCount(bits)];
        int next = 0;
        for (int i = 0; i < NameTable.LEVELS.length; i++) {
            if ((bits & (1 << i)) != 0) {
                present[next++] = all[i];
            }
        }
        byLevel = present;
        levels = bits;
    }

    /** The entry of these candidates ({@code byLevel} indexed by level; an empty one or null: none at that level). */
    static NameEntry of(Candidates[] byLevel) {
        int bits = 0;
        for (int i = 0; i < byLevel.length; i++) {
            if (byLevel[i] != null && !byLevel[i].isEmpty()) {
                bits |= 1 << i;
            }
        }
        return new NameEntry(bits, byLevel);
    }

    /** The notes or attachments with this name at this level (none: {@link Candidates#NONE}). */
    Candidates get(Level level) {
        int bit = 1 << level.ordinal();
        return (levels & bit) == 0 ? Candidates.NONE : byLevel[Integer.bitCount(levels & (bit - 1))];
    }

    /** A copy of this entry with {@code path} at exactly the levels of {@code levelBits} (for an edit). */
    NameEntry with(NotePath path, int levelBits) {
        Candidates[] kept = new Candidates[NameTable.LEVELS.length];
        for (int i = 0; i < NameTable.LEVELS.length; i++) {
            Candidates now = get(NameTable.LEVELS[i]);
            boolean had = now.paths().contains(path);
            boolean has = (levelBits & (1 << i)) != 0;
            if (had != has) {
                List<NotePath> paths = new ArrayList<>(now.paths());
                if (has) {
                    paths.add(path);
                    paths.sort(null);
                } else {
                    paths.remove(path);
                }
                now = paths.isEmpty() ? Candidates.NONE : new Candidates(List.copyOf(paths));
            } // else untouched: the same candidates, shared
            kept[i] = now;
        }
        return of(kept);
    }
}
