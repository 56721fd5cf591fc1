package org.kasten.ui.view;

import java.util.Arrays;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.kasten.ui.graph.GraphData;
import org.kasten.ui.graph.GraphPicture;
import org.kasten.ui.graph.Viewport;

/**
 * Draws a {@link GraphPicture} on a canvas: where each node is on screen, the shapes (edges and nodes, drawn into
 * pixels by {@link GraphPixels}), then the names placed by {@link GraphNames} and the hovered node's title as text
 * over them. While the pointer is over a node, that node and its neighbours are lit and the rest dimmed.
 */
final class GraphPainter {

    /** Group colours: apart from each other and readable on light and dark. */
    static final Color[] PALETTE = {
        Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#59a14f"), Color.web("#e15759"),
        Color.web("#b07aa1"), Color.web("#76b7b2"), Color.web("#edc948"), Color.web("#ff9da7"),
    };
    private static final Color OTHERS_LIGHT = Color.web("#6e7781");
    private static final Color OTHERS_DARK = Color.web("#8b949e");
    private static final Font TITLE = Font.font("System", FontWeight.BOLD, 12.5);

    private final GraphNames names = new GraphNames();
    private final Text measure = new Text();
    private final GraphPixels pixels = new GraphPixels();
    private float[] sx = new float[0];
    private float[] sy = new float[0];
    private float[] sr = new float[0];
    private boolean[] lit = new boolean[0];
    private boolean kindColours;

    /** The naming rules: see {@link GraphNames#rules}. */
    void nameRules(int always, int forced, double minRadiusPx, int length, int shortLength) {
        names.rules(always, forced, minRadiusPx, length, shortLength);
    }

    /**
     * With {@code on}, nodes outside every colour group are coloured by kind instead of all grey: notes in the
     * first group colour, ghosts grey (hollow as always), attachments in a colour of their own, and the current
     * note filled with the accent colour as well as ringed. The local graph, which has no colour groups by
     * default, turns it on so its page, notes and ghosts are told apart at a glance.
     */
    void colourKinds(boolean on) {
        kindColours = on;
    }

    /** The colour of nodes in no colour group (and of the legend's "others" dot), for the theme. */
    static Color others(boolean dark) {
        return dark ? OTHERS_DARK : OTHERS_LIGHT;
    }

    /**
     * Paints the picture with the layout positions {@code xy} (never changed once painted: new positions come in a
     * new array); {@code hover} is the node under the pointer or -1.
     */
    void paint(GraphicsContext gc, double w, double h, GraphPicture p, float[] xy, Viewport v, int hover, boolean dark) {
        Color background = GraphPixels.background(dark);
        Color text = dark ? Color.web("#c9d1d9") : Color.web("#24292f");
        GraphData d = p.data();
        int n = Math.min(d.size(), xy.length / 2);
        grow(d.size());
        double scale = v.scale();
        for (int i = 0; i < n; i++) {
            sx[i] = (float) v.toScreenX(xy[2 * i]);
            sy[i] = (float) v.toScreenY(xy[2 * i + 1]);
            sr[i] = (float) Math.max(1.3, p.radius(i) * scale);
        }
        boolean hovering = hover >= 0 && hover < n && p.shown()[hover];
        Arrays.fill(lit, 0, d.size(), false);
        if (hovering) {
            lit[hover] = true;
            for (int k = 0; k < d.degree(hover); k++) {
                lit[d.neighbour(hover, k)] = true;
            }
        }
        pixels.draw(gc, w, h, p, n, sx, sy, sr, hovering ? lit : null, hover, xy, v, kindColours, dark);
        names.draw(gc, p, sx, sy, sr, w, h, text, background, hovering ? lit : null, hover);
        if (hovering) {
            title(gc, d.label(hover), sx[hover], sy[hover] - sr[hover] - 8, text, background, w);
        }
    }

    private void title(GraphicsContext gc, String label, double x, double y, Color text, Color background, double w) {
        measure.setFont(TITLE);
        measure.setText(label);
        double tw = Math.min(measure.getLayoutBounds().getWidth(), w - 16);
        double left = Math.max(4, Math.min(w - tw - 12, x - tw / 2 - 6));
        double top = Math.max(4, y - 20);
        gc.setFill(background.deriveColor(0, 1, 1, 0.92));
        gc.fillRoundRect(left, top, tw + 12, 20, 8, 8);
        gc.setFont(TITLE);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(text);
        gc.fillText(label, left + 6, top + 10, tw);
    }

    /** Whether the last frame's shapes were the frame before moved (for tests). */
    boolean moved() {
        return pixels.moved();
    }

    /** The names drawn in the last frame, as shown (for tests). */
    java.util.List<String> drawnNames(GraphPicture p) {
        return names.drawn(p);
    }

    /** The boxes of the names drawn in the last frame: left, top, right, bottom each (for tests). */
    java.util.List<double[]> drawnBoxes() {
        return names.boxes();
    }

    private void grow(int n) {
        if (sx.length < n) {
            sx = new float[n];
            sy = new float[n];
            sr = new float[n];
            lit = new boolean[n];
        }
    }

    /** The shown node under screen point (x, y) (within its radius plus a few pixels), or -1. */
    int nodeAt(GraphPicture p, double x, double y) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        int n = Math.min(p.data().size(), sx.length);
        for (int i = 0; i < n; i++) {
            if (!p.shown()[i]) {
                continue;
            }
            double dx = sx[i] - x, dy = sy[i] - y;
            double d2 = dx * dx + dy * dy;
            double reach = sr[i] + 4;
            if (d2 <= reach * reach && d2 < bestD) {
                best = i;
                bestD = d2;
            }
        }
        return best;
    }
}
