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
    /**
     * The places a forced name tries: under, over, right of and left of its node, its four corners (right and left,
     * a little under and over), under and over starting or ending at its node, and one line further under and over.
     */
    private static final int SIDES = 14;
    private int columns;
    private int rows;
    private int[][] cells = new int[0][];
    private int[] cellCounts = new int[0];
    private float[] boxes = new float[4 * 64];
    private int placed;
    private int[] chosen = new int[64];
    private boolean[] shortened = new boolean[64];
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
     * As above, the first {@code forced} nodes of the order always offered a name (the local graph names every
     * neighbour), without a short form.
     */
    public int place(int[] order, boolean[] shown, float[] sx, float[] sy, float[] radius, double minRadius,
                     int always, int forced, IntToDoubleFunction width, double height, double viewWidth,
                     double viewHeight, int max) {
        return place(order, shown, sx, sy, radius, minRadius, always, forced, width, null, height, viewWidth,
                viewHeight, max);
    }

    /**
     * As above, the first {@code forced} nodes of the order tried harder (the local graph names every neighbour
     * it can): a forced name takes the first free place of under, over, right of, left of its node, its four
     * corners, under or over starting or ending at it, and a line further under or over; where none is free,
     * the same places with its short form ({@code shortWidth}, null for none; {@link #shortened(int)} tells);
     * where still none is free it is left out (its title shows on hover), so no two names ever overlap. When the
     * first of the order is forced it is the centre: named first, and no other name is put over its node. A name
     * whose node is in the view is shifted inside the view, so none runs off an edge.
     */
    public int place(int[] order, boolean[] shown, float[] sx, float[] sy, float[] radius, double minRadius,
                     int always, int forced, IntToDoubleFunction width, IntToDoubleFunction shortWidth,
                     double height, double viewWidth, double viewHeight, int max) {
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
            boolean isForced = k < forced;
            boolean inView = sx[node] >= 0 && sx[node] <= viewWidth && sy[node] >= 0 && sy[node] <= viewHeight;
            if (!tryPlaces(node, width.applyAsDouble(node), false, isForced ? SIDES : 1, sx, sy, radius, height,
                    inView, viewWidth, viewHeight) && isForced && shortWidth != null) {
                tryPlaces(node, shortWidth.applyAsDouble(node), true, SIDES, sx, sy, radius, height, inView,
                        viewWidth, viewHeight);
            }
            if (k == 0 && forced > 0) { // the centre, named first: no other name covers its node
                keepClearX = sx[node];
                keepClearY = sy[node];
                keepClearR = radius[node] + 1;
            }
        }
        return placed;
    }

    /** Puts the name at the first free one of the node's first {@code places} places; false when none is free. */
    private boolean tryPlaces(int node, double w, boolean isShort, int places, float[] sx, float[] sy,
                              float[] radius, double height, boolean inView, double viewWidth, double viewHeight) {
        float r = radius[node];
        for (int side = 0; side < places; side++) {
            double x = switch (side) {
                case 2, 4, 6 -> sx[node] + r + 3;
                case 3, 5, 7 -> sx[node] - r - 3 - w;
                case 8, 10 -> sx[node] - r;
                case 9, 11 -> sx[node] + r - w;
                default -> sx[node] - w / 2;
            };
            double y = switch (side) {
                case 0, 8, 9 -> sy[node] + r + 2;
                case 1, 10, 11 -> sy[node] - r - 2 - height;
                case 4, 5 -> sy[node] + r / 2;
                case 6, 7 -> sy[node] - r / 2 - height;
                case 12 -> sy[node] + r + 2 + height;
                case 13 -> sy[node] - r - 2 - 2 * height;
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
                add(node, x0, y0, x1, y1, isShort);
                return true;
            }
        }
        return false;
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

    /** Whether the {@code k}-th placed name is its short form. */
    public boolean shortened(int k) {
        return shortened[k];
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

    private void add(int node, float x0, float y0, float x1, float y1, boolean isShort) {
        if (4 * placed + 4 > boxes.length) {
            boxes = Arrays.copyOf(boxes, boxes.length * 2);
            chosen = Arrays.copyOf(chosen, chosen.length * 2);
            shortened = Arrays.copyOf(shortened, shortened.length * 2);
        }
        shortened[placed] = isShort;
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
