package org.kasten.ui.graph;

import java.util.List;

/**
 * What the graph shows: a search query (Kasten's query language; blank for all notes), tags and folders (a note
 * passes with any of them, nested tags and sub-folders included; empty lists for all), orphans, ghost concepts
 * and attachments on or off, a depth from the current note (0 for the whole graph) and how nodes are coloured.
 */
public record GraphFilters(String query, List<String> tags, List<String> folders, boolean orphans,
                           boolean ghosts, boolean attachments, int depth, ColourMode colours) {

    /** How nodes are coloured. */
    public enum ColourMode { NONE, TAG, FOLDER }

    /** Everything but attachments, coloured by folder. */
    public static final GraphFilters DEFAULT =
            new GraphFilters("", List.of(), List.of(), true, true, false, 0, ColourMode.FOLDER);

    public GraphFilters {
        query = query == null ? "" : query.strip();
        tags = List.copyOf(tags);
        folders = List.copyOf(folders);
        depth = Math.max(0, Math.min(MAX_DEPTH, depth));
        colours = colours == null ? ColourMode.FOLDER : colours;
    }

    /** The deepest neighbourhood offered. */
    public static final int MAX_DEPTH = 5;

    /** True when notes are narrowed by query, tag or folder. */
    public boolean narrowsNotes() {
        return !query.isEmpty() || !tags.isEmpty() || !folders.isEmpty();
    }

    public GraphFilters withQuery(String q) {
        return new GraphFilters(q, tags, folders, orphans, ghosts, attachments, depth, colours);
    }

    public GraphFilters withTags(List<String> t) {
        return new GraphFilters(query, t, folders, orphans, ghosts, attachments, depth, colours);
    }

    public GraphFilters withFolders(List<String> f) {
        return new GraphFilters(query, tags, f, orphans, ghosts, attachments, depth, colours);
    }

    public GraphFilters withOrphans(boolean on) {
        return new GraphFilters(query, tags, folders, on, ghosts, attachments, depth, colours);
    }

    public GraphFilters withGhosts(boolean on) {
        return new GraphFilters(query, tags, folders, orphans, on, attachments, depth, colours);
    }

    public GraphFilters withAttachments(boolean on) {
        return new GraphFilters(query, tags, folders, orphans, ghosts, on, depth, colours);
    }

    public GraphFilters withDepth(int d) {
        return new GraphFilters(query, tags, folders, orphans, ghosts, attachments, d, colours);
    }

    public GraphFilters withColours(ColourMode mode) {
        return new GraphFilters(query, tags, folders, orphans, ghosts, attachments, depth, mode);
    }
}
