package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kasten.ui.graph.ColourGroups;
import org.kasten.ui.graph.GraphData;
import org.kasten.ui.graph.GraphFilters;
import org.kasten.ui.graph.GraphPicture;
import org.kasten.ui.graph.TestGraphs;
import org.kasten.ui.graph.Viewport;

/** What the painter draws where, read back from the canvas's pixels: the colours of nodes by kind. */
class GraphPainterTest {

    private static final GraphData GRAPH = TestGraphs.graph(List.of(TestGraphs.note("Page.md"), TestGraphs.note("Other.md")),
            "Page -> Other", "Page -> Missing");
    private static final int PAGE = TestGraphs.node(GRAPH, "Page");
    private static final int OTHER = TestGraphs.node(GRAPH, "Other");
    private static final int GHOST = TestGraphs.node(GRAPH, "Missing");

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up
        }
    }

    @Test
    void withKindColoursTheCurrentNoteNotesAndGhostsAreToldApart() throws Exception {
        Color[] plain = paint(false);
        assertThat(plain[OTHER]).as("by default a node outside any group is grey").isEqualTo(Color.web("#6e7781"));
        assertThat(plain[PAGE]).as("the current note too, only ringed").isEqualTo(Color.web("#6e7781"));

        Color[] kinds = paint(true);
        assertThat(kinds[OTHER]).as("a note in the notes' colour").isEqualTo(GraphPainter.PALETTE[0]);
        assertThat(kinds[PAGE]).as("the current note filled with the accent").isEqualTo(Color.web("#0969da"));
        assertThat(kinds[GHOST]).as("a ghost stays hollow: the background shows at its centre").isEqualTo(Color.WHITE);
    }

    @Test
    void edgesAreDrawnBetweenTheirNodesAndLitInTheAccentWhileANodeIsHovered() throws Exception {
        WindowTestBase.fx(() -> {
            Viewport v = new Viewport();
            Canvas canvas = new Canvas(300, 300);
            GraphPicture p = picture();
            float[] xy = positions(v, p);
            GraphPainter painter = new GraphPainter();
            painter.paint(canvas.getGraphicsContext2D(), 300, 300, p, xy, v, -1, false);
            Color between = midpoint(canvas, v, xy, PAGE, OTHER);
            assertThat(between).as("the edge Page - Other shows halfway").isNotEqualTo(Color.WHITE);
            assertThat(between.getBlue()).as("a faint grey").isEqualTo(between.getRed(), org.assertj.core.data.Offset.offset(0.05));
            double ox = (v.toScreenX(xy[2 * OTHER]) + v.toScreenX(xy[2 * GHOST])) / 2;
            double oy = (v.toScreenY(xy[2 * OTHER + 1]) + v.toScreenY(xy[2 * GHOST + 1])) / 2;
            assertThat(canvas.snapshot(null, null).getPixelReader().getColor((int) ox, (int) oy))
                    .as("no edge between Other and Missing").isEqualTo(Color.WHITE);

            painter.paint(canvas.getGraphicsContext2D(), 300, 300, p, xy, v, PAGE, false);
            Color lit = midpoint(canvas, v, xy, PAGE, OTHER);
            assertThat(lit.getBlue()).as("hovering Page lights its edge in the accent blue").isGreaterThan(lit.getRed() + 0.3);
            return null;
        });
    }

    private static GraphPicture picture() {
        boolean[] shown = new boolean[GRAPH.size()];
        java.util.Arrays.fill(shown, true);
        return GraphPicture.of(GRAPH, shown, ColourGroups.of(GRAPH, shown, GraphFilters.ColourMode.NONE), PAGE, List.of(),
                List.of());
    }

    /** Page at the origin, Other to its right, Missing below it, fitted into a 300 × 300 view. */
    private static float[] positions(Viewport v, GraphPicture p) {
        float[] xy = new float[2 * GRAPH.size()];
        xy[2 * OTHER] = 100;
        xy[2 * GHOST + 1] = 100;
        v.fit(xy, p.shown(), 300, 300, 60);
        return xy;
    }

    private static Color midpoint(Canvas canvas, Viewport v, float[] xy, int a, int b) {
        double x = (v.toScreenX(xy[2 * a]) + v.toScreenX(xy[2 * b])) / 2;
        double y = (v.toScreenY(xy[2 * a + 1]) + v.toScreenY(xy[2 * b + 1])) / 2;
        return canvas.snapshot(null, null).getPixelReader().getColor((int) x, (int) y);
    }

    /** Paints the three nodes apart and returns the colour at each node's centre. */
    private static Color[] paint(boolean kindColours) throws Exception {
        return WindowTestBase.fx(() -> {
            GraphPainter painter = new GraphPainter();
            painter.colourKinds(kindColours);
            boolean[] shown = new boolean[GRAPH.size()];
            java.util.Arrays.fill(shown, true);
            GraphPicture p = GraphPicture.of(GRAPH, shown, ColourGroups.of(GRAPH, shown, GraphFilters.ColourMode.NONE),
                    PAGE, List.of(), List.of());
            float[] xy = new float[2 * GRAPH.size()];
            xy[2 * OTHER] = 100;
            xy[2 * GHOST + 1] = 100;
            Viewport v = new Viewport();
            v.fit(xy, shown, 300, 300, 60);
            Canvas canvas = new Canvas(300, 300);
            painter.paint(canvas.getGraphicsContext2D(), 300, 300, p, xy, v, -1, false);
            WritableImage image = canvas.snapshot(null, null);
            Color[] at = new Color[GRAPH.size()];
            for (int i = 0; i < at.length; i++) {
                at[i] = image.getPixelReader().getColor((int) Math.round(v.toScreenX(xy[2 * i])),
                        (int) Math.round(v.toScreenY(xy[2 * i + 1])));
            }
            return at;
        });
    }
}
