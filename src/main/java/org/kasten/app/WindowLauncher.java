package org.kasten.app;

import java.nio.file.Path;

/**
 * Opens Kasten's window. The app layer may not depend on the UI, so the UI provides this through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.kasten.app.WindowLauncher}).
 */
public interface WindowLauncher {

    /**
     * Opens the window on {@code vault} (null: the last vault, else the bundled notes), showing {@code note}
     * (null: the last one) and, when {@code screenshot} is set, writes the loaded window to that PNG and exits.
     * Blocks until the window closes; returns the process exit code.
     */
    int open(Path vault, String note, Path screenshot);

    /**
     * As {@link #open(Path, String, Path)}; with {@code graph} the window shows the global graph (centred on
     * {@code note} when given) and a screenshot waits until the graph is laid out.
     */
    default int open(Path vault, String note, Path screenshot, boolean graph) {
        return open(vault, note, screenshot);
    }
}
