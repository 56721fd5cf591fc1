package org.kasten.ui.viewmodel;

import org.kasten.note.NotePath;

/**
 * A place a tab can show: a note (with an optional heading or block anchor) or a ghost concept's page.
 *
 * @param path   the note, or null for a ghost
 * @param ghost  the ghost concept's name, or null for a note
 * @param anchor heading anchor or {@code ^block} to scroll to, or null
 */
public record Location(NotePath path, String ghost, String anchor) {

    /** A note, from its top. */
    public static Location note(NotePath path) {
        return new Location(path, null, null);
    }

    /** A ghost concept's page. */
    public static Location ghost(String name) {
        return new Location(null, name, null);
    }

    /** Where node {@code node} of a graph leads: a note or a ghost's page; null for an attachment. */
    public static Location of(org.kasten.ui.graph.GraphData data, int node) {
        return switch (data.kind(node)) {
            case NOTE -> note(NotePath.of(data.target(node)));
            case GHOST -> ghost(data.target(node));
            case ATTACHMENT -> null;
        };
    }

    /** True for a ghost page. */
    public boolean isGhost() {
        return ghost != null;
    }

    /** The same place without the anchor: two locations that differ only there show one page. */
    public Location page() {
        return new Location(path, ghost, null);
    }
}
