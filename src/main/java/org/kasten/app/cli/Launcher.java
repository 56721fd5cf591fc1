package org.kasten.app.cli;

import java.util.OptionalInt;

import org.kasten.app.BatchJvm;
import org.kasten.app.ProcessEnd;
import org.kasten.app.StartupTimer;

/**
 * The entry point of {@code kasten.jar}. It does not extend JavaFX's Application, so the jar runs from the
 * class path; the window is started through {@link org.kasten.app.WindowLauncher}.
 */
public final class Launcher {

    private Launcher() {
    }

    /**
     * Runs the command line (a batch command in a JVM set up for it: {@link BatchJvm}) and exits with its code;
     * with {@code -Dkasten.timing} it prints the start-up milestones ({@link StartupTimer}). Every way out, signals
     * included, goes through {@link ProcessEnd}.
     */
    public static void main(String[] args) {
        ProcessEnd.onSignals();
        BatchJvm.exitWithLauncher();
        OptionalInt relaunched = BatchJvm.relaunch(Launcher.class.getName(), args);
        ProcessEnd.exit(relaunched.isPresent() ? relaunched.getAsInt() : KastenCommand.run(args, StartupTimer.fromSystemProperties()));
    }
}
