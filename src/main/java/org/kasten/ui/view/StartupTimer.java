package org.kasten.ui.view;

import java.lang.management.ManagementFactory;

/**
 * Prints start-up milestones (milliseconds since the JVM started) to stderr when the system property
 * {@code kasten.timing} is set; the start-up benchmark reads these lines.
 */
final class StartupTimer {

    private static final boolean ON = Boolean.getBoolean("kasten.timing");

    private StartupTimer() {
    }

    /** Records that {@code milestone} was reached now. */
    static void mark(String milestone) {
        if (ON) {
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("kasten-timing " + milestone + " " + since);
        }
    }
}
