package org.kasten.ui.graph;

import java.util.Arrays;

/**
 * An opaque picture in an {@code int[]} of RGB pixels (the alpha byte always 0xff) that the graph's edges and nodes
 * are drawn into, antialiased, with plain arithmetic: the graph view hands the finished buffer to the screen as one
 * image. Drawing tens of thousands of lines and dots this way is far cheaper than asking a software rasteriser
 * (JavaFX's Marlin, wherever there is no GPU) to stroke them as shapes (figures in docs/performance.md, "The global
 * graph").
 *
 * <p>Coordinates are in view units; {@link #resize} takes a pixel scale for high-density screens. Pixel
 * {@code (i, j)} covers {@code [i, i + 1) × [j, j + 1)} in pixel units, as a canvas's pixels do. Colours are
 * {@code 0xRRGGBB} with a separate opacity from 0 to 1; each shape is blended over what is already there.
 */
public final class PixelRaster {

    private static final int ONE = 1 << 16;
    private static final int HALF = 1 << 15;

    private int[] pixels = new int[0];
    private int width;
    private int height;
    private double scale = 1;
    /** The pixels drawn into, {@code [left, right) × [top, bottom)}: all of them, or a region (see {@link #region}). */
    private int left;
    private int top;
    private int right;
    private int bottom;

    /** Makes the picture {@code width × height} pixels, drawn at {@code scale} pixels a view unit. */
    public void resize(int width, int height, double scale) {
        this.width = Math.max(0, width);
        this.height = Math.max(0, height);
        this.scale = scale;
        if (pixels.length != this.width * this.height) {
            pixels = new int[this.width * this.height];
        }
        left = 0;
        top = 0;
        right = this.width;
        bottom = this.height;
    }

    /**
     * Makes this raster draw into the rows {@code [from, to)} of {@code whole}'s pixels and nowhere else, so that
     * two threads can draw the same shapes into two bands of one picture at once.
     */
    public void band(PixelRaster whole, int from, int to) {
        region(whole, 0, from, whole.width, to);
    }

