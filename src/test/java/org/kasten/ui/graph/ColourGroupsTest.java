package org.kasten.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.ui.graph.TestGraphs.graph;
import static org.kasten.ui.graph.TestGraphs.node;
import static org.kasten.ui.graph.TestGraphs.note;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.note.Note;

class ColourGroupsTest {

    private final GraphData g = graph(List.of(note("Projects/Kasten/Plan.md", "work"),
            note("Projects/Kasten/Ideas.md", "work", "idea"), note("Projects/Garden/Beds.md", "idea"),
            note("Projects/Top.md", "idea"), note("Journal/Day.md")), "Plan -> Ghost");

    private static boolean[] all(GraphData g) {
        boolean[] s = new boolean[g.size()];
        Arrays.fill(s, true);
        return s;
    }

    @Test
    void byFolderTheTopFoldersLargestFirstGhostsUncoloured() {
        ColourGroups c = ColourGroups.of(g, all(g), GraphFilters.ColourMode.FOLDER);
        assertThat(c.legend()).containsExactly(new ColourGroups.Group("Projects", 4), new ColourGroups.Group("Journal", 1));
        assertThat(c.group()[node(g, "Beds")]).isEqualTo(0);
        assertThat(c.group()[node(g, "Day")]).isEqualTo(1);
        assertThat(c.group()[node(g, "Ghost")]).isEqualTo(-1);
    }

    @Test
    void byFolderWithinTheFolderAllShownNotesShare() {
        boolean[] s = all(g);
        s[node(g, "Day")] = false;
        s[node(g, "Ghost")] = false;
        ColourGroups c = ColourGroups.of(g, s, GraphFilters.ColourMode.FOLDER);
        assertThat(c.legend()).extracting(ColourGroups.Group::name)
                .containsExactly("Projects/Kasten", "Projects", "Projects/Garden");
    }

    @Test
    void byTagEachNoteTakesItsMostCommonTag() {
        ColourGroups c = ColourGroups.of(g, all(g), GraphFilters.ColourMode.TAG);
        assertThat(c.legend()).containsExactly(new ColourGroups.Group("idea", 3), new ColourGroups.Group("work", 1));
        assertThat(c.group()[node(g, "Ideas")]).isEqualTo(0);
        assertThat(c.group()[node(g, "Plan")]).isEqualTo(1);
        assertThat(c.group()[node(g, "Day")]).isEqualTo(-1);
        assertThat(ColourGroups.of(g, all(g), GraphFilters.ColourMode.NONE).legend()).isEmpty();
    }

    @Test
    void atMostEightGroups() {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            for (int k = 0; k <= i; k++) {
                notes.add(note("F" + i + "/N" + k + ".md"));
            }
        }
        GraphData many = graph(notes);
        ColourGroups c = ColourGroups.of(many, all(many), GraphFilters.ColourMode.FOLDER);
        assertThat(c.legend()).hasSize(ColourGroups.MAX_GROUPS);
        assertThat(c.legend().get(0)).isEqualTo(new ColourGroups.Group("F11", 12));
        assertThat(c.group()[node(many, "N0")]).isIn(-1, 0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(Arrays.stream(c.group()).filter(x -> x == -1).count()).isEqualTo(1 + 2 + 3 + 4);
        assertThat(c.others(many, all(many))).as("the legend's grey \"others\"").isEqualTo(1 + 2 + 3 + 4);
        assertThat(ColourGroups.of(many, all(many), GraphFilters.ColourMode.NONE).others(many, all(many)))
                .as("no colours, no legend").isZero();
    }
}
