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
     * under it when none is free; the others still keep clear of them.
     */
    public int place(int[] order, boolean[] shown, float[] sx, float[] sy, float[] radius, double minRadius,
                     int always, int forced, IntToDoubleFunction width, double height, double viewWidth,
                     double viewHeight, int max) {
        reset(viewWidth, viewHeight);
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
            for (int side = 0; side < (isForced ? SIDES : 1); side++) {
                float x0 = (float) switch (side) {
                    case 2 -> sx[node] + radius[node] + 3;
                    case 3 -> sx[node] - radius[node] - 3 - w;
                    default -> sx[node] - w / 2;
                };
                float y0 = (float) switch (side) {
                    case 0 -> sy[node] + radius[node] + 2;
                    case 1 -> sy[node] - radius[node] - 2 - height;
                    default -> sy[node] - height / 2;
                };
                float x1 = (float) (x0 + w);
                float y1 = (float) (y0 + height);
                boolean clear = x1 >= 0 && y1 >= 0 && x0 <= viewWidth && y0 <= viewHeight && !overlaps(x0, y0, x1, y1);
                if (clear) {
                    add(node, x0, y0, x1, y1);
                    break;
                }
                if (isForced && side == SIDES - 1) { // no side is free: under the node all the same
                    x0 = (float) (sx[node] - w / 2);
                    y0 = sy[node] + radius[node] + 2;
                    add(node, x0, y0, (float) (x0 + w), (float) (y0 + height));
                }
            }
        }
        return placed;
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