    /**
     * Makes this raster draw into the pixels {@code [x0, x1) × [y0, y1)} of {@code whole}'s picture and nowhere else:
     * a shape drawn into regions that tile the picture gives the very pixels it gives drawn into the whole.
     */
    public void region(PixelRaster whole, int x0, int y0, int x1, int y1) {
        pixels = whole.pixels;
        width = whole.width;
        height = whole.height;
        scale = whole.scale;
        left = Math.max(0, Math.min(x0, width));
        right = Math.max(left, Math.min(x1, width));
        top = Math.max(0, Math.min(y0, height));
        bottom = Math.max(top, Math.min(y1, height));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /**
     * The pixels this raster draws into, {@code left, top, right, bottom}, in view units: a shape whose box lies
     * more than a pixel off these bounds changes none of them (a cheap test before drawing many shapes).
     */
    public double[] bounds() {
        return new double[] {left / scale, top / scale, right / scale, bottom / scale};
    }

    /** The pixels, row by row, {@code width()} a row (a new array after a resize to another size). */
    public int[] pixels() {
        return pixels;
    }

    /** The pixel at {@code (x, y)} as {@code 0xRRGGBB}. */
    public int rgb(int x, int y) {
        return pixels[y * width + x] & 0xffffff;
    }

    /** Paints every pixel (of the region) {@code rgb}. */
    public void clear(int rgb) {
        if (left == 0 && right == width) {
            Arrays.fill(pixels, top * width, bottom * width, 0xff000000 | rgb);
        } else {
            for (int j = top; j < bottom; j++) {
                Arrays.fill(pixels, j * width + left, j * width + right, 0xff000000 | rgb);
            }
        }
    }

    /**
     * A straight line from {@code (x0, y0)} to {@code (x1, y1)}, {@code lineWidth} wide (box-filtered: each pixel
     * takes the share of it the line covers), solid when {@code dash} is 0, else dashes and gaps of {@code dash}
     * units each counted from the first end. Ends are cut square; the part outside the picture costs nothing.
     */
    public void line(double x0, double y0, double x1, double y1, double lineWidth, int rgb, double alpha, double dash) {
        double ax = x0 * scale, ay = y0 * scale, bx = x1 * scale, by = y1 * scale;
        double dx = bx - ax, dy = by - ay;
        double lw = lineWidth * scale;
        double pad = lw + 2;
        // clip the segment to the picture (Liang-Barsky): t runs from 0 at the first end to 1 at the second
        double[] t = {0, 1};
        if (!clip(-dx, ax - left + pad, t) || !clip(dx, right + pad - ax, t) || !clip(-dy, ay - top + pad, t)
                || !clip(dy, bottom + pad - ay, t)) {
            return;
        }
        double length = Math.sqrt(dx * dx + dy * dy);
        if (length < 1e-6) {
            return;
        }
        int a = alpha256(alpha);
        double period = dash * scale;
        if (Math.abs(dx) >= Math.abs(dy)) {
            run(ax, ay, dx, dy, t, length, lw, rgb, a, period, true);
        } else {
            run(ay, ax, dy, dx, t, length, lw, rgb, a, period, false);
        }
    }

    /**
     * Steps along the major axis ({@code m}, the minor {@code n}) one pixel column at a time; in each column the
     * line's band is {@code thickness} pixels across the minor axis, shared out among the pixels it overlaps.
     */
    private void run(double m0, double n0, double dm, double dn, double[] t, double length, double lw, int rgb, int a,
                     double period, boolean xMajor) {
        double slope = dn / dm;
        double stretch = length / Math.abs(dm); // units along the line per column
        double from = m0 + dm * t[0], to = m0 + dm * t[1];
        int mStart = xMajor ? left : top, mLimit = xMajor ? right : bottom, nStart = xMajor ? top : left;
        int nLimit = xMajor ? bottom : right;
        int first = Math.max(mStart, (int) Math.floor(Math.min(from, to)));
        int last = Math.min(mLimit - 1, (int) Math.ceil(Math.max(from, to)) - 1);
        int stepM = xMajor ? 1 : width, stepN = xMajor ? width : 1;
        // the band's centre, edges and slope in 16.16 fixed point: whole pixels in the high bits, stepped from a
        // column that does not depend on the region (the first end's, kept within the picture) so that two regions
        // of one picture draw a line alike
        int dc = (int) Math.round(slope * ONE);
        long mRef = (long) Math.max(0, Math.min(xMajor ? width : height, Math.floor(m0)));
        int c = (int) (Math.round((n0 + (mRef + 0.5 - m0) * slope) * ONE) + (first - mRef) * dc);
        int half = (int) Math.round(lw * stretch / 2 * ONE);
        int nFrom = nStart << 16, nEnd = nLimit << 16;
        double sign = Math.signum(dm);
        int rb = rgb & 0xff00ff, g = rgb & 0x00ff00;
        int[] px = pixels;
        for (int i = first; i <= last; i++, c += dc) {
            if (period > 0) {
                double phase = (i + 0.5 - m0) * stretch * sign / (2 * period); // dashes count from the first end
                if (phase - Math.floor(phase) >= 0.5) {
                    continue;
                }
            }
            int lo = Math.max(nFrom, c - half), hi = Math.min(nEnd, c + half);
            int base = i * stepM;
            for (int j = lo >> 16; lo < hi; j++) {
                int cut = (j + 1) << 16;
                int cover = Math.min(hi, cut) - lo;
                int share = cover >= ONE ? a : (a * cover + HALF) >> 16;
                if (share > 0) { // blend(…) written out: the quick compiler Kasten runs with calls it otherwise
                    int k = base + j * stepN, d = px[k], keep = 256 - share;
                    px[k] = 0xff000000 | ((rb * share + (d & 0xff00ff) * keep) >>> 8 & 0xff00ff)
                            | ((g * share + (d & 0x00ff00) * keep) >>> 8 & 0x00ff00);
                }
                lo = cut;
            }
        }
    }

    /** One Liang-Barsky boundary: keeps the part of the segment where {@code p·t <= q}. */
    private static boolean clip(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }

    /** A filled disc of radius {@code r} centred on {@code (cx, cy)}, its rim antialiased. */
    public void disc(double cx, double cy, double r, int rgb, double alpha) {
        ring(cx, cy, r, Double.POSITIVE_INFINITY, rgb, alpha);
    }

    /**
     * A ring: the part of the disc of radius {@code r} farther than {@code r - ringWidth} from the centre
     * (infinite width: the whole disc), both rims antialiased.
     */
    public void ring(double cx, double cy, double r, double ringWidth, int rgb, double alpha) {
        double x = cx * scale, y = cy * scale, outer = r * scale, inner = outer - ringWidth * scale;
        int a = alpha256(alpha);
        int j0 = Math.max(top, (int) Math.floor(y - outer)), j1 = Math.min(bottom - 1, (int) Math.floor(y + outer));
        int left0 = Math.max(left, (int) Math.floor(x - outer)), right0 = Math.min(right - 1, (int) Math.floor(x + outer));
        double innerFull = inner + 0.5; // beyond this from the centre a pixel is fully in (by the inner rim)
        double outerFull = outer - 0.5;
        for (int j = j0; j <= j1; j++) {
            double py = j + 0.5 - y;
            double py2 = py * py;
            // the pixels well inside both rims, by row: no square root per pixel for them
            int fullFrom = Integer.MAX_VALUE, fullTo = Integer.MIN_VALUE;
            if (outerFull > 0 && py2 < outerFull * outerFull && inner <= 0.5) {
                double half = Math.sqrt(outerFull * outerFull - py2);
                fullFrom = (int) Math.ceil(x - half - 0.5 + 1e-9);
                fullTo = Math.min(right0, (int) Math.floor(x + half - 0.5 - 1e-9));
            }
            int row = j * width;
            for (int i = left0; i <= right0; i++) {
                if (i >= fullFrom && i <= fullTo) {
                    fillSpan(row + i, row + fullTo, rgb, a);
                    i = fullTo;
                    continue;
                }
                double px = i + 0.5 - x;
                double d = Math.sqrt(px * px + py2);
                double cover = Math.min(outer + 0.5 - d, d - innerFull + 1);
                if (cover <= 0) {
                    continue;
                }
                blend(row + i, rgb, cover >= 1 ? a : (int) (a * cover + 0.5));
            }
        }
    }

    /** An axis-aligned square of side {@code side} centred on {@code (cx, cy)}, its edges antialiased. */
    public void square(double cx, double cy, double side, int rgb, double alpha) {
        double half = side * scale / 2, x = cx * scale, y = cy * scale;
        double l = x - half, r = x + half, tp = y - half, b = y + half;
        int a = alpha256(alpha);
        int i0 = Math.max(left, (int) Math.floor(l)), i1 = Math.min(right - 1, (int) Math.ceil(r) - 1);
        int j0 = Math.max(top, (int) Math.floor(tp)), j1 = Math.min(bottom - 1, (int) Math.ceil(b) - 1);
        for (int j = j0; j <= j1; j++) {
            double cy1 = Math.min(b, j + 1) - Math.max(tp, j);
            for (int i = i0; i <= i1; i++) {
                double cover = cy1 * (Math.min(r, i + 1) - Math.max(l, i));
                if (cover > 0) {
                    blend(j * width + i, rgb, cover >= 1 ? a : (int) (a * cover + 0.5));
                }
            }
        }
    }

    private void fillSpan(int from, int to, int rgb, int a) {
        if (a >= 256) {
            Arrays.fill(pixels, from, to + 1, 0xff000000 | rgb);
        } else {
            for (int k = from; k <= to; k++) {
                blend(k, rgb, a);
            }
        }
    }

    private static int alpha256(double alpha) {
        return (int) Math.round(Math.max(0, Math.min(1, alpha)) * 256);
    }

    /** {@code rgb} over pixel {@code k} at opacity {@code a} of 256. */
    private void blend(int k, int rgb, int a) {
        if (a <= 0) {
            return;
        }
        int d = pixels[k];
        int na = 256 - a;
        int rb = ((rgb & 0xff00ff) * a + (d & 0xff00ff) * na) >>> 8 & 0xff00ff;
        int g = ((rgb & 0x00ff00) * a + (d & 0x00ff00) * na) >>> 8 & 0x00ff00;
        pixels[k] = 0xff000000 | rb | g;
    }
}
