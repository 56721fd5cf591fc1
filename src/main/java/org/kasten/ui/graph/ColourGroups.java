package org.kasten.ui.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Colour groups of the shown notes, by tag or by folder, with the legend. At most {@link #MAX_GROUPS} groups, the
 * largest; the rest stay uncoloured. By folder, the groups are the sub-folders just below the folder every shown
 * note shares (a vault filtered to {@code Projects/} is coloured by project); by tag, each note takes its tag
 * that the most shown notes carry.
 *
 * @param group  per node, the index of its group in {@code legend}, or -1
 * @param legend the groups, largest first
 */
public record ColourGroups(int[] group, List<Group> legend) {

    /** As many as the palette has colours that stay apart in light and dark. */
    public static final int MAX_GROUPS = 8;

    /** One legend entry. */
    public record Group(String name, int count) {
    }

    /**
     * How many of the nodes {@code shown} of {@code g} are notes or attachments in no group (drawn grey; the legend
     * says so): beyond the {@value #MAX_GROUPS} biggest groups, or without a tag. Ghosts are not counted: they are
     * hollow, apart at a glance.
     */
    public int others(GraphData g, boolean[] shown) {
        int n = 0;
        for (int i = 0; i < g.size() && !legend.isEmpty(); i++) {
            if (shown[i] && group[i] < 0 && g.kind(i) != GraphData.Kind.GHOST) {
                n++;
            }
        }
        return n;
    }

    /** The groups of the nodes {@code shown} of {@code g}. */
    public static ColourGroups of(GraphData g, boolean[] shown, GraphFilters.ColourMode mode) {
        int[] group = new int[g.size()];
        Arrays.fill(group, -1);
        if (mode == GraphFilters.ColourMode.NONE) {
            return new ColourGroups(group, List.of());
        }
        String[] name = new String[g.size()];
        if (mode == GraphFilters.ColourMode.FOLDER) {
            String common = commonFolder(g, shown);
            for (int i = 0; i < g.size(); i++) {
                if (shown[i] && g.kind(i) != GraphData.Kind.GHOST) {
                    name[i] = below(g.folder(i), common);
                }
            }
        } else {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < g.size(); i++) {
                if (shown[i]) {
                    g.tags(i).forEach(t -> counts.merge(t, 1, Integer::sum));
                }
            }
            for (int i = 0; i < g.size(); i++) {
                if (shown[i]) {
                    for (String t : g.tags(i)) {
                        if (name[i] == null || counts.get(t) > counts.get(name[i])
                                || (counts.get(t).equals(counts.get(name[i])) && t.compareTo(name[i]) < 0)) {
                            name[i] = t;
                        }
                    }
                }
            }
        }
        Map<String, Integer> sizes = new HashMap<>();
        for (String s : name) {
            if (s != null) {
                sizes.merge(s, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(sizes.entrySet());
        ranked.sort((a, b) -> !a.getValue().equals(b.getValue()) ? b.getValue() - a.getValue()
                : a.getKey().compareTo(b.getKey()));
        List<Group> legend = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Map.Entry<String, Integer> e : ranked.subList(0, Math.min(MAX_GROUPS, ranked.size()))) {
            if (ranked.size() == 1 && mode == GraphFilters.ColourMode.FOLDER && e.getKey().isEmpty()) {
                break; // one folder for all: colour says nothing
            }
            index.put(e.getKey(), legend.size());
            legend.add(new Group(e.getKey().isEmpty() ? "(vault root)" : e.getKey(), e.getValue()));
        }
        for (int i = 0; i < g.size(); i++) {
            if (name[i] != null) {
                group[i] = index.getOrDefault(name[i], -1);
            }
        }
        return new ColourGroups(group, List.copyOf(legend));
    }

    /** The deepest folder that holds every shown note and attachment ("" for the vault root). */
    private static String commonFolder(GraphData g, boolean[] shown) {
        String common = null;
        for (int i = 0; i < g.size(); i++) {
            if (shown[i] && g.kind(i) != GraphData.Kind.GHOST) {
                String f = g.folder(i);
                if (common == null) {
                    common = f;
                } else {
                    while (!common.isEmpty() && !(f.equals(common) || f.startsWith(common + "/"))) {
                        int slash = common.lastIndexOf('/');
                        common = slash < 0 ? "" : common.substring(0, slash);
                    }
                }
            }
        }
        return common == null ? "" : common;
    }

    /** The first folder of {@code folder} below {@code common} ({@code common} itself when it is that folder). */
    private static String below(String folder, String common) {
        String rest = common.isEmpty() ? folder : folder.equals(common) ? "" : folder.substring(common.length() + 1);
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return common.isEmpty() ? first : first.isEmpty() ? common : common + "/" + first;
    }
}
