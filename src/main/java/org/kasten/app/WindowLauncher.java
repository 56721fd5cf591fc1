package org.kasten.app;

import java.nio.file.Path;

/**
 * Opens Kasten's window. The app layer may not depend on the UI, so the UI provides this through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.kasten.app.WindowLauncher}).
 */
public interface WindowLauncher {

    /**
     * Opens the window on {@code vault} (null: the last vault, else the bundled notes), showing {@code note}
     * (null: the last one), with the global graph when {@code graph} is set (centred on {@code note} when
     * given) and, when {@code screenshot} is set, writes the loaded window to that PNG (once the graph is laid
     * out, with {@code graph}) and exits. {@code timer} records the start-up milestones. Blocks until the
     * window closes; returns the process exit code.
     */
    int open(Path vault, String note, Path screenshot, boolean graph, StartupTimer timer);

    /**
     * Starts ahead, on a thread of its own, what every window needs whatever the command line asks (the JavaFX
     * toolkit), so that it runs while the command line is still being read; {@link #open} then uses it. Called
     * when the arguments look like a window's; if no window is opened after all, the process simply ends. A
     * failure here is reported by {@link #open}. Does nothing by default.
     */
    default void prepare() {
    }
}
