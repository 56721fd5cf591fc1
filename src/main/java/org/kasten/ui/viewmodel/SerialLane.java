package org.kasten.ui.viewmodel;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs the tasks given to it one at a time, in the order given, each on the executor it wraps. A page's slow
 * panels (a large vault's unlinked-mentions question can read thousands of notes) go through one lane shared by
 * all tabs, so they hold at most one of the window's two workers: a page asked for meanwhile (a note edited on
 * disk, a link followed) finds the other free instead of queueing behind two such questions. Each task is handed
 * to the executor when the one before it ends, so other work queued there meanwhile goes first. When the executor
 * refuses a task (it is shutting down with the window), the lane drops what waits rather than fail a worker.
 */
final class SerialLane implements Executor {

    private final Executor workers;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private boolean running;

    SerialLane(Executor workers) {
        this.workers = workers;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            waiting.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        handOn();
    }

    private void runNext() {
        Runnable task;
        synchronized (this) {
            task = waiting.poll();
        }
        try {
            task.run();
        } finally {
            synchronized (this) {
                if (waiting.isEmpty()) {
                    running = false;
                    task = null;
                }
            }
            if (task != null) {
                handOn();
            }
        }
    }

    /** Gives the next task to the workers; when they refuse it (shutting down), what waits is dropped with it. */
    private void handOn() {
        try {
            workers.execute(this::runNext);
        } catch (RejectedExecutionException refused) {
            synchronized (this) {
                waiting.clear();
                running = false;
            }
        }
    }
}
