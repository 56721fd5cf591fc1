package org.kasten.ui.graph;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * Chooses which node names to draw: in order of importance (the caller's order, biggest nodes first), a name is
 * placed centred under its node when it overlaps no name already placed, and its node is drawn at least
 * {@code minRadius} pixels wide, so zooming in makes room for more names. A uniform grid of placed boxes keeps
 * each test cheap. Screen coordinates; reusable (not thread-safe).
 */
public final class LabelPlacer {

    private static final int CELL = 64;
    /** The places a forced name tries: under, over, right of and left of its node. */
    private static final int SIDES = 4;
    private int columns;
    private int rows;
    private int[][] cells = new int[0][];
    private int[] cellCounts = new int[0];
    private float[] boxes = new float[4 * 64];
    private int placed;
    private int[] chosen = new int[64];
    private float keepClearX;
    private float keepClearY;
    private float keepClearR = -1;

    /**
     * Places names for the nodes in {@code order} whose screen position is {@code sx[i], sy[i]} and screen radius
     * {@code radius[i]}; {@code width} gives a name's width, {@code height} is the line height. Nodes outside the
     * {@code viewWidth × viewHeight} view, with {@code radius < minRadius} (except the first {@code always} of
     * the order: the hubs are named from afar) or not {@code shown} are skipped; at most {@code max} names.
     * Returns how many were placed; {@link #chosen(int)} and {@link #box} say which and where.
     */
    public int place(int[] order, boolean[] shown, float[] sx, float[] sy, float[] radius, double minRadius,
                     int always, IntToDoubleFunction width, double height, double viewWidth, double viewHeight, int max) {
        return place(order, shown, sx, sy, radius, minRadius, always, 0, width, height, viewWidth, viewHeight, max);
    }

    /**
     * As above, the first {@code forced} nodes of the order always named (the local graph names every
     * neighbour): a forced name takes the first free place of under, over, right of and left of its node, and
     * under it when none is free; the others still keep clear of them. When the first of the order is forced it
     * is the centre: named first, and no other name is put over its node. A name whose node is in the view is
     * shifted inside the view, so none runs off an edge.
     */
    public int place(int[] order, boolean[] shown, float[] sx, float[] sy, float[] radius, double minRadius,
                     int always, int forced, IntToDoubleFunction width, double height, double viewWidth,
                     double viewHeight, int max) {
        reset(viewWidth, viewHeight);
        keepClearR = -1;
        for (int k = 0; k < order.length; k++) {
            int node = order[k];
            if (placed >= max) {
                break;
            }
            if (!shown[node] || (k >= always && radius[node] < minRadius)) {
                continue;
            }
            double w = width.applyAsDouble(node);
            boolean isForced = k < forced;
            boolean inView = sx[node] >= 0 && sx[node] <= viewWidth && sy[node] >= 0 && sy[node] <= viewHeight;
            float fallbackX = Float.NaN;
            float fallbackY = Float.NaN;
            for (int side = 0; side < (isForced ? SIDES : 1); side++) {
                double x = switch (side) {
                    case 2 -> sx[node] + radius[node] + 3;
                    case 3 -> sx[node] - radius[node] - 3 - w;
                    default -> sx[node] - w / 2;
                };
                double y = switch (side) {
                    case 0 -> sy[node] + radius[node] + 2;
                    case 1 -> sy[node] - radius[node] - 2 - height;
                    default -> sy[node] - height / 2;
                };
                if (inView) { // a name runs off no edge: shifted in
                    x = Math.max(0, Math.min(x, viewWidth - w));
                    y = Math.max(0, Math.min(y, viewHeight - height));
                }
                float x0 = (float) x;
                float y0 = (float) y;
                float x1 = (float) (x0 + w);
                float y1 = (float) (y0 + height);
                boolean visible = x1 >= 0 && y1 >= 0 && x0 <= viewWidth && y0 <= viewHeight;
                if (visible && !overlaps(x0, y0, x1, y1) && !onCentre(x0, y0, x1, y1)) {
                    add(node, x0, y0, x1, y1);
                    break;
                }
                if (isForced && Float.isNaN(fallbackX) && !onCentre(x0, y0, x1, y1)) {
                    fallbackX = x0;
                    fallbackY = y0;
                }
                if (isForced && side == SIDES - 1) { // no side is free: the first off the centre all the same
                    if (Float.isNaN(fallbackX)) {
                        fallbackX = (float) (sx[node] - w / 2);
                        fallbackY = sy[node] + radius[node] + 2;
                    }
                    add(node, fallbackX, fallbackY, (float) (fallbackX + w), (float) (fallbackY + height));
                }
            }
            if (k == 0 && forced > 0) { // the centre, named first: no other name covers its node
                keepClearX = sx[node];
                keepClearY = sy[node];
                keepClearR = radius[node] + 1;
            }
        }
        return placed;
    }

    /** Whether the box covers the centre's node (only when the first of the order is forced: the local graph). */
    private boolean onCentre(float x0, float y0, float x1, float y1) {
        if (keepClearR < 0) {
            return false;
        }
        float dx = keepClearX - Math.max(x0, Math.min(keepClearX, x1));
        float dy = keepClearY - Math.max(y0, Math.min(keepClearY, y1));
        return dx * dx + dy * dy < keepClearR * keepClearR;
    }

    /** The node of the {@code k}-th placed name. */
    public int chosen(int k) {
        return chosen[k];
    }

    /** The {@code k}-th placed name's box: left, top, right, bottom ({@code side} 0..3). */
    public float box(int k, int side) {
        return boxes[4 * k + side];
    }

    private void reset(double w, double h) {
        placed = 0;
        int c = (int) Math.ceil(Math.max(w, 1) / CELL) + 1;
        int r = (int) Math.ceil(Math.max(h, 1) / CELL) + 1;
        if (c * r > cells.length) {
            cells = new int[c * r][];
            cellCounts = new int[c * r];
        }
        columns = c;
        rows = r;
        Arrays.fill(cellCounts, 0);
    }

    private boolean overlaps(float x0, float y0, float x1, float y1) {
        for (int row = row(y0); row <= row(y1); row++) {
            for (int col = col(x0); col <= col(x1); col++) {
                int cell = row * columns + col;
                for (int k = 0; k < cellCounts[cell]; k++) {
                    int b = 4 * cells[cell][k];
                    if (x0 < boxes[b + 2] && boxes[b] < x1 && y0 < boxes[b + 3] && boxes[b + 1] < y1) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void add(int node, float x0, float y0, float x1, float y1) {
        if (4 * placed + 4 > boxes.length) {
            boxes = Arrays.copyOf(boxes, boxes.length * 2);
            chosen = Arrays.copyOf(chosen, chosen.length * 2);
        }
        boxes[4 * placed] = x0;
        boxes[4 * placed + 1] = y0;
        boxes[4 * placed + 2] = x1;
        boxes[4 * placed + 3] = y1;
        chosen[placed] = node;
        for (int row = row(y0); row <= row(y1); row++) {
            for (int col = col(x0); col <= col(x1); col++) {
                int cell = row * columns + col;
                if (cells[cell] == null) {
                    cells[cell] = new int[8];
                } else if (cellCounts[cell] == cells[cell].length) {
                    cells[cell] = Arrays.copyOf(cells[cell], cellCounts[cell] * 2);
                }
                cells[cell][cellCounts[cell]++] = placed;
            }
        }
        placed++;
    }

    private int col(float x) {
        return Math.max(0, Math.min(columns - 1, (int) (x / CELL)));
    }

    private int row(float y) {
        return Math.max(0, Math.min(rows - 1, (int) (y / CELL)));
    }
}
