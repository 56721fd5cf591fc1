package org.kasten.ui.viewmodel;

import org.kasten.ui.graph.GraphFilters;

/**
 * Graph filters kept in a vault's {@link Settings} under a prefix ({@code graph.} for the global graph,
 * {@code localgraph.} for the local one), so each graph comes back as it was left. Unreadable values fall back
 * to the defaults given.
 */
final class GraphFilterSettings {

    private GraphFilterSettings() {
    }

    /** The filters stored under {@code prefix}, or {@code defaults} where nothing (readable) is stored. */
    static GraphFilters load(Settings s, String prefix, GraphFilters defaults) {
        GraphFilters.ColourMode mode;
        try {
            mode = GraphFilters.ColourMode.valueOf(s.get(prefix + "colours", defaults.colours().name()));
        } catch (IllegalArgumentException e) {
            mode = defaults.colours();
        }
        return new GraphFilters(s.get(prefix + "query", defaults.query()), s.getList(prefix + "tags"),
                s.getList(prefix + "folders"),
                Boolean.parseBoolean(s.get(prefix + "orphans", String.valueOf(defaults.orphans()))),
                Boolean.parseBoolean(s.get(prefix + "ghosts", String.valueOf(defaults.ghosts()))),
                Boolean.parseBoolean(s.get(prefix + "attachments", String.valueOf(defaults.attachments()))),
                (int) s.getDouble(prefix + "depth", defaults.depth()), mode);
    }

    /** Stores {@code f} under {@code prefix} and writes the settings. */
    static void save(Settings s, String prefix, GraphFilters f) {
        s.put(prefix + "query", f.query());
        s.putList(prefix + "tags", f.tags());
        s.putList(prefix + "folders", f.folders());
        s.put(prefix + "orphans", f.orphans());
        s.put(prefix + "ghosts", f.ghosts());
        s.put(prefix + "attachments", f.attachments());
        s.put(prefix + "depth", f.depth());
        s.put(prefix + "colours", f.colours().name());
        s.save();
    }
}
