package org.kasten.ui.viewmodel;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/**
 * Runs the tasks given to it one at a time, in the order given, each on the executor it wraps. A page's slow
 * panels (a large vault's unlinked-mentions question can read thousands of notes) go through one lane shared by
 * all tabs, so they hold at most one of the window's two workers: a page asked for meanwhile (a note edited on
 * disk, a link followed) finds the other free instead of queueing behind two such questions. Each task is handed
 * to the executor when the one before it ends, so other work queued there meanwhile goes first.
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
        workers.execute(this::runNext);
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
                workers.execute(this::runNext);
            }
        }
    }
}
