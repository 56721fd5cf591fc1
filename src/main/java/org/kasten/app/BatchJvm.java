package org.kasten.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.kasten.search.IndexLocation;

/**
 * Runs {@code kasten index} and {@code kasten check} (which read a whole vault) in a JVM set up for a batch job:
 * the C1 compiler only, as the window's, and the serial collector (the window uses G1 so that a large vault loading
 * behind it does not freeze it; a command has no window, and its read and index take about the same CPU with the
 * serial collector in half the memory), with a bounded heap that ends the JVM with one line when it runs out. In
 * a default JVM the C2 compiler's threads take one of this machine's two cores while the vault is read and
 * indexed, and the command takes much longer (measured in docs/performance.md, "Index build with and without C1
 * only"). Started as {@code java -jar kasten.jar index VAULT}, the launcher starts a second JVM with those options
 * added to the caller's ({@link BatchCommandLine}), gives it the same arguments, input and output, and exits with
 * its code. Nothing is relaunched when
 * the caller chose a compiler or collector (or a debugger, agent, JMX port or flight recording), or when the
 * second JVM cannot start: the command then runs in this JVM, as before. The second JVM ends with the launcher:
 * stopped (SIGINT, SIGTERM) the launcher stops it; killed ({@code kill -9}, no hook runs) the second JVM sees
 * it gone ({@link #exitWithLauncher}) and exits too, instead of indexing on for no one. {@code index} looks first
 * whether there is anything to do (a current index answers in well under the second JVM's start-up) and only
 * then asks for the second JVM ({@link #relaunchForWork}). When the class path is made of jars ({@code java -jar
 * kasten.jar}), every command but the window's runs in the second JVM with its classes mapped from a class data
 * sharing archive in the cache folder ({@link ClassArchive}, recorded by the command's first run): with them it
 * starts and answers in less time than the launcher's JVM alone would need to load them. The launcher's own path
 * avoids lambdas, streams and string concatenation, whose first use costs a fresh JVM milliseconds each.
 */
public final class BatchJvm {

    /** The exit code of a JVM ended by {@link BatchCommandLine#EXIT_ON_OUT_OF_MEMORY}, which the launcher passes on. */
    public static final int OUT_OF_MEMORY = 3;
    /** The commands that read a whole vault. */
    static final Set<String> BATCH_COMMANDS = Set.of("index", "check");
    /**
     * The commands run in a second JVM whenever their classes can be mapped from an archive ({@link ClassArchive}):
     * all but the window's.
     */
    static final Set<String> ARCHIVED_COMMANDS = Set.of("index", "check", "search", "show", "render");
    /** Set in the second JVM to the launcher's process id, so that it never relaunches again and ends with it. */
    static final String MARK = "kasten.batchJvm";
    /** The second JVM's exit code when the launcher is gone (as for SIGTERM; no one reads it). */
    static final int LAUNCHER_GONE = 143;
    /** The commands that first look whether there is work, in this JVM, before they ask for the second. */
    static final Set<String> LOOK_FIRST = Set.of("index");
    /** The arguments of a command that looks first, while it may still ask for the second JVM. */
    private static volatile String[] deferred;
    /** The launcher's main class, which the second JVM runs too. */
    private static volatile String deferredMainClass;

    private BatchJvm() {
    }

    /**
     * The exit code of the command run in a second JVM (by the launcher's {@code mainClass}), or empty to run it
     * in this one (a command that looks first runs here, and may call {@link #relaunchForWork}).
     */
    public static OptionalInt relaunch(String mainClass, String[] args) {
        if (args.length > 0 && ARCHIVED_COMMANDS.contains(args[0]) && System.getProperty(MARK) == null) {
            String classPath = System.getProperty("java.class.path");
            Optional<ClassArchive> archive = classPath == null ? Optional.empty()
                    : ClassArchive.forCommand(args[0], ClassArchive.classPath(classPath), ClassArchive.cacheFolder());
            if (archive.isPresent() && archive.get().records() && firstBuild(args)) {
                // nothing to look for and the biggest run there is: recording would add to it (see firstBuild)
                OptionalInt code = start(mainClass, args, null, true);
                if (code.isPresent()) {
                    return code;
                }
            } else if (archive.isPresent()) { // its classes mapped, a command's second JVM starts in less than this one goes on
                OptionalInt code = start(mainClass, args, archive.get(), false);
                if (code.isPresent()) {
                    return code;
                }
            }
        }
        if (args.length > 0 && LOOK_FIRST.contains(args[0])) {
            deferred = args.clone();
            deferredMainClass = mainClass;
            return OptionalInt.empty();
        }
        return start(mainClass, args, null, false);
    }

