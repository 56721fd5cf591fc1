package org.kasten.graph;

import java.util.ArrayList;
import java.util.List;

import org.kasten.graph.NameTable.Level;
import org.kasten.note.NotePath;

/**
 * One key of a {@link NameTable}: what it names, per level; collected in lists, then frozen into {@link Candidates}. A frozen entry holds
 * the candidates of its levels that have any, in level order (most keys name at one level or two), and not
 * the lists it was built from: a whole table has an entry for every key of every note.
 */
final class NameEntry {
    static final NameEntry NONE = new NameEntry();
    private static final Candidates[] NO_CANDIDATES = {};
    /** The lists while the table is built, null once frozen. */
    @SuppressWarnings("unchecked")
    private List<NotePath>[] building = new List[NameTable.LEVELS.length];
    /** The candidates of the levels in {@link #levels}, in level order. */
    private Candidates[] byLevel = NO_CANDIDATES;
    /** Bit per level that has matches, so empty levels are skipped without touching their lists. */
    private int levels;

    /** The notes or attachments with this name at this level (none: {@link Candidates#NONE}). */
    Candidates get(Level level) {
        int bit = 1 << level.ordinal();
        return (levels & bit) == 0 ? Candidates.NONE : byLevel[Integer.bitCount(levels & (bit - 1))];
    }

    void add(Level level, NotePath path) {
        List<NotePath> list = building[level.ordinal()];
        if (list == null) {
            list = new ArrayList<>(1);
            building[level.ordinal()] = list;
        }
        // a path's names are all added before the next path's, so a repeat can only be the last one
        // (a search of the whole list made 375 same-named notes cost 375² comparisons per name)
        if (list.isEmpty() || !list.get(list.size() - 1).equals(path)) {
            list.add(path);
        }
    }

    /** A copy of this entry with {@code path} at exactly the levels of {@code levelBits} (for an edit). */
    NameEntry with(NotePath path, int levelBits) {
        Candidates[] kept = new Candidates[NameTable.LEVELS.length];
        int bits = 0;
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
            if (!now.isEmpty()) {
                kept[i] = now;
                bits |= 1 << i;
            }
        }
        NameEntry copy = new NameEntry();
        copy.building = null;
        copy.set(bits, kept);
        return copy;
    }

    void freeze() {
        Candidates[] frozen = new Candidates[NameTable.LEVELS.length];
        int bits = 0;
        for (int i = 0; i < building.length; i++) {
            List<NotePath> list = building[i];
            if (list != null) {
                list.sort(null);
                // List.copyOf, not Stream.toList: Resolution's List.copyOf keeps this very list (a list that
                // allows nulls would be copied for every link, 360 paths each for a name 360 notes share)
                frozen[i] = new Candidates(List.copyOf(list));
                bits |= 1 << i;
            }
        }
        building = null;
        set(bits, frozen);
    }

    /** Keeps the candidates of the levels in {@code bits} ({@code all} indexed by level). */
    private void set(int bits, Candidates[] all) {
        Candidates[] present = new Candidates[Integer.bitCount(bits)];
        int next = 0;
        for (int i = 0; i < NameTable.LEVELS.length; i++) {
            if ((bits & (1 << i)) != 0) {
                present[next++] = all[i];
            }
        }
        byLevel = present;
        levels = bits;
    }
}
