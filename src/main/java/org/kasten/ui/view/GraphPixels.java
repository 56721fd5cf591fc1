package org.kasten.ui.view;

import java.nio.IntBuffer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.kasten.note.Daemons;
import org.kasten.ui.graph.GraphData;
import org.kasten.ui.graph.GraphPicture;
import org.kasten.ui.graph.PixelPan;
import org.kasten.ui.graph.PixelRaster;
import org.kasten.ui.graph.Viewport;

/**
 * The shapes of a graph frame: edges (links solid, see-also dashed), nodes sized by degree and coloured by group
 * (ghosts hollow, attachments square) and the current note's ring, drawn into a {@link PixelRaster} and handed to
 * the canvas as one image wrapping its pixels, changed only inside {@link PixelBuffer#updateBuffer} once an image
 * shows them. Where JavaFX rasterises in software (no GPU), stroking tens of thousands of edges as canvas shapes
 * was most of a frame's cost (docs/performance.md, "The global graph"). On more than one core the lower half of the
 * picture is drawn by a helper thread while the calling (FX) thread draws the upper half, and the call returns when
 * both are done. A frame that differs from the last by a pan of whole pixels alone moves the last frame's pixels and
 * draws only the strips uncovered ({@link PixelPan}), on the calling thread.
 */
final class GraphPixels {

    /** One drawing thread for every graph view: the views draw on the FX thread, one at a time. */
    private static final ExecutorService HELPER = Runtime.getRuntime().availableProcessors() < 2 ? null
            : Executors.newSingleThreadExecutor(Daemons.named("kasten-graph-pixels"));
    /** Pictures lower than this are drawn by the calling thread alone. */
    private static final int SPLIT_ROWS = 200;
    private static final GraphData.Kind[] ANY_KIND = {null};

    private final PixelRaster raster = new PixelRaster();
    private final PixelRaster upper = new PixelRaster();
    private final PixelRaster lower = new PixelRaster();
    private final PixelPan pan = new PixelPan();
    /** What the raster's pixels show, or null. */
    private Look shown;
    private boolean moved;
    /** The raster's pixels as the image shows them, without a copy. */
    private IntBuffer shared;
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;

    /** The graph's background for the theme. */
    static Color background(boolean dark) {
        return dark ? Color.web("#0d1117") : Color.WHITE;
    }

    /** The colour of the current note's ring and of lit edges, for the theme. */
    static Color accent(boolean dark) {
        return dark ? Color.web("#58a6ff") : Color.web("#0969da");
    }

