package org.kasten.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.ui.graph.TestGraphs.graph;
import static org.kasten.ui.graph.TestGraphs.note;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GraphFilterTest {

    /** Home -> Alpha -> Beta -> Gamma chain, Home -> Idea (ghost), Alpha => a.png, Lone orphan. */
    private final GraphData g = graph(List.of(note("Home.md", "start"), note("Greek/Alpha.md", "greek/letter"),
            note("Greek/Beta.md", "greek"), note("Greek/More/Gamma.md"), note("Lone.md", "start")),
            List.of("img/a.png"),
            "Home -> Alpha", "Alpha -> Beta", "Beta -> Gamma", "Home -> Idea", "Alpha => a.png");

    private List<String> shown(GraphFilters f, Set<String> matches, String current) {
        boolean[] s = GraphFilter.apply(g, f, matches, current == null ? -1 : TestGraphs.node(g, current));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (s[i]) {
                names.add(g.label(i));
            }
        }
        return names;
    }

    @Test
    void byDefaultEverythingButAttachments() {
        assertThat(shown(GraphFilters.DEFAULT, null, null))
                .containsExactlyInAnyOrder("Home", "Alpha", "Beta", "Gamma", "Lone", "Idea");
        assertThat(shown(GraphFilters.DEFAULT.withAttachments(true).withGhosts(false), null, null))
                .containsExactlyInAnyOrder("Home", "Alpha", "Beta", "Gamma", "Lone", "a.png");
    }

    @Test
    void tagsIncludeNestedTagsAndFoldersTheirSubFolders() {
        assertThat(shown(GraphFilters.DEFAULT.withTags(List.of("greek")).withGhosts(false), null, null))
                .containsExactlyInAnyOrder("Alpha", "Beta");
        assertThat(shown(GraphFilters.DEFAULT.withFolders(List.of("Greek")), null, null))
                .containsExactlyInAnyOrder("Alpha", "Beta", "Gamma");
        assertThat(shown(GraphFilters.DEFAULT.withTags(List.of("start")), null, null))
                .as("a ghost stays beside a note that passed").containsExactlyInAnyOrder("Home", "Lone", "Idea");
    }

    @Test
    void theQueryKeepsTheNotesTheSearchFound() {
        GraphFilters f = GraphFilters.DEFAULT.withQuery("beta OR gamma");
        assertThat(shown(f, Set.of("Greek/Beta.md", "Greek/More/Gamma.md"), null))
                .containsExactlyInAnyOrder("Beta", "Gamma");
    }

    @Test
    void orphansOffHidesNodesLeftAlone() {
        assertThat(shown(GraphFilters.DEFAULT.withOrphans(false), null, null)).doesNotContain("Lone")
                .contains("Home", "Idea");
        assertThat(shown(GraphFilters.DEFAULT.withOrphans(false).withTags(List.of("greek")).withGhosts(false), null, null))
                .containsExactlyInAnyOrder("Alpha", "Beta");
        assertThat(shown(GraphFilters.DEFAULT.withOrphans(false).withFolders(List.of("Greek/More")), null, null))
                .as("Gamma's only neighbour is filtered out").isEmpty();
    }

    @Test
    void depthKeepsTheNeighbourhoodOfTheCurrentNote() {
        assertThat(shown(GraphFilters.DEFAULT.withDepth(1), null, "Alpha"))
                .containsExactlyInAnyOrder("Alpha", "Home", "Beta");
        assertThat(shown(GraphFilters.DEFAULT.withDepth(2), null, "Alpha"))
                .containsExactlyInAnyOrder("Alpha", "Home", "Beta", "Gamma", "Idea");
        assertThat(shown(GraphFilters.DEFAULT.withDepth(2).withGhosts(false), null, "Alpha"))
                .containsExactlyInAnyOrder("Alpha", "Home", "Beta", "Gamma");
        assertThat(shown(GraphFilters.DEFAULT.withDepth(3).withFolders(List.of("Greek")), null, "Home"))
                .as("the current note stays though filtered out").containsExactlyInAnyOrder("Home", "Alpha", "Beta", "Gamma");
        assertThat(shown(GraphFilters.DEFAULT.withDepth(3).withFolders(List.of("Greek/More")), null, "Home"))
                .as("paths go through shown nodes only").containsExactly("Home");
        assertThat(shown(GraphFilters.DEFAULT.withDepth(1), null, null)).hasSize(6); // no current note: no depth
    }
}
