package org.kasten.ui.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.kasten.ui.graph.GraphData;
import org.kasten.ui.graph.GraphPicture;
import org.kasten.ui.graph.LabelPlacer;

/**
 * The names the {@link GraphPainter} draws: which nodes are named under the naming rules (chosen by a
 * {@link LabelPlacer}, so no two overlap), each cut to the name length (or its short form where it had to be),
 * measured by adding up character widths measured once, and drawn with a halo.
 */
final class GraphNames {

    /** Where a name's halo is drawn, around the name. */
    private static final double[] HALO_X = {-1, 0, 1, -1, 1, -1, 0, 1};
    private static final double[] HALO_Y = {-1, -1, -1, 0, 0, 1, 1, 1};
    private static final Font LABEL = Font.font("System", 11.5);
    private static final double LABEL_HEIGHT = 14;
    private static final int MAX_LABELS = 400;
    /** The best-linked nodes are named as soon as their dot is this wide; others when zoomed in further. */
    private static final double LABEL_MIN_RADIUS = 3.2;
    /** This many of the best-linked nodes are named at any zoom (when there is room). */
    private static final int ALWAYS_NAMED = 12;

    private final LabelPlacer placer = new LabelPlacer();
    private final double[] charWidths = charWidths();
    private float[] widths = new float[0];
    private float[] shortWidths = new float[0];
    private GraphData measured;
    private int alwaysNamed = ALWAYS_NAMED;
    private int forcedNames;
    private double minRadius = LABEL_MIN_RADIUS;
    private int nameLength = 28;
    /** Forced names that find no free place as they are try this length (0: no short form). */
    private int shortLength;
    private int named;

    /**
     * Sets the naming rules (the global graph's by default: the twelve best-linked named at any zoom, the others
     * once their dot is {@value #LABEL_MIN_RADIUS} px wide, none forced, names cut to 28 characters). The local
     * graph tries harder for the names of its centre and neighbours, cutting them to {@code shortLength} where
     * they do not fit whole, and names the others wherever they fit.
     */
    void rules(int always, int forced, double minRadiusPx, int length, int shortLength) {
        alwaysNamed = always;
        forcedNames = forced;
        minRadius = minRadiusPx;
        if (length != nameLength || shortLength != this.shortLength) {
            nameLength = length;
            this.shortLength = shortLength;
            measured = null; // widths depend on the length
        }
    }

    /**
     * Places and draws the names of the nodes at screen points {@code sx, sy} with screen radii {@code sr};
     * {@code lit} (null: none) limits them to the hovered node's neighbourhood, whose {@code hover} node's name is
     * left to the title drawn over it.
     */
    void draw(GraphicsContext gc, GraphPicture p, float[] sx, float[] sy, float[] sr, double w, double h, Color text,
              Color halo, boolean[] lit, int hover) {
        GraphData d = p.data();
        if (measured != d || widths.length < d.size()) {
            measured = d;
            widths = new float[Math.max(widths.length, d.size())];
            shortWidths = new float[widths.length];
            Arrays.fill(widths, Float.NaN);
            Arrays.fill(shortWidths, Float.NaN);
        }
        boolean hovering = lit != null;
        int placed = placer.place(p.labelOrder(), hovering ? lit : p.shown(), sx, sy, sr, minRadius, alwaysNamed,
                hovering ? 0 : forcedNames, this::width, shortLength > 0 ? this::shortWidth : null, LABEL_HEIGHT, w, h,
                MAX_LABELS);
        named = placed;
        gc.setFont(LABEL);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        // a halo keeps names readable over edges and dots: the name filled in the background colour around itself,
        // one pixel away in eight directions (glyphs drawn from the glyph cache), where stroking the glyphs' outlines
        // made a software rasteriser trace every letter as a path (docs/performance.md, "The global graph")
        gc.setFill(halo);
        for (int k = 0; k < placed; k++) {
            if (placer.chosen(k) != hover) {
                String name = name(d, k);
                double centre = (placer.box(k, 0) + placer.box(k, 2)) / 2, top = placer.box(k, 1);
                for (int i = 0; i < HALO_X.length; i++) {
                    gc.fillText(name, centre + HALO_X[i], top + HALO_Y[i]);
                }
            }
        }
        gc.setFill(text);
        for (int k = 0; k < placed; k++) {
            if (placer.chosen(k) != hover) { // the hovered node's full title is drawn above it
                gc.fillText(name(d, k), (placer.box(k, 0) + placer.box(k, 2)) / 2, placer.box(k, 1));
            }
        }
    }


    /** The {@code k}-th placed name as drawn: cut to the name length, or to the short length where it had to be. */
    private String name(GraphData d, int k) {
        return shorten(d.label(placer.chosen(k)), placer.shortened(k) ? shortLength : nameLength);
    }

    private double width(int node) {
        if (Float.isNaN(widths[node])) {
            widths[node] = measure(shorten(measured.label(node), nameLength));
        }
        return widths[node];
    }

    private double shortWidth(int node) {
        if (Float.isNaN(shortWidths[node])) {
            shortWidths[node] = measure(shorten(measured.label(node), shortLength));
        }
        return shortWidths[node];
    }

    private float measure(String label) {
        double w = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            w += c < charWidths.length ? charWidths[c] : charWidths['m'];
        }
        return (float) w + 6;
    }

    /** The width of each ASCII character in the label font, measured once: names are measured by adding them up. */
    private static double[] charWidths() {
        Text measure = new Text();
        double[] w = new double[128];
        measure.setFont(LABEL);
        for (char c = ' '; c < 128; c++) {
            measure.setText(String.valueOf(c).repeat(10));
            w[c] = measure.getLayoutBounds().getWidth() / 10;
        }
        return w;
    }

    /** A long name cut to {@code max} characters, the last an ellipsis; the full title shows on hover. */
    static String shorten(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1).strip() + "\u2026";
    }

    /** The names drawn in the last frame, as shown (for tests). */
    List<String> drawn(GraphPicture p) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < named && measured == p.data(); k++) {
            out.add(name(p.data(), k));
        }
        return out;
    }

    /** The boxes of the names drawn in the last frame: left, top, right, bottom each (for tests). */
    List<double[]> boxes() {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < named; k++) {
            out.add(new double[] {placer.box(k, 0), placer.box(k, 1), placer.box(k, 2), placer.box(k, 3)});
        }
        return out;
    }
}
