package org.kasten.ui.graph;

/**
 * How layout coordinates map to the screen: {@code screen = layout * scale + offset}. Fitting, panning and
 * zooming around a point; the zoom stays within bounds so the picture can neither vanish nor explode.
 */
public final class Viewport {

    public static final double MIN_SCALE = 0.005;
    public static final double MAX_SCALE = 8;
    private double scale = 1;
    private double tx;
    private double ty;

    public double scale() {
        return scale;
    }

    public double toScreenX(double x) {
        return x * scale + tx;
    }

    public double toScreenY(double y) {
        return y * scale + ty;
    }

    public double toLayoutX(double sx) {
        return (sx - tx) / scale;
    }

    public double toLayoutY(double sy) {
        return (sy - ty) / scale;
    }

    /** Moves the picture by a screen distance. */
    public void pan(double dx, double dy) {
        tx += dx;
        ty += dy;
    }

    /** Zooms by {@code factor} keeping the layout point under screen point (sx, sy) where it is. */
    public void zoomAt(double factor, double sx, double sy) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double lx = toLayoutX(sx), ly = toLayoutY(sy);
        scale = next;
        tx = sx - lx * scale;
        ty = sy - ly * scale;
    }

    /** Centres layout point (x, y) in a view of {@code width × height} at {@code scale}. */
    public void centreOn(double x, double y, double newScale, double width, double height) {
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, newScale));
        tx = width / 2 - x * scale;
        ty = height / 2 - y * scale;
    }

    /**
     * Fits the shown nodes of {@code xy} ({@link GraphLayout#positions}) into a {@code width × height} view with
     * a margin; nothing shown: unchanged.
     */
    public void fit(float[] xy, boolean[] shown, double width, double height, double margin) {
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < shown.length && 2 * i + 1 < xy.length; i++) {
            if (shown[i]) {
                minX = Math.min(minX, xy[2 * i]);
                maxX = Math.max(maxX, xy[2 * i]);
                minY = Math.min(minY, xy[2 * i + 1]);
                maxY = Math.max(maxY, xy[2 * i + 1]);
            }
        }
        if (minX > maxX || width <= 2 * margin || height <= 2 * margin) {
            return;
        }
        double span = Math.max(Math.max(maxX - minX, (maxY - minY) * width / height), 120);
        double s = Math.min((width - 2 * margin) / span, 3.0);
        double sy = (maxY - minY) > 0 ? (height - 2 * margin) / (maxY - minY) : s;
        centreOn((minX + maxX) / 2, (minY + maxY) / 2, Math.min(s, Math.max(sy, MIN_SCALE)), width, height);
    }
}
