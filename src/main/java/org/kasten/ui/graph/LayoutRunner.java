package org.kasten.ui.graph;

import org.kasten.note.Daemons;

/**
 * Runs a {@link GraphLayout} on a thread of its own until it settles, publishing a copy of the positions every
 * few tens of milliseconds for the view to draw (so the picture improves as it refines), then saves them to the
 * {@link LayoutStore} and stops: a settled layout costs nothing. Dragging a node ({@link #drag}, {@link #release})
 * pins it where the pointer is and keeps the layout warm, starting the thread again when it had settled; the others
 * react, and once released the layout settles and is saved again. {@link #stop} ends it for good.
 */
public final class LayoutRunner {

    private static final long PUBLISH_NANOS = 30_000_000;
    /** The temperature kept while a node is dragged (d3-force's choice). */
    private static final double DRAG_ALPHA = 0.3;
    private final GraphLayout layout;
    private final LayoutStore store;
    private final Runnable settled;
    private final long started = System.nanoTime();
    private final java.util.Map<Integer, double[]> pins = new java.util.LinkedHashMap<>();
    private final java.util.Set<Integer> releases = new java.util.LinkedHashSet<>();
    private volatile float[] positions;
    private volatile long version;
    private volatile boolean stopped;
    private volatile long settledNanos = -1;
    private Thread thread;
    private boolean running;
    private int dragged = -1;

    /** {@code settled} runs on the layout thread each time the layout has settled and been saved. */
    public LayoutRunner(GraphLayout layout, LayoutStore store, Runnable settled) {
        this.layout = layout;
        this.store = store;
        this.settled = settled;
        this.positions = layout.positions();
    }

    /** Starts refining (a settled layout only publishes and returns). */
    public synchronized void start() {
        ensureRunning();
    }

    /** Starts the layout thread unless it runs; call holding the lock. */
    private void ensureRunning() {
        if (stopped || running) {
            return;
        }
        running = true;
        settledNanos = -1;
        thread = Daemons.start("kasten-graph-layout", Thread.NORM_PRIORITY - 1, this::run);
    }

    /**
     * Drags {@code node} to layout point ({@code x}, {@code y}): it stays there while the others react (the
     * layout is kept warm) until {@link #release}d. Any thread; the next publication shows it.
     */
    public synchronized void drag(int node, double x, double y) {
        if (node < 0 || node >= layout.graph().size()) {
            return;
        }
        pins.put(node, new double[] {x, y});
        releases.remove(node);
        ensureRunning();
    }

    /** Lets a dragged node go: it moves with the forces again and the layout cools and settles. */
    public synchronized void release(int node) {
        if (pins.remove(node) != null || node == dragged) {
            releases.add(node);
            ensureRunning();
        }
    }

    /** Hands drags and releases to the layout; call holding the lock, on the layout thread. */
    private void applyDrags() {
        for (int node : releases) {
            layout.unpin(node);
            if (node == dragged) {
                dragged = -1;
            }
        }
        releases.clear();
        for (var pin : pins.entrySet()) {
            layout.pin(pin.getKey(), pin.getValue()[0], pin.getValue()[1]);
            dragged = pin.getKey();
        }
        pins.clear();
        layout.setAlphaTarget(dragged >= 0 ? DRAG_ALPHA : 0);
    }

    private void run() {
        boolean moved = false;
        long last = System.nanoTime();
        while (true) {
            synchronized (this) {
                if (stopped) {
                    running = false;
                    return;
                }
                boolean dragging = !pins.isEmpty();
                applyDrags();
                if (dragging) {
                    publish(); // the dragged node follows the pointer at once
                    last = System.nanoTime();
                }
                if (layout.settled()) {
                    publish();
                    settledNanos = System.nanoTime() - started;
                    running = false;
                    break;
                }
            }
            layout.tick();
            moved = true;
            if (System.nanoTime() - last >= PUBLISH_NANOS) {
                publish();
                last = System.nanoTime();
            }
        }
        if (moved && store != null) {
            store.save(layout.graph(), positions);
        }
        settled.run();
    }

    private void publish() {
        positions = layout.positions();
        version++;
    }

    /** Stops refining; the last positions stay readable. */
    public void stop() {
        stopped = true;
    }

    /** Waits for the thread to end (settled or stopped), at most {@code millis}; true when it ended. */
    public boolean await(long millis) throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.join(millis);
        }
        return t == null || !t.isAlive();
    }

    /** The latest positions, {@code x0, y0, x1, y1, ...}; never changed after publication. */
    public float[] positions() {
        return positions;
    }

    /** Grows by one with each publication. */
    public long version() {
        return version;
    }

    /** True once settled. */
    public boolean settled() {
        return settledNanos >= 0;
    }

    /** Nanoseconds from creation to settling, or -1 while refining. */
    public long settledNanos() {
        return settledNanos;
    }

    /** Ticks run so far (read while running: approximate). */
    public int ticks() {
        return layout.ticks();
    }

    public GraphData graph() {
        return layout.graph();
    }
}
