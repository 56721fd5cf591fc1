package org.kasten.ui.viewmodel;

import java.util.List;

/**
 * A small force-directed layout (spring edges, repelling nodes, a pull to the middle) for the local graph.
 * Positions are in a unit square around (0, 0); node 0 stays pinned at the centre. Deterministic.
 */
public final class ForceLayout {

    private final double[] x;
    private final double[] y;
    private final List<int[]> edges;

    /** Starts {@code count} nodes on rings by index (so the same graph always lays out the same). */
    public ForceLayout(int count, List<int[]> edges) {
        this.x = new double[count];
        this.y = new double[count];
        this.edges = edges;
        for (int i = 1; i < count; i++) {
            double angle = i * 2.399963; // golden angle: spreads nodes evenly
            double radius = 0.25 + 0.2 * Math.sqrt((double) i / count);
            x[i] = radius * Math.cos(angle);
            y[i] = radius * Math.sin(angle);
        }
    }

    /** Runs {@code steps} iterations; returns the largest move of the last one (small means settled). */
    public double run(int steps) {
        double moved = 0;
        for (int s = 0; s < steps; s++) {
            moved = step(0.08 * (1 - (double) s / steps) + 0.002);
        }
        return moved;
    }

    /** One Fruchterman-Reingold iteration; {@code rate} caps how far a node may move (the "temperature"). */
    public double step(double rate) {
        int n = x.length;
        double[] fx = new double[n];
        double[] fy = new double[n];
        double k = 0.75 / Math.sqrt(Math.max(n, 1));
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                double d = Math.max(Math.sqrt(dx * dx + dy * dy), 1e-3);
                double f = k * k / d / d; // repulsion k^2/d along the unit vector
                fx[i] += dx * f;
                fy[i] += dy * f;
                fx[j] -= dx * f;
                fy[j] -= dy * f;
            }
        }
        for (int[] e : edges) {
            double dx = x[e[1]] - x[e[0]];
            double dy = y[e[1]] - y[e[0]];
            double d = Math.max(Math.sqrt(dx * dx + dy * dy), 1e-3);
            double f = d / k; // attraction d^2/k along the unit vector
            fx[e[0]] += dx * f;
            fy[e[0]] += dy * f;
            fx[e[1]] -= dx * f;
            fy[e[1]] -= dy * f;
        }
        double moved = 0;
        for (int i = 1; i < n; i++) {
            fx[i] -= x[i] * 0.3;
            fy[i] -= y[i] * 0.3;
            double len = Math.max(Math.sqrt(fx[i] * fx[i] + fy[i] * fy[i]), 1e-9);
            double step = Math.min(len, rate);
            x[i] = clampBox(x[i] + fx[i] / len * step);
            y[i] = clampBox(y[i] + fy[i] / len * step);
            moved = Math.max(moved, step);
        }
        return moved;
    }

    /** The x position of node {@code i}, in [-0.5, 0.5]. */
    public double x(int i) {
        return x[i];
    }

    /** The y position of node {@code i}, in [-0.5, 0.5]. */
    public double y(int i) {
        return y[i];
    }

    private static double clampBox(double v) {
        return Math.max(-0.5, Math.min(0.5, v));
    }
}
