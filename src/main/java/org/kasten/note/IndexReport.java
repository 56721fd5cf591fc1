package org.kasten.note;

import java.util.List;

/**
 * What bringing an index up to date did.
 *
 * @param added     notes new to the index
 * @param updated   notes re-indexed because their size, time or hash changed
 * @param removed   notes deleted from the index because their file is gone
 * @param unchanged notes left as they were
 * @param rebuilt   true when the index was (re)created from nothing: new, other schema, or damaged
 * @param millis    wall time taken
 * @param warnings  what went wrong with the stored index (it was discarded) or with a note (left out), for the user
 * @param location  where the index actually used lives: its folder, or {@link #IN_MEMORY}
 */
public record IndexReport(int added, int updated, int removed, int unchanged, boolean rebuilt, long millis,
                          List<String> warnings, String location) {

    /** The {@link #location} of an index that is not kept (the cache cannot be written, or is in use). */
    public static final String IN_MEMORY = "in memory (not kept)";

    public IndexReport {
        warnings = List.copyOf(warnings);
    }

    /** Notes whose document was written. */
    public int written() {
        return added + updated;
    }
}
