package org.kasten.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private final LabelPlacer placer = new LabelPlacer();

    /** Five nodes in a row 40 px apart, radius 5, names 60 px wide: only every second fits. */
    private int place(double spacing, float radius, double minRadius, int always, int[] order) {
        int n = 5;
        float[] x = new float[n];
        float[] y = new float[n];
        float[] r = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (100 + i * spacing);
            y[i] = 100;
            r[i] = radius;
        }
        boolean[] shown = new boolean[n];
        Arrays.fill(shown, true);
        return placer.place(order, shown, x, y, r, minRadius, always, i -> 60, 14, 1000, 800, 100);
    }

    @Test
    void namesNeverOverlapAndTheFirstInOrderWin() {
        int placed = place(40, 5, 0, 0, new int[] {2, 0, 1, 3, 4});
        assertThat(placed).isEqualTo(3);
        assertThat(new int[] {placer.chosen(0), placer.chosen(1), placer.chosen(2)}).containsExactly(2, 0, 4);
        for (int a = 0; a < placed; a++) {
            for (int b = a + 1; b < placed; b++) {
                boolean apart = placer.box(a, 2) <= placer.box(b, 0) || placer.box(b, 2) <= placer.box(a, 0);
                assertThat(apart).isTrue();
            }
        }
        assertThat(placer.box(0, 1)).isEqualTo(100 + 5 + 2); // under its node
    }

    @Test
    void zoomingInMakesRoomForMoreNames() {
        assertThat(place(40, 5, 0, 0, new int[] {0, 1, 2, 3, 4})).isEqualTo(3);
        assertThat(place(80, 10, 0, 0, new int[] {0, 1, 2, 3, 4})).isEqualTo(5);
    }

    @Test
    void smallNodesWaitForZoomExceptTheFirstFew() {
        assertThat(place(100, 2, 3, 0, new int[] {0, 1, 2, 3, 4})).isZero();
        assertThat(place(100, 2, 3, 2, new int[] {3, 1, 2, 0, 4})).isEqualTo(2);
        assertThat(placer.chosen(0)).isEqualTo(3);
        assertThat(place(100, 4, 3, 0, new int[] {0, 1, 2, 3, 4})).isEqualTo(5);
    }

    @Test
    void forcedNamesTakeAFreePlaceAroundTheirNodeAndOthersKeepClearOfThem() {
        float[] x = {100, 130, 145, 400};
        float[] y = {100, 100, 100, 100};
        float[] r = {5, 5, 5, 5};
        boolean[] all = {true, true, true, true};
        int placed = placer.place(new int[] {0, 1, 2, 3}, all, x, y, r, 0, 0, 3, i -> 60, 14, 1000, 800, 10);
        assertThat(placed).isEqualTo(4);
        assertThat(placer.box(0, 1)).as("0 under its node").isEqualTo(107);
        assertThat(placer.box(1, 3)).as("1 would overlap 0 under its node: it goes over it").isEqualTo(93);
        assertThat(placer.box(2, 0)).as("2 overlaps both under and over: right of its node").isEqualTo(153);

        float[] crowd = {100, 101, 102, 103, 104, 105};
        float[] cy = {100, 100, 100, 100, 100, 100};
        float[] cr = {5, 5, 5, 5, 5, 5};
        boolean[] six = {true, true, true, true, true, true};
        placed = placer.place(new int[] {0, 1, 2, 3, 4, 5}, six, crowd, cy, cr, 0, 0, 5, i -> 60, 14, 1000, 800, 10);
        assertThat(placed).as("forced names take the free places around their node; the unforced one finds none")
                .isEqualTo(5);
        assertNoneOverlap(placed);
    }

    @Test
    void inACrowdNoTwoNamesOverlapAShortFormIsTriedAndTheLeastImportantAreLeftOut() {
        int n = 24; // a centre and 23 neighbours packed on a small circle, as in a narrow sidebar
        float[] x = new float[n];
        float[] y = new float[n];
        float[] r = new float[n];
        int[] order = new int[n];
        boolean[] shown = new boolean[n];
        x[0] = 150;
        y[0] = 120;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                x[i] = (float) (150 + 60 * Math.cos(i * 2 * Math.PI / (n - 1)));
                y[i] = (float) (120 + 60 * Math.sin(i * 2 * Math.PI / (n - 1)));
            }
            r[i] = 4;
            order[i] = i;
            shown[i] = true;
        }
        int placed = placer.place(order, shown, x, y, r, 0, 0, n, i -> 110, i -> 50, 14, 300, 240, 100);
        assertNoneOverlap(placed);
        assertThat(placer.chosen(0)).as("the centre is always named").isZero();
        boolean anyShort = false;
        for (int k = 0; k < placed; k++) {
            anyShort |= placer.shortened(k);
            assertThat((double) placer.box(k, 2) - placer.box(k, 0))
                    .isCloseTo(placer.shortened(k) ? 50 : 110, org.assertj.core.data.Offset.offset(0.01));
        }
        assertThat(anyShort).as("names that do not fit whole are cut before they are left out").isTrue();
        assertThat(placed).as("some are left out: there is no room for 24 names").isLessThan(n).isGreaterThan(12);
    }

    private void assertNoneOverlap(int placed) {
        for (int a = 0; a < placed; a++) {
            for (int b = a + 1; b < placed; b++) {
                boolean apart = placer.box(a, 2) <= placer.box(b, 0) || placer.box(b, 2) <= placer.box(a, 0)
                        || placer.box(a, 3) <= placer.box(b, 1) || placer.box(b, 3) <= placer.box(a, 1);
                assertThat(apart).as("names of %d and %d apart", placer.chosen(a), placer.chosen(b)).isTrue();
            }
        }
    }

    @Test
    void namesOutsideTheViewAreSkipped() {
        float[] x = {-200, 500};
        float[] y = {100, 100};
        float[] r = {5, 5};
        int placed = placer.place(new int[] {0, 1}, new boolean[] {true, true}, x, y, r, 0, 0, i -> 60, 14, 1000, 800, 10);
        assertThat(placed).isEqualTo(1);
        assertThat(placer.chosen(0)).isEqualTo(1);
    }

    @Test
    void aNameNearAnEdgeIsShiftedInsideTheView() {
        float[] x = {10, 395, 200, 200};
        float[] y = {100, 100, 295, 5};
        float[] r = {5, 5, 5, 5};
        boolean[] all = {true, true, true, true};
        for (int forced : new int[] {4, 0}) {
            int placed = placer.place(new int[] {0, 1, 2, 3}, all, x, y, r, 0, 0, forced, i -> 60, 14, 400, 300, 10);
            assertThat(placed).isEqualTo(4);
            for (int k = 0; k < placed; k++) {
                assertThat(placer.box(k, 0)).as("left of %d, forced %d", placer.chosen(k), forced).isGreaterThanOrEqualTo(0);
                assertThat(placer.box(k, 1)).as("top of %d", placer.chosen(k)).isGreaterThanOrEqualTo(0);
                assertThat(placer.box(k, 2)).as("right of %d", placer.chosen(k)).isLessThanOrEqualTo(400);
                assertThat(placer.box(k, 3)).as("bottom of %d", placer.chosen(k)).isLessThanOrEqualTo(300);
            }
        }
    }

    @Test
    void theCentreIsNamedFirstAndNoOtherNameCoversItsNode() {
        float[] x = {200, 200, 230};
        float[] y = {150, 136, 160};
        float[] r = {10, 4, 4};
        boolean[] all = {true, true, true};
        int placed = placer.place(new int[] {0, 1, 2}, all, x, y, r, 0, 0, 3, i -> 60, 14, 400, 300, 10);
        assertThat(placed).isEqualTo(3);
        assertThat(placer.chosen(0)).as("the centre first").isZero();
        assertThat(placer.box(0, 1)).as("under the centre").isEqualTo(150 + 10 + 2);
        for (int k = 1; k < placed; k++) {
            float cx = Math.max(placer.box(k, 0), Math.min(200, placer.box(k, 2)));
            float cy = Math.max(placer.box(k, 1), Math.min(150, placer.box(k, 3)));
            double distance = Math.hypot(cx - 200, cy - 150);
            assertThat(distance).as("name of %d clear of the centre's dot", placer.chosen(k)).isGreaterThanOrEqualTo(10);
        }
    }
}
