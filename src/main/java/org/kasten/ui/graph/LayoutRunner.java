package org.kasten.ui.graph;

/**
 * Runs a {@link GraphLayout} on a thread of its own until it settles, publishing a copy of the positions every
 * few tens of milliseconds for the view to draw (so the picture improves as it refines), then saves them to the
 * {@link LayoutStore} and stops: a settled layout costs nothing. {@link #stop} ends it early.
 */
public final class LayoutRunner {

    private static final long PUBLISH_NANOS = 30_000_000;
    private final GraphLayout layout;
    private final LayoutStore store;
    private final Runnable settled;
    private final long started = System.nanoTime();
    private volatile float[] positions;
    private volatile long version;
    private volatile boolean stopped;
    private volatile long settledNanos = -1;
    private Thread thread;

    /** {@code settled} runs on the layout thread once the layout has settled and been saved. */
    public LayoutRunner(GraphLayout layout, LayoutStore store, Runnable settled) {
        this.layout = layout;
        this.store = store;
        this.settled = settled;
        this.positions = layout.positions();
    }

    /** Starts refining (a settled layout only publishes and returns). */
    public synchronized void start() {
        thread = new Thread(this::run, "kasten-graph-layout");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private void run() {
        boolean moved = false;
        long last = System.nanoTime();
        while (!stopped && layout.tick()) {
            moved = true;
            if (System.nanoTime() - last >= PUBLISH_NANOS) {
                publish();
                last = System.nanoTime();
            }
        }
        if (stopped) {
            return;
        }
        publish();
        settledNanos = System.nanoTime() - started;
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
