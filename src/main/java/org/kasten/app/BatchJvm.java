package org.kasten.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs {@code kasten index} and {@code kasten check} (which read a whole vault) in a JVM set up as the app's: the
 * C1 compiler only and the serial collector. In a default JVM the C2 compiler's threads take one of this
 * machine's two cores while the vault is read and indexed, and the command takes much longer (first index of
 * 10,000 notes: 14.6–16.2 s against 9.1–9.8 s, the build alone 5.3–5.8 s against 2.6–2.8 s; a refresh of the
 * bundled notes 0.63 s against 0.56–0.58 s, the second JVM's start included). Started as
 * {@code java -jar kasten.jar index VAULT}, the launcher starts a second JVM with those options added to the
 * caller's, gives it the same arguments, input and output, and exits with its code. Nothing is relaunched when
 * the caller chose a compiler or collector (or attached a debugger), or when the second JVM cannot start: the
 * command then runs in this JVM, as before.
 */
final class BatchJvm {

    /** The options the app runs with (as the README's command and the jar's recommended command). */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** The commands that read a whole vault. */
    static final Set<String> BATCH_COMMANDS = Set.of("index", "check");
    /** Set in the second JVM, so that it never relaunches again. */
    static final String MARK = "kasten.batchJvm";

    private BatchJvm() {
    }

    /** The exit code of the command run in a second JVM, or empty to run it in this one. */
    static OptionalInt relaunch(String[] args) {
        Optional<List<String>> command = command(args, ProcessHandle.current().info().command().orElse(null),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.class.path"),
                System.getProperty(MARK) != null);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Process process;
        try {
            process = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Thread stop = new Thread(process::destroy, "kasten-batch-jvm-stop");
        Runtime.getRuntime().addShutdownHook(stop); // killed, the launcher takes the second JVM with it
        try {
            return OptionalInt.of(process.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return OptionalInt.of(130);
        }
    }

    /**
     * The second JVM's command line for {@code args}, or empty when the command is not a batch one, this is the
     * second JVM already, the caller chose a compiler or collector (or debugs), or java or the class path is unknown.
     */
    static Optional<List<String>> command(String[] args, String java, List<String> jvmOptions, String classPath,
                                          boolean relaunched) {
        if (relaunched || args.length == 0 || !BATCH_COMMANDS.contains(args[0]) || java == null || classPath == null
                || classPath.isEmpty() || jvmOptions.stream().anyMatch(BatchJvm::keepsThisJvm)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(OPTIONS);
        command.add("-D" + MARK + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** An option the caller chose that a relaunch would override or break (a debugger attached to this JVM). */
    private static boolean keepsThisJvm(String option) {
        return option.startsWith("-XX:TieredStopAtLevel") || option.startsWith("-XX:-TieredCompilation")
                || option.startsWith("-XX:+Use") && option.endsWith("GC") || option.startsWith("-Xint")
                || option.startsWith("-agentlib:jdwp");
    }
}
