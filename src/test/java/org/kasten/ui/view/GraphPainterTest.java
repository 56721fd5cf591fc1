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

    /** A canvas resized to other sides of the same area (400 × 200 to 200 × 400) is drawn at its new shape. */
    @Test
    void aCanvasResizedToTheSameAreaIsDrawnAtItsNewShape() throws Exception {
        WindowTestBase.fx(() -> {
            GraphPicture p = picture();
            GraphPainter painter = new GraphPainter();
            Canvas canvas = new Canvas(400, 200);
            Viewport wide = new Viewport();
            float[] xy = new float[2 * GRAPH.size()];
            xy[2 * OTHER] = 100;
            xy[2 * GHOST + 1] = 100;
            wide.fit(xy, p.shown(), 400, 200, 30);
            painter.paint(canvas.getGraphicsContext2D(), 400, 200, p, xy, wide, -1, false);
            canvas.setWidth(200);
            canvas.setHeight(400);
            Viewport tall = new Viewport();
            tall.fit(xy, p.shown(), 200, 400, 30);
            painter.paint(canvas.getGraphicsContext2D(), 200, 400, p, xy, tall, -1, false);
            assertThat(midpoint(canvas, tall, xy, PAGE, OTHER)).as("the edge Page - Other halfway").isNotEqualTo(Color.WHITE);
            assertThat(midpoint(canvas, tall, xy, PAGE, GHOST)).as("the edge Page - Missing halfway").isNotEqualTo(Color.WHITE);
            double ox = (tall.toScreenX(xy[2 * OTHER]) + tall.toScreenX(xy[2 * GHOST])) / 2;
            double oy = (tall.toScreenY(xy[2 * OTHER + 1]) + tall.toScreenY(xy[2 * GHOST + 1])) / 2;
            assertThat(canvas.snapshot(null, null).getPixelReader().getColor((int) ox, (int) oy))
                    .as("no edge between Other and Missing").isEqualTo(Color.WHITE);
            return null;
        });
    }

    /**
     * Panning by whole pixels moves the last frame and draws only the strips it uncovers: each frame so made is the
     * frame a new painter draws at that offset (to within 2 of 255 in a channel: antialiasing cut at the old edges),
     * and a hover or a zoom draws the whole frame again.
     */
    @Test
    void aPannedFrameIsTheFrameDrawnAfreshAtTheNewOffset() throws Exception {
        List<org.kasten.note.Note> notes = new java.util.ArrayList<>();
        List<String> links = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 40; i++) {
            notes.add(TestGraphs.note("N" + i + ".md"));
            for (int k = 0; k < 3; k++) {
                links.add("N" + i + (k == 2 ? " ~> N" : " -> N") + random.nextInt(40));
            }
            links.add("N" + i + " -> Ghost" + random.nextInt(5));
        }
        GraphData g = TestGraphs.graph(notes, links.toArray(String[]::new));
        boolean[] shown = new boolean[g.size()];
        java.util.Arrays.fill(shown, true);
        GraphPicture p = GraphPicture.of(g, shown, ColourGroups.of(g, shown, GraphFilters.ColourMode.NONE), 0, List.of(),
                List.of());
        float[] xy = new float[2 * g.size()];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = (float) (random.nextDouble() * 600);
        }
        WindowTestBase.fx(() -> {
            Viewport v = new Viewport();
            v.fit(xy, shown, 200, 150, 10);
            v.zoomAt(3, 100, 75); // zoomed in: most edges cross the view or run past it
            GraphPainter painter = new GraphPainter();
            Canvas canvas = new Canvas(200, 150);
            painter.paint(canvas.getGraphicsContext2D(), 200, 150, p, xy, v, -1, false);
            int[][] moves = {{4, 3}, {-4, -3}, {4, -3}, {0, 5}, {-9, 0}, {1, -1}};
            for (int[] m : moves) {
                v.pan(m[0], m[1]);
                painter.paint(canvas.getGraphicsContext2D(), 200, 150, p, xy, v, -1, false);
                assertThat(painter.moved()).as("a pan by %d, %d moves the last frame", m[0], m[1]).isTrue();
                assertThat(largestDifference(canvas, fresh(p, xy, v))).as("after the pan by %d, %d", m[0], m[1])
                        .isLessThanOrEqualTo(2);
            }
            painter.paint(canvas.getGraphicsContext2D(), 200, 150, p, xy, v, 1, false);
            assertThat(painter.moved()).as("a hovered node lights other edges: drawn again").isFalse();
            v.zoomAt(1.1, 100, 75);
            painter.paint(canvas.getGraphicsContext2D(), 200, 150, p, xy, v, 1, false);
            assertThat(painter.moved()).as("zoomed: drawn again").isFalse();
            v.pan(0.5, 0);
            painter.paint(canvas.getGraphicsContext2D(), 200, 150, p, xy, v, 1, false);
            assertThat(painter.moved()).as("half a pixel: drawn again").isFalse();
            return null;
        });
    }

    private static Canvas fresh(GraphPicture p, float[] xy, Viewport v) {
        Canvas canvas = new Canvas(200, 150);
        new GraphPainter().paint(canvas.getGraphicsContext2D(), 200, 150, p, xy, v, -1, false);
        return canvas;
    }

    /** The largest difference of a colour channel, out of 255, between two canvases' pixels. */
    private static int largestDifference(Canvas a, Canvas b) {
        var pa = a.snapshot(null, null).getPixelReader();
        var pb = b.snapshot(null, null).getPixelReader();
        int most = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = pa.getArgb(x, y), q = pb.getArgb(x, y);
                for (int s = 0; s < 24; s += 8) {
                    most = Math.max(most, Math.abs((p >> s & 0xff) - (q >> s & 0xff)));
                }
            }
        }
        return most;
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
