package org.kasten.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

import org.kasten.app.StartupTimer;
import org.kasten.app.WindowLauncher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code kasten [VAULT]}: the top-level command. Without a sub-command it opens the window on VAULT, which must be
 * a folder (else it is a mistyped command: bad usage); the sub-commands are the stable command-line contract of
 * DESIGN.md.
 */
@Command(name = "kasten", mixinStandardHelpOptions = true, version = "Kasten 0.1.0",
        description = "An offline browser for a folder of notes.",
        subcommands = {
                CheckCommand.class,
                ShowCommand.class,
                OpenCommand.class,
                SearchCommand.class,
                IndexCommand.class,
                RenderCommand.class,
        })
public final class KastenCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "VAULT", converter = VaultArgument.class,
            description = "The vault folder (default: the last vault, else the bundled notes/).")
    Path vault;

    /** Records start-up milestones for every sub-command (they reach it as their parent command). */
    private final StartupTimer timer;

    /** A command line that records no milestones. */
    public KastenCommand() {
        this(StartupTimer.OFF);
    }

    /** A command line whose commands record their milestones in {@code timer}. */
    public KastenCommand(StartupTimer timer) {
        this.timer = timer;
    }

    /** Parses {@code args}, runs the command and returns the exit code (0 ok, 1 unreadable, 2 usage). */
    public static int run(String[] args, StartupTimer timer) {
        Optional<WindowArguments> window = WindowArguments.read(args);
        // the toolkit starts on the other core while the command runs; a plain window's line has looked at its
        // folder already, so only the lines left to picocli are guessed at (opensWindow looks again)
        if (window.isPresent() || opensWindow(args)) {
            windowLauncher().ifPresent(WindowLauncher::prepare);
        }
        // UTF-8 whatever the platform default: pages and JSON carry any language
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        if (window.isPresent()) { // the window's plain command lines skip picocli (WindowArguments says why)
            WindowArguments w = window.get();
            try {
                return openWindow(w.vault(), w.note(), w.screenshot(), w.graph(), timer, err);
            } catch (RuntimeException e) {
                return failed(e, err);
            }
        }
        return run(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true),
                err, timer);
    }

    /** As {@link #run(String[], StartupTimer)} without timing, writing to the given streams (tests capture them). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, StartupTimer.OFF);
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, StartupTimer timer) {
        CommandLine cli = new CommandLine(new KastenCommand(timer));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, line, parsed) -> failed(ex, line.getErr()));
        cli.setParameterExceptionHandler((ex, given) -> usageError(ex));
        return cli.execute(args);
    }

    /** A command that failed as it ran: one line on stderr ({@code kasten: } and its message), exit code 1. */
    private static int failed(Exception ex, PrintWriter err) {
        err.println("kasten: " + TerminalText.escape(Optional.ofNullable(ex.getMessage()).orElse(ex.toString())));
        err.flush();
        return 1;
    }

    /**
     * A usage error as picocli words it (the message, then a suggestion or the usage), with what the user typed
     * escaped: picocli quotes unknown options and bad values, which may hold terminal escapes.
     */
    private static int usageError(ParameterException ex) {
        CommandLine line = ex.getCommandLine();
        PrintWriter err = line.getErr();
        err.println(TerminalText.escape(String.valueOf(ex.getMessage())));
        if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
            line.usage(err, line.getColorScheme());
        }
        err.flush();
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (vault != null && !Files.isDirectory(vault)) {
            // a mistyped command ("kasten frobnicate") must not open a window on a vault that is not there
            throw new ParameterException(spec.commandLine(), "'" + vault
                    + "' is neither a command (" + String.join(", ", spec.subcommands().keySet()) + ") nor a folder");
        }
        return openWindow(vault, null, null, false, new PrintWriter(System.err, true));
    }

    /** The timer of this command line's milestones. */
    StartupTimer timer() {
        return timer;
    }

    /**
     * Whether {@code args} look like a window's, judged before they are parsed: none, {@code open …}, or a folder
     * first. Only a guess (a folder could be named like a command): it decides whether the window's toolkit is
     * started ahead ({@link WindowLauncher#prepare}), never what runs.
     */
    static boolean opensWindow(String[] args) {
        if (args.length == 0 || args[0].equals("open")) {
            return true;
        }
        try {
            return !args[0].startsWith("-") && Files.isDirectory(Path.of(args[0]));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static Optional<WindowLauncher> windowLauncher() {
        return ServiceLoader.load(WindowLauncher.class).findFirst();
    }

    /** Opens the window through the UI's {@link WindowLauncher}, or says why it cannot. */
    int openWindow(Path vault, String note, Path screenshot, boolean graph, PrintWriter err) {
        return openWindow(vault, note, screenshot, graph, timer, err);
    }

    private static int openWindow(Path vault, String note, Path screenshot, boolean graph, StartupTimer timer, PrintWriter err) {
        Optional<WindowLauncher> launcher = windowLauncher();
        if (launcher.isEmpty()) {
            err.println("kasten: this build has no window; try 'kasten check " + (vault == null ? "notes" : vault) + "'");
            return 1;
        }
        return launcher.get().open(vault, note, screenshot, graph, timer);
    }
}
