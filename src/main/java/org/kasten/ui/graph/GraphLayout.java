package org.kasten.ui.graph;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A force-directed layout of a {@link GraphData}, in the manner of d3-force: nodes repel each other (summed with
 * a {@link BarnesHutTree}), edges pull their ends towards a rest length, a weak pull keeps everything near
 * the origin, and velocities decay. A "temperature" ({@code alpha}) scales the forces and cools each tick; the
 * layout is settled when it falls below {@link #ALPHA_MIN} and {@link #tick} then does nothing.
 *
 * <p>Deterministic: the start comes from the seed (and any remembered positions), and the repulsion of each
 * node is computed on its own, so running it on several threads gives the same numbers as on one.
 * Not thread-safe: one thread ticks; others read copies made by {@link #positions}.
 */
public final class GraphLayout {

    /** Below this temperature the layout is settled. */
    public static final double ALPHA_MIN = 0.001;
    /** The rest length of an edge, in layout units. */
    public static final double LINK_DISTANCE = 30;
    private static final double ALPHA_DECAY = 1 - Math.pow(ALPHA_MIN, 1.0 / 250); // settles in ~250 ticks
    private static final double VELOCITY_DECAY = 0.4;
    private static final double CHARGE = -40;
    /** Cells narrower than this seen from a node count as one body; coarser while the layout is hot. */
    private static final double THETA = 0.9;
    private static final double THETA_HOT = 1.2;
    private static final double GRAVITY = 0.04;

    private final GraphData graph;
    private final double[] x;
    private final double[] y;
    private final double[] vx;
    private final double[] vy;
    private final double[] linkBias;
    private final double[] linkStrength;
    private final boolean[] pinned;
    private final BarnesHutTree tree = new BarnesHutTree();
    private final boolean parallel;
    private double alpha;
    private double alphaTarget;
    private int ticks;

    /**
     * Starts a layout of {@code graph}: nodes with a position in {@code known} (by {@link GraphData#key}) start
     * there; the others near an already placed neighbour (best-linked nodes first), or on a spiral around the
     * middle, with directions drawn from {@code seed}. When every node is known the layout starts settled.
     */
    public GraphLayout(GraphData graph, long seed, Map<String, double[]> known, boolean parallel) {
        this.graph = graph;
        this.parallel = parallel;
        int n = graph.size();
        x = new double[n];
        y = new double[n];
        vx = new double[n];
        vy = new double[n];
        pinned = new boolean[n];
        int placed = place(new Random(seed), known);
        alpha = placed == n && n > 0 ? 0 : placed > n * 0.9 ? 0.1 : 1;
        linkBias = new double[graph.edgeCount()];
        linkStrength = new double[graph.edgeCount()];
        for (int e = 0; e < graph.edgeCount(); e++) {
            int da = graph.degree(graph.edgeA(e)), db = graph.degree(graph.edgeB(e));
            linkBias[e] = (double) da / (da + db);
            linkStrength[e] = 1.0 / Math.min(da, db);
        }
    }

    /** Places every node; returns how many took a remembered position. */
    private int place(Random random, Map<String, double[]> known) {
        int n = graph.size();
        boolean[] done = new boolean[n];
        int remembered = 0;
        for (int i = 0; i < n; i++) {
            double[] p = known.get(graph.key(i));
            if (p != null) {
                x[i] = p[0];
                y[i] = p[1];
                done[i] = true;
                remembered++;
            }
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> graph.degree(a) != graph.degree(b)
                ? Integer.compare(graph.degree(b), graph.degree(a)) : Integer.compare(a, b));
        int spiral = 0;
        for (int i : order) {
            if (done[i]) {
                continue;
            }
            int anchor = -1;
            for (int k = 0; k < graph.degree(i) && anchor < 0; k++) {
                anchor = done[graph.neighbour(i, k)] ? graph.neighbour(i, k) : -1;
            }
            double angle = random.nextDouble() * 2 * Math.PI;
            if (anchor >= 0) {
                double r = LINK_DISTANCE * (0.5 + random.nextDouble());
                x[i] = x[anchor] + r * Math.cos(angle);
                y[i] = y[anchor] + r * Math.sin(angle);
            } else { // a phyllotaxis spiral: evenly spread, nearest to the middle first
                double r = LINK_DISTANCE * 1.5 * Math.sqrt(0.5 + spiral);
                double a = spiral * Math.PI * (3 - Math.sqrt(5));
                spiral++;
                x[i] = r * Math.cos(a);
                y[i] = r * Math.sin(a);
            }
            done[i] = true;
        }
        return remembered;
    }

    /** One step; false (and nothing moves) once settled. */
    public boolean tick() {
        if (settled()) {
            return false;
        }
        alpha += (alphaTarget - alpha) * ALPHA_DECAY;
        ticks++;
        int n = graph.size();
        tree.build(x, y, null);
        double strength = CHARGE * alpha;
        double theta = alpha > 0.1 ? THETA_HOT : THETA;
        IntStream nodes = IntStream.range(0, (n + 255) / 256);
        (parallel ? nodes.parallel() : nodes).forEach(chunk -> {
            int[] stack = new int[tree.stackSize()];
            double[] f = new double[2];
            for (int i = chunk * 256, end = Math.min(n, i + 256); i < end; i++) {
                tree.repel(i, -strength, theta, 1, stack, f);
                vx[i] += f[0];
                vy[i] += f[1];
            }
        });
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = graph.edgeA(e), b = graph.edgeB(e);
            double dx = x[b] + vx[b] - x[a] - vx[a];
            double dy = y[b] + vy[b] - y[a] - vy[a];
            double l = Math.sqrt(dx * dx + dy * dy);
            if (l < 1e-9) {
                continue;
            }
            double k = (l - LINK_DISTANCE) / l * alpha * linkStrength[e];
            dx *= k;
            dy *= k;
            vx[b] -= dx * linkBias[e];
            vy[b] -= dy * linkBias[e];
            vx[a] += dx * (1 - linkBias[e]);
            vy[a] += dy * (1 - linkBias[e]);
        }
        double pull = GRAVITY * alpha;
        for (int i = 0; i < n; i++) {
            vx[i] -= x[i] * pull;
            vy[i] -= y[i] * pull;
            vx[i] *= 1 - VELOCITY_DECAY;
            vy[i] *= 1 - VELOCITY_DECAY;
            if (pinned[i]) {
                vx[i] = 0;
                vy[i] = 0;
            } else {
                x[i] += vx[i];
                y[i] += vy[i];
            }
        }
        return true;
    }

    /** True when the temperature has fallen below {@link #ALPHA_MIN} and nothing keeps it warm. */
    public boolean settled() {
        return alpha < ALPHA_MIN && alphaTarget < ALPHA_MIN;
    }

    /**
     * Holds {@code node} at ({@code px}, {@code py}): it pushes and pulls the others but does not move until
     * {@link #unpin}ned (a node being dragged, the local graph's centre).
     */
    public void pin(int node, double px, double py) {
        x[node] = px;
        y[node] = py;
        vx[node] = 0;
        vy[node] = 0;
        pinned[node] = true;
    }

    /** Lets a pinned node move with the forces again. */
    public void unpin(int node) {
        pinned[node] = false;
    }

    /**
     * The temperature the layout tends to instead of cooling off: above 0 (0.3 while a node is dragged, as
     * d3-force does) the layout keeps reacting; back at 0 it cools and settles.
     */
    public void setAlphaTarget(double target) {
        alphaTarget = Math.max(0, Math.min(1, target));
    }

    /** Warms the layout up again (a node was dragged, nodes were added) to at least {@code to}. */
    public void reheat(double to) {
        alpha = Math.max(alpha, to);
    }

    /** The current temperature, 0..1. */
    public double alpha() {
        return alpha;
    }

    /** Ticks run so far. */
    public int ticks() {
        return ticks;
    }

    public GraphData graph() {
        return graph;
    }

    public double x(int node) {
        return x[node];
    }

    public double y(int node) {
        return y[node];
    }

    /** A copy of the positions as {@code x0, y0, x1, y1, ...} (floats: enough for drawing, half the memory). */
    public float[] positions() {
        float[] out = new float[2 * x.length];
        for (int i = 0; i < x.length; i++) {
            out[2 * i] = (float) x[i];
            out[2 * i + 1] = (float) y[i];
        }
        return out;
    }
}
