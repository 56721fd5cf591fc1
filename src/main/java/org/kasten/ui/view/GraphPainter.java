package org.kasten.ui.view;

import java.nio.IntBuffer;
import java.util.Arrays;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.kasten.ui.graph.GraphData;
import org.kasten.ui.graph.GraphPicture;
import org.kasten.ui.graph.PixelRaster;
import org.kasten.ui.graph.Viewport;

/**
 * Draws a {@link GraphPicture} on a canvas: edges (links solid, see-also dashed), nodes sized by degree and coloured
 * by group (ghosts hollow, attachments square) and the current note's ring are drawn into a {@link PixelRaster}
 * and handed to the canvas as one image; names placed by {@link GraphNames} and the hovered node's title are drawn
 * over it as text. While the pointer is over a node, that node and its neighbours are lit and the rest dimmed.
 * Drawing the shapes into pixels ourselves keeps a frame cheap where JavaFX rasterises in software (no GPU): there
 * stroking tens of thousands of edges as shapes took hundreds of milliseconds a frame. Off-screen nodes and edges
 * are skipped; nothing is allocated per frame once the arrays and the image have grown.
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
    private static final GraphData.Kind[] ANY_KIND = {null};

    private final GraphNames names = new GraphNames();
    private final Text measure = new Text();
    private final PixelRaster raster = new PixelRaster();
    /** The raster's pixels as the image shows them, without a copy. */
    private IntBuffer shared;
    private PixelBuffer<IntBuffer> pixels;
    private WritableImage image;
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

    /** Paints the picture; {@code hover} is the node under the pointer or -1. */
    void paint(GraphicsContext gc, double w, double h, GraphPicture p, float[] xy, Viewport v, int hover, boolean dark) {
        Color background = dark ? Color.web("#0d1117") : Color.WHITE;
        Color edge = dark ? Color.rgb(201, 209, 217, 0.16) : Color.rgb(36, 41, 47, 0.14);
        Color plain = others(dark);
        Color text = dark ? Color.web("#c9d1d9") : Color.web("#24292f");
        Color accent = dark ? Color.web("#58a6ff") : Color.web("#0969da");
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
        double pixelScale = pixelScale(gc);
        raster.resize((int) Math.ceil(w * pixelScale), (int) Math.ceil(h * pixelScale), pixelScale);
        raster.clear(rgb(background));
        double lineWidth = Math.max(0.6, Math.min(1.6, scale * 1.2));
        edges(p, n, w, h, false, hovering ? edge.deriveColor(0, 1, 1, 0.45) : edge, lineWidth, 0, -1);
        edges(p, n, w, h, true, hovering ? edge.deriveColor(0, 1, 1, 0.45) : edge.deriveColor(0, 1, 1.2, 1.3),
                lineWidth, 4, -1);
        if (hovering) {
            edges(p, n, w, h, false, accent.deriveColor(0, 1, 1, 0.8), 1.6, 0, hover);
        }
        for (int g = -1; g < p.groups().legend().size(); g++) {
            for (GraphData.Kind kind : g < 0 && kindColours ? GraphData.Kind.values() : ANY_KIND) {
                Color c = g >= 0 ? PALETTE[g % PALETTE.length] : kind == null || kind == GraphData.Kind.GHOST ? plain
                        : kind == GraphData.Kind.NOTE ? PALETTE[0] : PALETTE[5];
                nodes(p, n, w, h, g, kind, hovering ? c.deriveColor(0, 0.5, 1, 0.28) : c, c, hovering);
            }
        }
        int current = p.current();
        if (current >= 0 && current < n && p.shown()[current]) {
            if (kindColours) {
                raster.disc(sx[current], sy[current], sr[current], rgb(accent), accent.getOpacity());
            }
            raster.ring(sx[current], sy[current], sr[current] + 4 + 1.25, 2.5, rgb(accent), accent.getOpacity());
        }
        show(gc, w, h, background);
        names.draw(gc, p, sx, sy, sr, w, h, text, background, hovering ? lit : null, hover);
        if (hovering) {
            title(gc, d.label(hover), sx[hover], sy[hover] - sr[hover] - 8, text, background, w);
        }
    }

    /** Hands the finished pixels to the canvas as one image that wraps them (a new one only when the size changes). */
    private void show(GraphicsContext gc, double w, double h, Color background) {
        int pw = raster.width(), ph = raster.height();
        if (pw == 0 || ph == 0) {
            return;
        }
        if (shared == null || shared.array() != raster.pixels()) { // the first frame, or resized
            shared = IntBuffer.wrap(raster.pixels());
            pixels = new PixelBuffer<>(pw, ph, shared, PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixels);
        } else {
            pixels.updateBuffer(b -> null); // the whole image changed
        }
        // an opaque rectangle over the whole canvas drops the commands of frames not yet rendered
        gc.setFill(background);
        gc.fillRect(0, 0, w, h);
        gc.drawImage(image, 0, 0, w, h);
    }

    /** How many pixels a view unit is on the canvas's screen (2 on a high-density screen at 200 %). */
    private static double pixelScale(GraphicsContext gc) {
        var scene = gc.getCanvas().getScene();
        var window = scene == null ? null : scene.getWindow();
        return window == null ? 1 : Math.max(1, Math.min(4, window.getRenderScaleX()));
    }

    private static int rgb(Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /**
     * Draws the edges of one style in one colour: links or see-also entries ({@code dash} units on and off), or
     * with {@code only} at or above 0 every edge of that node.
     */
    private void edges(GraphPicture p, int n, double w, double h, boolean seeAlso, Color colour, double lineWidth,
                       double dash, int only) {
        GraphData d = p.data();
        boolean[] shown = p.shown();
        int rgb = rgb(colour);
        double alpha = colour.getOpacity();
        for (int e = 0; e < d.edgeCount(); e++) {
            int a = d.edgeA(e), b = d.edgeB(e);
            if (a >= n || b >= n || !shown[a] || !shown[b]) {
                continue;
            }
            if (only >= 0 ? a != only && b != only : d.seeAlso(e) != seeAlso) {
                continue;
            }
            if (Math.max(sx[a], sx[b]) < 0 || Math.min(sx[a], sx[b]) > w
                    || Math.max(sy[a], sy[b]) < 0 || Math.min(sy[a], sy[b]) > h) {
                continue;
            }
            raster.line(sx[a], sy[a], sx[b], sy[b], lineWidth, rgb, alpha, dash);
        }
    }

    /** Draws the shown nodes of a colour group, of one kind or (null) any, in one colour (lit: another). */
    private void nodes(GraphPicture p, int n, double w, double h, int group, GraphData.Kind only,
                       Color fill, Color litFill, boolean hovering) {
        GraphData d = p.data();
        int[] groups = p.groups().group();
        for (int pass = 0; pass < (hovering ? 2 : 1); pass++) {
            boolean litPass = pass == 1;
            Color c = litPass ? litFill : fill;
            int rgb = rgb(c);
            double alpha = c.getOpacity();
            for (int i = 0; i < n; i++) {
                if (!p.shown()[i] || groups[i] != group || (hovering && lit[i] != litPass)
                        || (only != null && d.kind(i) != only)) {
                    continue;
                }
                float r = sr[i];
                if (sx[i] + r < 0 || sx[i] - r > w || sy[i] + r < 0 || sy[i] - r > h) {
                    continue;
                }
                switch (d.kind(i)) {
                    case GHOST -> raster.ring(sx[i], sy[i], r, 1.4, rgb, alpha);
                    case ATTACHMENT -> raster.square(sx[i], sy[i], 1.7 * r, rgb, alpha);
                    default -> {
                        if (r < 1.6) {
                            raster.square(sx[i], sy[i], 2 * r, rgb, alpha);
                        } else {
                            raster.disc(sx[i], sy[i], r, rgb, alpha);
                        }
                    }
                }
            }
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
