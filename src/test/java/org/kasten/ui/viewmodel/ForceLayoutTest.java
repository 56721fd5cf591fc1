package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ForceLayoutTest {

    private static double distance(ForceLayout l, int a, int b) {
        return Math.hypot(l.x(a) - l.x(b), l.y(a) - l.y(b));
    }

    @Test
    void linkedNodesEndCloserThanUnlinkedOnes() {
        // 0 - 1 - 2 chain and 3 - 4 pair, both tied to the centre 0
        ForceLayout l = new ForceLayout(5, List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 3}, new int[] {3, 4}));
        l.run(300);
        assertThat(distance(l, 1, 2)).isLessThan(distance(l, 2, 4));
        assertThat(distance(l, 3, 4)).isLessThan(distance(l, 2, 4));
    }

    @Test
    void centreStaysPutAndNodesStayInTheBoxApart() {
        ForceLayout l = new ForceLayout(30, List.of(new int[] {0, 1}));
        l.run(200);
        assertThat(l.x(0)).isZero();
        assertThat(l.y(0)).isZero();
        for (int i = 0; i < 30; i++) {
            assertThat(Math.abs(l.x(i))).isLessThanOrEqualTo(0.5);
            assertThat(Math.abs(l.y(i))).isLessThanOrEqualTo(0.5);
            for (int j = i + 1; j < 30; j++) {
                assertThat(distance(l, i, j)).isGreaterThan(0.01);
            }
        }
    }

    @Test
    void sameGraphSameLayout() {
        ForceLayout a = new ForceLayout(8, List.of(new int[] {0, 1}, new int[] {2, 3}));
        ForceLayout b = new ForceLayout(8, List.of(new int[] {0, 1}, new int[] {2, 3}));
        a.run(50);
        b.run(50);
        for (int i = 0; i < 8; i++) {
            assertThat(a.x(i)).isEqualTo(b.x(i));
        }
    }
}
