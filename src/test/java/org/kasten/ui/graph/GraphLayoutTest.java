package org.kasten.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.ui.graph.TestGraphs.graph;
import static org.kasten.ui.graph.TestGraphs.node;
import static org.kasten.ui.graph.TestGraphs.note;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kasten.note.Note;

class GraphLayoutTest {

    /** Two rings of six notes (R0..R5, S0..S5) joined by one edge R0-S0, and two orphans. */
    private static GraphData rings() {
        List<Note> notes = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (String ring : new String[] {"R", "S"}) {
            for (int i = 0; i < 6; i++) {
                notes.add(note(ring + i + ".md"));
                links.add(ring + i + " -> " + ring + (i + 1) % 6);
                links.add(ring + i + " -> " + ring + (i + 2) % 6);
            }
        }
        links.add("R0 -> S0");
        notes.add(note("Lonely.md"));
        notes.add(note("Alone.md"));
        return graph(notes, links.toArray(String[]::new));
    }

    private static double distance(GraphLayout l, int a, int b) {
        return Math.hypot(l.x(a) - l.x(b), l.y(a) - l.y(b));
    }

    private static GraphLayout settle(GraphData g, long seed, boolean parallel) {
        GraphLayout l = new GraphLayout(g, seed, Map.of(), parallel);
        int ticks = 0;
        while (l.tick()) {
            ticks++;
        }
        assertThat(ticks).isBetween(100, 1000);
        assertThat(l.settled()).isTrue();
        return l;
    }

    @Test
    void linkedNodesEndCloserThanUnlinkedOnes() {
        GraphData g = rings();
        GraphLayout l = settle(g, 7, false);
        double within = 0, across = 0;
        int wn = 0, an = 0;
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                if (i != j) {
                    within += distance(l, node(g, "R" + i), node(g, "R" + j));
                    wn++;
                }
                across += distance(l, node(g, "R" + i), node(g, "S" + j));
                an++;
            }
        }
        assertThat(within / wn).isLessThan(0.6 * across / an);
        for (int e = 0; e < g.edgeCount(); e++) { // every edge is shorter than the distance to an orphan
            double edge = distance(l, g.edgeA(e), g.edgeB(e));
            assertThat(edge).isLessThan(distance(l, g.edgeA(e), node(g, "Lonely")));
        }
        for (int i = 0; i < g.size(); i++) { // no two nodes on one spot
            for (int j = i + 1; j < g.size(); j++) {
                assertThat(distance(l, i, j)).isGreaterThan(3);
            }
        }
    }

    @Test
    void sameSeedSameLayoutOnOneThreadOrMany() {
        GraphData g = rings();
        GraphLayout a = settle(g, 42, false);
        GraphLayout b = settle(g, 42, true);
        GraphLayout c = settle(g, 43, false);
        assertThat(b.positions()).isEqualTo(a.positions());
        assertThat(c.positions()).isNotEqualTo(a.positions());
    }

    @Test
    void rememberedPositionsStartSettledAndNewNodesStartBesideANeighbour() {
        GraphData g = rings();
        GraphLayout first = settle(g, 1, false);
        Map<String, double[]> known = new HashMap<>();
        for (int i = 0; i < g.size(); i++) {
            known.put(g.key(i), new double[] {first.x(i), first.y(i)});
        }
        GraphLayout again = new GraphLayout(g, 99, known, false);
        assertThat(again.settled()).isTrue();
        assertThat(again.tick()).isFalse();
        assertThat(again.x(3)).isEqualTo(first.x(3));

        known.remove(g.key(node(g, "R3")));
        GraphLayout one = new GraphLayout(g, 99, known, false);
        assertThat(one.settled()).isFalse(); // a little refinement for the newcomer
        assertThat(one.alpha()).isLessThan(0.5);
        assertThat(distance(one, node(g, "R3"), node(g, "R2"))).isLessThan(3 * GraphLayout.LINK_DISTANCE);
    }

    @Test
    void aPinnedNodeStaysWhereItIsPutAndItsNeighboursFollowIt() {
        GraphData g = rings();
        GraphLayout l = settle(g, 3, false);
        int r0 = node(g, "R0"), r1 = node(g, "R1"), s3 = node(g, "S3");
        double farX = l.x(r0) + 600, farY = l.y(r0) - 400;
        double r1Before = Math.hypot(l.x(r1) - farX, l.y(r1) - farY);
        double s3Before = Math.hypot(l.x(s3) - farX, l.y(s3) - farY);
        l.pin(r0, farX, farY);
        l.setAlphaTarget(0.3);
        for (int i = 0; i < 300; i++) {
            assertThat(l.tick()).as("kept warm while held").isTrue();
        }
        assertThat(l.x(r0)).isEqualTo(farX);
        assertThat(l.y(r0)).isEqualTo(farY);
        assertThat(Math.hypot(l.x(r1) - farX, l.y(r1) - farY)).as("its neighbour follows")
                .isLessThan(0.5 * r1Before);
        assertThat(Math.hypot(l.x(s3) - farX, l.y(s3) - farY)).as("the other ring, one edge further, follows too")
                .isLessThan(s3Before);

        l.unpin(r0);
        l.setAlphaTarget(0);
        int ticks = 0;
        while (l.tick()) {
            ticks++;
        }
        assertThat(ticks).as("released, it settles again").isBetween(10, 1000);
        assertThat(l.x(r0)).as("and moves with the forces").isNotEqualTo(farX);
    }

    @Test
    void barnesHutAgreesWithTheExactSumWhenItOpensEveryCell() {
        double[] x = new double[200];
        double[] y = new double[200];
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextGaussian() * 100;
            y[i] = r.nextGaussian() * 100;
        }
        x[7] = x[8]; // two nodes on one spot
        y[7] = y[8];
        BarnesHutTree tree = new BarnesHutTree();
        tree.build(x, y, null);
        int[] stack = new int[tree.stackSize()];
        double[] exact = new double[2];
        double[] approx = new double[2];
        for (int i = 0; i < x.length; i++) {
            tree.repel(i, 30, 0, 1, stack, exact); // theta 0: every cell opened, so the sum is exact
            double fx = 0, fy = 0;
            for (int j = 0; j < x.length; j++) {
                double dx = x[i] - x[j], dy = y[i] - y[j];
                if (j != i && (dx != 0 || dy != 0)) {
                    double d2 = Math.max(dx * dx + dy * dy, 1);
                    fx += dx * 30 / d2;
                    fy += dy * 30 / d2;
                }
            }
            if (i != 7 && i != 8) {
                assertThat(exact[0]).isCloseTo(fx, org.assertj.core.data.Offset.offset(1e-9 + Math.abs(fx) * 1e-9));
                assertThat(exact[1]).isCloseTo(fy, org.assertj.core.data.Offset.offset(1e-9 + Math.abs(fy) * 1e-9));
            }
            tree.repel(i, 30, 0.9, 1, stack, approx);
            double norm = Math.hypot(exact[0], exact[1]);
            assertThat(Math.hypot(approx[0] - exact[0], approx[1] - exact[1])).isLessThan(0.25 * norm + 0.05);
        }
    }
}
