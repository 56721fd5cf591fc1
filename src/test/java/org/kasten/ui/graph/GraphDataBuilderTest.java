package org.kasten.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.ui.graph.TestGraphs.graph;
import static org.kasten.ui.graph.TestGraphs.node;
import static org.kasten.ui.graph.TestGraphs.note;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.note.Note;

class GraphDataBuilderTest {

    @Test
    void notesGhostsAndAttachmentsBecomeNodesAndLinkedPairsOneEdge() {
        List<Note> notes = List.of(note("A.md"), note("Dir/B.md", "x"), note("C.md"));
        GraphData g = graph(notes, List.of("img/pic.png"),
                "A -> B", "B -> A", "A -> B", "A -> Idea", "C -> idea", "C => pic.png", "C -> C");
        assertThat(g.size()).isEqualTo(5); // A, B, C, pic.png, one ghost for Idea/idea
        assertThat(g.kind(node(g, "Idea"))).isEqualTo(GraphData.Kind.GHOST);
        assertThat(g.kind(node(g, "pic.png"))).isEqualTo(GraphData.Kind.ATTACHMENT);
        assertThat(g.edgeCount()).isEqualTo(4); // A-B once, A-Idea, C-Idea, C-pic; C's self-link draws nothing
        assertThat(g.degree(node(g, "A"))).isEqualTo(2);
        assertThat(g.degree(node(g, "Idea"))).isEqualTo(2);
        assertThat(g.folder(node(g, "B"))).isEqualTo("Dir");
        assertThat(g.tags(node(g, "B"))).containsExactly("x");
        assertThat(g.key(node(g, "B"))).isEqualTo("n:Dir/B.md");
        assertThat(g.indexOf("g:IDEA")).isEqualTo(node(g, "Idea"));
        assertThat(g.sampled()).isFalse();
    }

    @Test
    void anEdgeIsSeeAlsoOnlyWhenEveryLinkBehindItIs() {
        List<Note> notes = List.of(note("A.md"), note("B.md"), note("C.md"));
        GraphData g = graph(notes, "A ~> B", "A ~> C", "C -> A");
        for (int e = 0; e < g.edgeCount(); e++) {
            boolean withB = g.edgeA(e) == node(g, "B") || g.edgeB(e) == node(g, "B");
            assertThat(g.seeAlso(e)).as("edge %d", e).isEqualTo(withB);
        }
    }

    @Test
    void aLargeGraphKeepsItsBestLinkedNodesAndSaysSo() {
        List<Note> notes = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            notes.add(note("N" + i + ".md"));
            if (i > 0 && i < 10) {
                links.add("N" + i + " -> N0"); // N0 is the hub; N1..N9 have one link; the rest none
            }
        }
        assertThat(graph(notes, links.toArray(String[]::new)).size()).isEqualTo(30);
        GraphData g = TestGraphs.sampled(notes, List.of(), 10, links.toArray(String[]::new));
        assertThat(g.size()).isEqualTo(10);
        assertThat(g.totalNodes()).isEqualTo(30);
        assertThat(g.sampled()).isTrue();
        assertThat(g.degree(node(g, "N0"))).isEqualTo(9);
        assertThat(g.edgeCount()).isEqualTo(9);
    }
}
