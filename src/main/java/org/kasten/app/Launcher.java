package org.kasten.app;

import org.kasten.app.cli.KastenCommand;

/**
 * The entry point of {@code kasten.jar}. It does not extend JavaFX's Application, so the jar runs from the
 * class path; the window is started through {@link WindowLauncher}.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(KastenCommand.run(args));
    }
}
