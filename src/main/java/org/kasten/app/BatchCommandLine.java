package org.kasten.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of the second JVM that {@link BatchJvm} starts for a command: the caller's JVM options, then the
 * batch JVM's compiler, collector and heap bound (unless the caller chose a heap bound), an exit on running out of
 * memory, the class archive's options, and the launcher's mark; or no command line at all when the caller chose
 * an option that a relaunch would override or break. Kept apart from {@link BatchJvm}, which starts, waits for and
 * ends the process, so the line can be tested without starting one.
 */
final class BatchCommandLine {

    /** The batch JVM's compiler and collector (docs/performance.md, "Issue 16: the window at 100,000 notes, session 15"). */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /**
     * The second JVM's heap bound when the caller gives none. Without one the serial collector lets the heap grow
     * towards a quarter of the machine's memory whatever the vault needs; this bound is about twice the measured
     * peak of a cold index of the largest vault (docs/performance.md, "Issue 16: cold open, session 10").
     * On a small machine it is lowered by {@link #defaultHeapBound(long)}.
     */
    static final long HEAP_BOUND_MB = 3072;

    /**
     * An out-of-memory error ends the second JVM at once with {@link BatchJvm#OUT_OF_MEMORY} instead of a stack trace on
     * whichever thread met it (and a command that may go on half done); the launcher then says what to do.
     */
    static final String EXIT_ON_OUT_OF_MEMORY = "-XX:+ExitOnOutOfMemoryError";

    /**
     * The second JVM's command line running {@code mainClass} with {@code args} (started by the process
     * {@code launcherPid}), or empty when the command is not a batch one, this is the
     * second JVM already, the caller chose an option that keeps this JVM ({@link #KEEP_THIS_JVM}), or java or the
     * class path is unknown.
     */
    static Optional<List<String>> command(String mainClass, String[] args, String java, List<String> jvmOptions,
                                          String classPath, boolean relaunched, long launcherPid) {
        return command(mainClass, args, java, jvmOptions, classPath, relaunched, launcherPid, List.of());
    }