    /**
     * True for {@code index} of a vault that has no index folder yet: a first build, which reads, parses and indexes
     * every note. Such a run does not record the class archive: recording makes its JVM dump every class it loaded
     * (the most of any command) as it exits, on top of the build (figures in docs/performance.md, "Issue 16: cold
     * index, session 14"); the next {@code index} run records it instead.
     * The VAULT is the first argument after the command that is not an option (or the one after {@code --}); a
     * misread one only decides whether this run records.
     */
    static boolean firstBuild(String[] args) {
        if (args.length < 2 || !"index".equals(args[0])) {
            return false;
        }
        String vault = null;
        for (int i = 1; i < args.length && vault == null; i++) {
            if ("--".equals(args[i])) {
                vault = i + 1 < args.length ? args[i + 1] : "";
            } else if (!args[i].startsWith("-")) {
                vault = args[i];
            }
        }
        if (vault == null || vault.isBlank()) {
            return false;
        }
        try {
            return !Files.isDirectory(IndexLocation.forVault(Path.of(vault)));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * For a command that looked first and found real work: its exit code, run in a second JVM; empty when it
     * should go on in this one (not started by the launcher, the second JVM already, options that keep this JVM,
     * or a second JVM that cannot start). Asks once.
     */
    public static OptionalInt relaunchForWork() {
        String[] args = deferred;
        deferred = null;
        return args == null ? OptionalInt.empty() : start(deferredMainClass, args, null, true);
    }

    /**
     * True in a second JVM started by {@link #relaunchForWork}: the launcher has looked whether there is work and
     * found some, so the command need not look again.
     */
    public static boolean launcherLooked() {
        return Boolean.getBoolean(LOOKED);
    }

    /** Set to "true" in a second JVM started by {@link #relaunchForWork}. */
    static final String LOOKED = "kasten.batchJvm.looked";

    /** The launcher's process id from {@link #MARK}, or -1. */
    private static long launcherPid() {
        String mark = System.getProperty(MARK);
        try {
            return mark == null ? -1 : Long.parseLong(mark);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Runs {@code args} in a second JVM (with {@code archive}'s classes when not null); empty when it cannot.
     * {@code looked}: this JVM has looked for work ({@link #LOOKED}).
     */
    private static OptionalInt start(String mainClass, String[] args, ClassArchive archive, boolean looked) {
        // no lambdas, streams or string concatenation on this path: each costs the launcher's JVM milliseconds
        ProcessHandle.Info self = ProcessHandle.current().info();
        String[] arguments = self.arguments().orElse(null);
        Optional<List<String>> fromCommandLine = JvmArguments.ofThisJvm(arguments == null ? null : Arrays.asList(arguments),
                args.length);
        List<String> jvmOptions = fromCommandLine.isPresent() ? fromCommandLine.get()
                : ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<List<String>> command = BatchCommandLine.command(mainClass, args, self.command().orElse(null), jvmOptions,
                System.getProperty("java.class.path"), System.getProperty(MARK) != null, ProcessHandle.current().pid(),
                archive == null ? List.of() : archive.options());
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> line = command.get();
        if (looked) {
            line = new ArrayList<>(line);
            line.add(1, "-D" + LOOKED + "=true"); // a constant: folded by the compiler
        }
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(line).inheritIO();
            if (fromCommandLine.isEmpty()) {
                // options from these variables are among this JVM's options, passed on already: not twice
                builder.environment().keySet().removeAll(JvmArguments.VARIABLES);
            }
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Thread stop = new Thread("kasten-batch-jvm-stop") {
            @Override
            public void run() {
                process.destroy();
            }
        };
        Runtime.getRuntime().addShutdownHook(stop); // killed, the launcher takes the second JVM with it
        try {
            int code = process.waitFor();
            if (archive != null) {
                archive.finish(code);
            }
            if (code == OUT_OF_MEMORY) {
                String bound = BatchCommandLine.heapBound(jvmOptions);
                System.err.println(BatchCommandLine.outOfMemory(bound == null ? BatchCommandLine.defaultHeapBound(Runtime.getRuntime().maxMemory()) : bound, args[0]));
            }
            return OptionalInt.of(code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return OptionalInt.of(130);
        }
    }

    /**
     * In the second JVM (its {@link #MARK} names the launcher): exits as soon as the launcher has ended, at once
     * when it already has. Does nothing in any other JVM.
     */
    public static void exitWithLauncher() {
        long pid = launcherPid();
        if (pid <= 0) {
            return;
        }
        Optional<ProcessHandle> launcher = ProcessHandle.of(pid);
        if (launcher.isEmpty()) {
            ProcessEnd.exit(LAUNCHER_GONE);
        }
        launcher.get().onExit().thenRun(() -> ProcessEnd.exit(LAUNCHER_GONE));
    }
}
