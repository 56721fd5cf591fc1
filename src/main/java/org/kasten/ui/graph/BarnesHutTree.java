package org.kasten.ui.graph;

import java.util.Arrays;

/**
 * A quadtree over node positions that sums the repulsion of far groups of nodes as one body at their centre of
 * mass (Barnes–Hut): a node feels each cell whose width seen from it is below {@code theta}, else the cell's
 * children. That makes one round of repulsion O(n log n) instead of O(n²). Arrays only, rebuilt each tick;
 * {@link #repel} reads the tree and may run for many nodes at once.
 */
final class BarnesHutTree {

    private static final int MAX_DEPTH = 48;
    private int cells;
    private int[] child = new int[4 * 64];
    private int[] point = new int[64];     // first point of a leaf, -1 when empty or internal
    private int[] parent = new int[64];
    private double[] minX = new double[64];
    private double[] minY = new double[64];
    private double[] size = new double[64];
    private double[] mass = new double[64];
    private double[] comX = new double[64];
    private double[] comY = new double[64];
    private int[] next = new int[0];       // further points in the same leaf (same place, or too deep)
    private double[] x;
    private double[] y;

    /** Rebuilds the tree over the points {@code i} with {@code active[i]} (null: all). */
    void build(double[] x, double[] y, boolean[] active) {
        this.x = x;
        this.y = y;
        int n = x.length;
        if (next.length < n) {
            next = new int[n];
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        double loY = Double.POSITIVE_INFINITY, hiY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (active == null || active[i]) {
                lo = Math.min(lo, x[i]);
                hi = Math.max(hi, x[i]);
                loY = Math.min(loY, y[i]);
                hiY = Math.max(hiY, y[i]);
            }
        }
        cells = 0;
        if (lo > hi) {
            return;
        }
        double side = Math.max(Math.max(hi - lo, hiY - loY), 1e-6) * 1.0001;
        newCell(lo, loY, side, -1);
        for (int i = 0; i < n; i++) {
            if (active == null || active[i]) {
                insert(i);
            }
        }
        for (int c = cells - 1; c >= 0; c--) { // children come after their parent: sum bottom-up
            if (point[c] >= 0) {
                double m = 0, sx = 0, sy = 0;
                for (int p = point[c]; p >= 0; p = next[p]) {
                    m++;
                    sx += x[p];
                    sy += y[p];
                }
                mass[c] = m;
                comX[c] = sx / m;
                comY[c] = sy / m;
            } else if (mass[c] > 0) {
                comX[c] /= mass[c];
                comY[c] /= mass[c];
            }
            int up = parent[c];
            if (up >= 0 && mass[c] > 0) {
                mass[up] += mass[c];
                comX[up] += comX[c] * mass[c];
                comY[up] += comY[c] * mass[c];
            }
        }
    }

    private void insert(int i) {
        next[i] = -1;
        int c = 0;
        for (int depth = 0; ; depth++) {
            if (point[c] < 0 && !internal(c)) { // an empty leaf
                point[c] = i;
                return;
            }
            if (point[c] >= 0) { // a leaf holding points: chain here, or split it
                int p = point[c];
                if (depth >= MAX_DEPTH || (x[p] == x[i] && y[p] == y[i])) {
                    next[i] = point[c];
                    point[c] = i;
                    return;
                }
                point[c] = -1;
                int q = quadrant(c, x[p], y[p]);
                int moved = childOf(c, q);
                point[moved] = p; // p (with any chained points) moves down one level
            }
            c = childOf(c, quadrant(c, x[i], y[i]));
        }
    }

    private boolean internal(int c) {
        int b = 4 * c;
        return child[b] >= 0 || child[b + 1] >= 0 || child[b + 2] >= 0 || child[b + 3] >= 0;
    }

    private int quadrant(int c, double px, double py) {
        double half = size[c] / 2;
        return (px >= minX[c] + half ? 1 : 0) + (py >= minY[c] + half ? 2 : 0);
    }

    private int childOf(int c, int q) {
        int existing = child[4 * c + q];
        if (existing >= 0) {
            return existing;
        }
        double half = size[c] / 2;
        int made = newCell(minX[c] + ((q & 1) != 0 ? half : 0), minY[c] + ((q & 2) != 0 ? half : 0), half, c);
        child[4 * c + q] = made;
        return made;
    }

    private int newCell(double x0, double y0, double side, int up) {
        if (cells == point.length) {
            int cap = cells * 2;
            child = Arrays.copyOf(child, 4 * cap);
            point = Arrays.copyOf(point, cap);
            parent = Arrays.copyOf(parent, cap);
            minX = Arrays.copyOf(minX, cap);
            minY = Arrays.copyOf(minY, cap);
            size = Arrays.copyOf(size, cap);
            mass = Arrays.copyOf(mass, cap);
            comX = Arrays.copyOf(comX, cap);
            comY = Arrays.copyOf(comY, cap);
        }
        int c = cells++;
        Arrays.fill(child, 4 * c, 4 * c + 4, -1);
        point[c] = -1;
        parent[c] = up;
        minX[c] = x0;
        minY[c] = y0;
        size[c] = side;
        mass[c] = 0;
        comX[c] = 0;
        comY[c] = 0;
        return c;
    }

    /**
     * The repulsion on node {@code i} (which must be in the tree) as {@code out[0], out[1]}: the sum over other
     * nodes of {@code (xi - xj) * strength / d²}, with far cells taken whole when {@code size/d < theta}.
     * Distances below {@code minDistance} count as that distance, so coincident nodes do not explode.
     */
    void repel(int i, double strength, double theta, double minDistance, int[] stack, double[] out) {
        double fx = 0, fy = 0;
        double theta2 = theta * theta;
        double min2 = minDistance * minDistance;
        int top = 0;
        if (cells > 0) {
            stack[top++] = 0;
        }
        double xi = x[i], yi = y[i];
        while (top > 0) {
            int c = stack[--top];
            if (point[c] >= 0) {
                for (int p = point[c]; p >= 0; p = next[p]) {
                    if (p != i) {
                        double dx = xi - x[p], dy = yi - y[p];
                        if (dx == 0 && dy == 0) { // the same place: push apart in a direction fixed by the pair
                            dx = ((i * 31 + p) % 7 - 3) * 1e-3;
                            dy = ((i * 17 + p) % 5 - 2) * 1e-3 + 1e-4;
                        }
                        double d2 = Math.max(dx * dx + dy * dy, min2);
                        fx += dx * strength / d2;
                        fy += dy * strength / d2;
                    }
                }
                continue;
            }
            double dx = xi - comX[c], dy = yi - comY[c];
            double d2 = dx * dx + dy * dy;
            if (size[c] * size[c] < theta2 * d2) {
                double d2c = Math.max(d2, min2);
                fx += dx * strength * mass[c] / d2c;
                fy += dy * strength * mass[c] / d2c;
            } else {
                for (int q = 0; q < 4; q++) {
                    int ch = child[4 * c + q];
                    if (ch >= 0 && mass[ch] > 0) {
                        stack[top++] = ch;
                    }
                }
            }
        }
        out[0] = fx;
        out[1] = fy;
    }

    /** Room {@link #repel} needs for its stack. */
    int stackSize() {
        return 4 * MAX_DEPTH + 8;
    }
}
