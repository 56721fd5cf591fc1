package org.kasten.note;

import java.util.concurrent.ThreadFactory;

/**
 * The one way Kasten makes its background threads: daemons (none keeps the program alive once the window or
 * the command is done), each named {@code kasten-…} for thread dumps, profiles and the tests that look for them,
 * some at a lower priority than the work a person waits for. In {@code note} because every layer starts threads
 * and this is the only package they all may use.
 */
public final class Daemons {

    private Daemons() {
    }

    /** Makes daemon threads called {@code name}, at the priority of the thread that makes each. */
    public static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Makes daemon threads called {@code name} at {@code priority}. */
    public static ThreadFactory named(String name, int priority) {
        ThreadFactory plain = named(name);
        return task -> {
            Thread thread = plain.newThread(task);
            thread.setPriority(priority);
            return thread;
        };
    }

    /** Runs {@code task} on a daemon thread of its own called {@code name}; returns the started thread. */
    public static Thread start(String name, Runnable task) {
        Thread thread = named(name).newThread(task);
        thread.start();
        return thread;
    }

    /** Runs {@code task} on a daemon thread of its own called {@code name} at {@code priority}. */
    public static Thread start(String name, int priority, Runnable task) {
        Thread thread = named(name, priority).newThread(task);
        thread.start();
        return thread;
    }
}
