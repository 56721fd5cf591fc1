package org.kasten.ui.graph;

import java.util.function.Consumer;

/**
 * Moves a finished {@link PixelRaster} picture by whole pixels and has only the strips it uncovers drawn again, for
 * a frame that differs from the last by a pan alone. Redrawing every edge crossing the view each frame was most of
 * the FX thread's time while panning zoomed in (docs/performance.md, "The global graph"); the strips along the
 * picture's edges cross far fewer pixels.
 *
 * <p>The moved pixels are the old frame's: a shape drawn at the new offset can differ from them only as far as its
 * antialiasing depends on where the picture's edges cut it (see {@code PixelPanTest} for the tolerance).
 */
public final class PixelPan {

    private final PixelRaster strip = new PixelRaster();

    /**
     * Moves {@code whole}'s pixels {@code dx} right and {@code dy} down, then calls {@code draw} once for each strip
     * the move uncovered (the columns on one side, the rows on another), with a raster limited to that strip; it
     * must draw the whole frame at the new offset, background first. Returns false, having done nothing, when the
     * move uncovers the whole picture.
     */
    public boolean pan(PixelRaster whole, int dx, int dy, Consumer<PixelRaster> draw) {
        int w = whole.width(), h = whole.height();
        if (Math.abs(dx) >= w || Math.abs(dy) >= h) {
            return false;
        }
        int[] px = whole.pixels();
        // one copy of the rows as a run: a pixel moved past the left or right edge lands in the other side's
        // uncovered columns of the next or previous row, which are drawn again below
        int shift = dy * w + dx, n = w * h;
        if (shift > 0) {
            System.arraycopy(px, 0, px, shift, n - shift);
        } else if (shift < 0) {
            System.arraycopy(px, -shift, px, 0, n + shift);
        }
        int colFrom = dx > 0 ? 0 : w + dx, colTo = dx > 0 ? dx : w; // the uncovered columns, all rows
        if (dx != 0) {
            strip.region(whole, colFrom, 0, colTo, h);
            draw.accept(strip);
        }
        if (dy != 0) { // the uncovered rows, but for the columns just drawn
            int x0 = dx > 0 ? dx : 0, x1 = dx < 0 ? w + dx : w;
            strip.region(whole, x0, dy > 0 ? 0 : h + dy, x1, dy > 0 ? dy : h);
            draw.accept(strip);
        }
        return true;
    }
}
