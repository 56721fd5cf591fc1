package org.kasten.note;

import java.util.List;

/**
 * Where a link target leads, as decided by the concept graph.
 *
 * @param status     what the target turned out to be
 * @param path       the chosen note or attachment; null for a ghost or a missing attachment
 * @param name       the target name as written (the ghost's name when unresolved)
 * @param candidates every note that matched, sorted; more than one means the link is ambiguous
 */
public record Resolution(Status status, NotePath path, String name, List<NotePath> candidates) {

    /** What a link target is. */
    public enum Status {
        /** A note of the vault. */
        NOTE,
        /** A non-note file of the vault (image, PDF ...). */
        ATTACHMENT,
        /** Nothing matches: a concept without a note. */
        GHOST,
        /** An embed or link to a file (it has a non-note extension) that is not in the vault. */
        MISSING_ATTACHMENT
    }

    public Resolution {
        candidates = List.copyOf(candidates);
    }

    /** True when several notes matched and one was chosen by the tie-break rules. */
    public boolean ambiguous() {
        return candidates.size() > 1;
    }

    /** True when the target is a note or an attachment of the vault. */
    public boolean resolved() {
        return status == Status.NOTE || status == Status.ATTACHMENT;
    }
}