    /**
     * As {@link #command(String, String[], String, List, String, boolean, long)}, with a class data sharing archive's
     * options ({@link ClassArchive}): then any command of {@link BatchJvm#ARCHIVED_COMMANDS} is relaunched (its start is
     * what the archive saves), with the class path made absolute as the archive recorded it, unless the caller
     * chose class data sharing options of its own.
     */
    static Optional<List<String>> command(String mainClass, String[] args, String java, List<String> jvmOptions,
                                          String classPath, boolean relaunched, long launcherPid,
                                          List<String> archiveOptions) {
        boolean archived = !archiveOptions.isEmpty();
        if (relaunched || args.length == 0 || java == null || classPath == null || classPath.isEmpty()
                || !(archived ? BatchJvm.ARCHIVED_COMMANDS.contains(args[0]) : BatchJvm.BATCH_COMMANDS.contains(args[0]))) {
            return Optional.empty();
        }
        for (String option : jvmOptions) {
            if (keepsThisJvm(option) || archived && sharesClasses(option)) {
                return Optional.empty();
            }
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(OPTIONS);
        if (heapBound(jvmOptions) == null) {
            long heap = Runtime.getRuntime().maxMemory();
            command.addAll(RESERVE_HEAP.contains(args[0]) ? defaultHeap(heap, strictCommit()) : List.of(defaultHeapBound(heap)));
        }
        command.addAll(hugePages(args[0], jvmOptions, KERNEL_HUGE_PAGES));
        command.add(EXIT_ON_OUT_OF_MEMORY);
        command.addAll(archiveOptions);
        command.add(new StringBuilder("-D").append(BatchJvm.MARK).append('=').append(launcherPid).toString());
        command.add("-cp");
        command.add(archived ? ClassArchive.joined(ClassArchive.classPath(classPath)) : classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * The {@code -Xmx} option for the second JVM: {@link #HEAP_BOUND_MB}, but never more than three times this
     * JVM's own default heap ({@code launcherMaxHeap} bytes, a quarter of the memory the machine or container
     * gives), so a small machine's kernel does not end the process before the heap bound would.
     */
    static String defaultHeapBound(long launcherMaxHeap) {
        return "-Xmx" + defaultHeapMb(launcherMaxHeap) + "m";
    }

    private static long defaultHeapMb(long launcherMaxHeap) {
        return Math.min(HEAP_BOUND_MB, Math.max(256, 3 * (launcherMaxHeap >> 20)));
    }

    /**
     * The commands whose second JVM reserves its whole heap from the start ({@link #defaultHeap}): {@code index},
     * which runs there only when it has notes to index. Reserving the heap costs a JVM CPU time at start, which the
     * commands that answer in well under a second would feel (docs/performance.md, "Issue 16: cold index, session 16").
     */
    static final Set<String> RESERVE_HEAP = Set.of("index");

    /** The second JVM's young generation at most, when the heap options are Kasten's ({@link #defaultHeap}). */
    static final long YOUNG_MB = 128;

    /**
     * The second JVM's heap options when the caller gives no bound: {@link #defaultHeapBound}, the heap reserved from
     * the start, and a young generation of {@link #YOUNG_MB} (at most a third of what is reserved). The serial
     * collector grows its old generation only by a full collection each time it fills, which stops every thread and
     * frees next to nothing while a vault is read, several times in a cold index of a large vault (docs/performance.md,
     * "Issue 16: cold index, session 16"). The young generation is about the size the collector started with before
     * (a third of its default initial heap), so a command uses no more memory than it did.
     * <p>
     * A reserved heap is committed memory: a system that refuses to overcommit ({@code strictCommit}: Linux with
     * {@code vm.overcommit_memory=2}) counts all of it at once and may refuse to start the JVM, so there the bound
     * comes alone. Elsewhere at most the launcher's own default heap ({@code launcherMaxHeap}, a quarter of the
     * machine's memory, what any JVM here may take) is reserved: on a machine under 12 GB that is less than the bound,
     * and the heap grows beyond it only for a vault that needs it.
     */
    static List<String> defaultHeap(long launcherMaxHeap, boolean strictCommit) {
        long mb = defaultHeapMb(launcherMaxHeap);
        String bound = "-Xmx" + mb + "m";
        if (strictCommit) {
            return List.of(bound);
        }
        long reserved = Math.max(1, Math.min(mb, launcherMaxHeap >> 20));
        return List.of(bound, "-Xms" + reserved + "m", "-Xmn" + Math.max(1, Math.min(YOUNG_MB, reserved / 3)) + "m");
    }

    /** Where the system says whether it overcommits memory (Linux); "2" means it never does. */
    private static final Path OVERCOMMIT = Path.of("/proc/sys/vm/overcommit_memory");

    /** True when this system refuses to overcommit memory (Linux's {@code vm.overcommit_memory=2}). */
    static boolean strictCommit() {
        return strictCommit(OVERCOMMIT);
    }

    /** True when {@code setting} (a copy of {@code /proc/sys/vm/overcommit_memory}) says "2"; false when unreadable. */
    static boolean strictCommit(Path setting) {
        try {
            return Files.isReadable(setting) && Files.readString(setting).trim().equals("2");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Linux's setting of transparent huge pages: "always [madvise] never" when a program may ask for them. */
    static final Path KERNEL_HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    /** The commands whose second JVM asks for transparent huge pages ({@link #hugePages}): {@code index}. */
    static final Set<String> HUGE_PAGES = Set.of("index");

    /**
     * {@code -XX:+UseTransparentHugePages} for a command of {@link #HUGE_PAGES} when the kernel gives huge pages to a
     * program that asks ({@code [madvise]} in {@code setting}), and the caller chose nothing about large pages;
     * else nothing. Indexing is bound by memory look-ups spread over the heap (Lucene's terms tables and postings
     * buffers, the stem memo), and with 2 MB pages the processor finds their addresses in its translation cache far
     * more often (docs/performance.md, "Issue 16: cold index, session 17"). A JVM asked for them where the kernel
     * gives none prints a warning, so the setting is read first; with {@code [always]} every program has them
     * already, with {@code [never]} or no such file (another system) none can.
     */
    static List<String> hugePages(String command, List<String> jvmOptions, Path setting) {
        if (!HUGE_PAGES.contains(command)) {
            return List.of();
        }
        for (String option : jvmOptions) {
            if (option.contains("LargePages") || option.contains("HugePages") || option.startsWith("-XX:LargePageSizeInBytes")) {
                return List.of();
            }
        }
        try {
            return Files.readString(setting, StandardCharsets.US_ASCII).contains("[madvise]")
                    ? List.of("-XX:+UseTransparentHugePages") : List.of();
        } catch (IOException | RuntimeException e) { // no such setting here: not Linux, or no huge pages
            return List.of();
        }
    }

    /**
     * The heap bound among {@code options} as given ({@code -Xmx3g}, {@code -XX:MaxHeapSize=…}, or one of the
     * options that size the heap from the machine's memory), the last one counting; null when there is none.
     */
    static String heapBound(List<String> options) {
        String bound = null;
        for (String option : options) {
            if (option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize=") || option.startsWith("-XX:MaxRAM")) {
                bound = option;
            }
        }
        return bound;
    }

    /** What the launcher says when the second JVM of {@code command} ran out of its heap {@code bound}. */
    static String outOfMemory(String bound, String command) {
        return new StringBuilder("kasten: ").append(command).append(" ran out of memory (the Java heap, ").append(bound)
                .append("); run it with more, for example JAVA_TOOL_OPTIONS=-Xmx8g").toString();
    }

    /**
     * Options that make a relaunch wrong: the caller's compiler or collector (overridden), a debugger, an agent or
     * profiler (it would watch the idle first JVM, and one holding a port stops the second JVM from starting),
     * a JMX port or a flight recording (both JVMs would use the same port or file).
     */
    private static final List<String> KEEP_THIS_JVM = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation", "-Xint",
            "-agentlib:", "-agentpath:", "-javaagent:", "-Xrun", "-Xdebug", "-Dcom.sun.management.jmxremote",
            "-XX:StartFlightRecording", "-XX:+FlightRecorder");

    /** A class data sharing option the caller chose: the caller's archive, not Kasten's, is used. */
    private static boolean sharesClasses(String option) {
        return option.startsWith("-XX:SharedArchiveFile") || option.startsWith("-XX:ArchiveClassesAtExit")
                || option.startsWith("-Xshare");
    }

    /** An option the caller chose that a relaunch would override or break. */
    private static boolean keepsThisJvm(String option) {
        for (String kept : KEEP_THIS_JVM) {
            if (option.startsWith(kept)) {
                return true;
            }
        }
        return option.startsWith("-XX:+Use") && option.endsWith("GC");
    }

    private BatchCommandLine() {
    }
}