    /**
     * Draws the shapes of the first {@code n} nodes at screen points {@code sx, sy} with screen radii {@code sr} on a
     * {@code w × h} canvas, the layout positions {@code xy} (never changed once drawn) seen through {@code v};
     * {@code lit} (null: nothing hovered) marks the {@code hover} node's neighbourhood, drawn bright over the dimmed
     * rest. {@code kindColours}: see {@link GraphPainter#colourKinds}.
     */
    void draw(GraphicsContext gc, double w, double h, GraphPicture p, int n, float[] sx, float[] sy, float[] sr,
              boolean[] lit, int hover, float[] xy, Viewport v, boolean kindColours, boolean dark) {
        double pixelScale = pixelScale(gc);
        raster.resize((int) Math.ceil(w * pixelScale), (int) Math.ceil(h * pixelScale), pixelScale);
        int pw = raster.width(), ph = raster.height();
        if (pw == 0 || ph == 0) {
            return;
        }
        Frame f = new Frame(p, n, sx, sy, sr, lit, hover, v.scale(), kindColours, dark);
        Look look = new Look(p, xy, n, lit == null ? -1 : hover, v.scale(), pixelScale, w, h, kindColours, dark,
                v.toScreenX(0), v.toScreenY(0));
        Look last = shown;
        shown = null; // a frame that fails half drawn is never moved by the next: that one draws anew
        if (buffer == null || shared.array() != raster.pixels() || buffer.getWidth() != pw || buffer.getHeight() != ph) {
            shapes(f); // the first frame, or resized (also to other sides of the same area): no image shows them yet
            moved = false;
            shared = IntBuffer.wrap(raster.pixels());
            buffer = new PixelBuffer<>(pw, ph, shared, PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        } else {
            int[] move = look.moveFrom(last);
            buffer.updateBuffer(b -> { // the pixels an image wraps change only here, as PixelBuffer asks
                moved = move != null && pan.pan(raster, move[0], move[1], f::shapes);
                if (!moved) {
                    shapes(f);
                }
                return null; // the whole image changed
            });
        }
        shown = look;
        // an opaque rectangle over the whole canvas drops the commands of frames not yet rendered
        gc.setFill(background(dark));
        gc.fillRect(0, 0, w, h);
        gc.drawImage(image, 0, 0, w, h);
    }

    /** Whether the last frame was the one before moved, with only the strips it uncovered drawn (for tests). */
    boolean moved() {
        return moved;
    }

    /** Draws the frame's shapes into the raster: the lower half on the helper thread, and waits for it. */
    private void shapes(Frame f) {
        int rows = raster.height();
        Future<?> helped = null;
        if (HELPER != null && rows >= SPLIT_ROWS) {
            lower.band(raster, rows / 2, rows);
            helped = HELPER.submit(() -> f.shapes(lower));
            upper.band(raster, 0, rows / 2);
        } else {
            upper.band(raster, 0, rows);
        }
        f.shapes(upper);
        if (helped != null) {
            boolean interrupted = false;
            while (true) { // never show a frame the helper is still drawing
                try {
                    helped.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("drawing the graph failed", e.getCause());
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
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
     * What a frame's pixels are drawn from, the pictures and positions by identity: a frame that has the last one's
     * look but for the layout origin's place on screen ({@code originX, originY}) is the last frame moved.
     */
    private record Look(GraphPicture p, float[] xy, int n, int hover, double scale, double pixelScale, double w,
                        double h, boolean kindColours, boolean dark, double originX, double originY) {

        /** The move in whole pixels from {@code before}'s frame to this one, or null when this is not one. */
        int[] moveFrom(Look before) {
            if (before == null || before.p != p || before.xy != xy || before.n != n || before.hover != hover
                    || before.scale != scale || before.pixelScale != pixelScale || before.w != w || before.h != h
                    || before.kindColours != kindColours || before.dark != dark) {
                return null;
            }
            double dx = (originX - before.originX) * pixelScale, dy = (originY - before.originY) * pixelScale;
            long mx = Math.round(dx), my = Math.round(dy);
            if (Math.abs(dx - mx) > 1e-6 || Math.abs(dy - my) > 1e-6 || Math.abs(mx) + Math.abs(my) > 1 << 20) {
                return null; // a move by part of a pixel would blur the moved pixels
            }
            return new int[] {(int) mx, (int) my};
        }
    }

    /** One frame's inputs, read (never written) by both threads while they draw. */
    private record Frame(GraphPicture p, int n, float[] sx, float[] sy, float[] sr, boolean[] lit, int hover, double scale,
                         boolean kindColours, boolean dark) {

        /** Draws the whole frame's shapes into {@code r} (which keeps to its region). */
        void shapes(PixelRaster r) {
            Color edge = dark ? Color.rgb(201, 209, 217, 0.16) : Color.rgb(36, 41, 47, 0.14);
            Color plain = GraphPainter.others(dark);
            Color accent = accent(dark);
            boolean hovering = lit != null;
            r.clear(rgb(background(dark)));
            double lineWidth = Math.max(0.6, Math.min(1.6, scale * 1.2));
            Color dimmed = edge.deriveColor(0, 1, 1, 0.45);
            edges(r, false, hovering ? dimmed : edge, lineWidth, 0, false);
            edges(r, true, hovering ? dimmed : edge.deriveColor(0, 1, 1.2, 1.3), lineWidth, 4, false);
            if (hovering) {
                edges(r, false, accent.deriveColor(0, 1, 1, 0.8), 1.6, 0, true);
            }
            for (int g = -1; g < p.groups().legend().size(); g++) {
                for (GraphData.Kind kind : g < 0 && kindColours ? GraphData.Kind.values() : ANY_KIND) {
                    Color c = g >= 0 ? GraphPainter.PALETTE[g % GraphPainter.PALETTE.length]
                            : kind == null || kind == GraphData.Kind.GHOST ? plain
                            : kind == GraphData.Kind.NOTE ? GraphPainter.PALETTE[0] : GraphPainter.PALETTE[5];
                    nodes(r, g, kind, hovering ? c.deriveColor(0, 0.5, 1, 0.28) : c, c);
                }
            }
            int current = p.current();
            if (current >= 0 && current < n && p.shown()[current]) {
                if (kindColours) {
                    r.disc(sx[current], sy[current], sr[current], rgb(accent), accent.getOpacity());
                }
                r.ring(sx[current], sy[current], sr[current] + 4 + 1.25, 2.5, rgb(accent), accent.getOpacity());
            }
        }

        /**
         * Draws the edges of one style in one colour: links or see-also entries ({@code dash} units on and off), or
         * ({@code litOnly}) every edge of the hovered node.
         */
        private void edges(PixelRaster r, boolean seeAlso, Color colour, double lineWidth, double dash, boolean litOnly) {
            GraphData d = p.data();
            boolean[] shown = p.shown();
            int rgb = rgb(colour);
            double alpha = colour.getOpacity();
            double[] in = r.bounds();
            double pad = lineWidth + 1; // a line touches no pixel farther off it than this
            double left = in[0] - pad, top = in[1] - pad, right = in[2] + pad, bottom = in[3] + pad;
            for (int e = 0; e < d.edgeCount(); e++) {
                int a = d.edgeA(e), b = d.edgeB(e);
                if (a >= n || b >= n || !shown[a] || !shown[b]) {
                    continue;
                }
                if (litOnly ? a != hover && b != hover : d.seeAlso(e) != seeAlso) {
                    continue;
                }
                if (Math.max(sx[a], sx[b]) < left || Math.min(sx[a], sx[b]) > right
                        || Math.max(sy[a], sy[b]) < top || Math.min(sy[a], sy[b]) > bottom) {
                    continue;
                }
                r.line(sx[a], sy[a], sx[b], sy[b], lineWidth, rgb, alpha, dash);
            }
        }

        /** Draws the shown nodes of a colour group, of one kind or (null) any, in one colour (lit: another). */
        private void nodes(PixelRaster r, int group, GraphData.Kind only, Color fill, Color litFill) {
            GraphData d = p.data();
            int[] groups = p.groups().group();
            boolean hovering = lit != null;
            double[] in = r.bounds();
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
                    float rad = sr[i], reach = rad + 1; // antialiased rims reach a pixel beyond it
                    if (sx[i] + reach < in[0] || sx[i] - reach > in[2] || sy[i] + reach < in[1] || sy[i] - reach > in[3]) {
                        continue;
                    }
                    switch (d.kind(i)) {
                        case GHOST -> r.ring(sx[i], sy[i], rad, 1.4, rgb, alpha);
                        case ATTACHMENT -> r.square(sx[i], sy[i], 1.7 * rad, rgb, alpha);
                        default -> {
                            if (rad < 1.6) {
                                r.square(sx[i], sy[i], 2 * rad, rgb, alpha);
                            } else {
                                r.disc(sx[i], sy[i], rad, rgb, alpha);
                            }
                        }
                    }
                }
            }
        }
    }
}
