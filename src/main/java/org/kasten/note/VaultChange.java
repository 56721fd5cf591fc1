package org.kasten.note;

import java.util.Set;

/**
 * What changed in a vault on disk since the last notice, after Kasten re-read it.
 *
 * @param changed   notes created or modified (re-read, re-linked, re-indexed)
 * @param removed   notes deleted
 * @param rescanned true when the watcher lost track (overflow) and the whole vault was read again
 */
public record VaultChange(Set<NotePath> changed, Set<NotePath> removed, boolean rescanned) {

    public VaultChange {
        changed = Set.copyOf(changed);
        removed = Set.copyOf(removed);
    }
}
