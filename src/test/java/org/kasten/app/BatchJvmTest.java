package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.cli.Launcher;

class BatchJvmTest {

    private static final String JAVA = "/usr/bin/java";
    private static final String MAIN = Launcher.class.getName();

    @Test
    void indexRunsInASecondJvmWithTheAppsOptionsAddedToTheCallers() {
        List<String> command = BatchCommandLine.command(MAIN, new String[]{"index", "my vault"}, JAVA, List.of("-Xmx1g", "-Dx=y"),
                "kasten.jar", false, 42).orElseThrow();
        List<String> expected = new java.util.ArrayList<>(List.of(JAVA, "-Xmx1g", "-Dx=y", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        expected.addAll(hugePagesHere());
        expected.addAll(List.of("-XX:+ExitOnOutOfMemoryError", "-Dkasten.batchJvm=42", "-cp", "kasten.jar", MAIN, "index", "my vault"));
        assertThat(command).containsExactlyElementsOf(expected);
    }

    /** On a small machine the bound stays under its memory: three times the launcher's default heap (a quarter of it). */
    @Test
    void theDefaultHeapBoundIsLoweredOnASmallMachine() {
        long mb = 1L << 20;
        assertThat(BatchCommandLine.defaultHeapBound(8192 * mb)).isEqualTo("-Xmx3072m");
        assertThat(BatchCommandLine.defaultHeapBound(512 * mb)).isEqualTo("-Xmx1536m");
        assertThat(BatchCommandLine.defaultHeapBound(32 * mb)).isEqualTo("-Xmx256m");
    }

    /**
     * Without a bound of the caller's the heap is reserved from the start, so the serial collector never stops every
     * thread to grow it (four full collections in a cold index of 100,000 notes), with the young generation it
     * started with before; at most a quarter of the machine's memory (the launcher's default heap) is reserved, and
     * nothing where the system refuses to overcommit (there a reserved heap could keep the JVM from starting).
     */
    @Test
    void theDefaultHeapIsReservedUpToTheLaunchersOwnDefaultWithTheYoungGenerationItStartedWith() {
        long mb = 1L << 20;
        assertThat(BatchCommandLine.defaultHeap(8192 * mb, false)).containsExactly("-Xmx3072m", "-Xms3072m", "-Xmn128m");
        assertThat(BatchCommandLine.defaultHeap(2048 * mb, false)).as("an 8 GB machine")
                .containsExactly("-Xmx3072m", "-Xms2048m", "-Xmn128m");
        assertThat(BatchCommandLine.defaultHeap(32 * mb, false)).containsExactly("-Xmx256m", "-Xms32m", "-Xmn10m");
        assertThat(BatchCommandLine.defaultHeap(8192 * mb, true)).as("no overcommit").containsExactly("-Xmx3072m");
    }

    @Test
    void aSystemThatRefusesToOvercommitIsReadFromItsSetting(@TempDir Path tmp) throws Exception {
        Path setting = tmp.resolve("overcommit_memory");
        assertThat(BatchCommandLine.strictCommit(setting)).as("no such file: not Linux").isFalse();
        Files.writeString(setting, "0\n");
        assertThat(BatchCommandLine.strictCommit(setting)).isFalse();
        Files.writeString(setting, "2\n");
        assertThat(BatchCommandLine.strictCommit(setting)).isTrue();
    }

    @Test
    void withoutAHeapBoundOfTheCallersTheSecondJvmGetsOne() {
        List<String> command = BatchCommandLine.command(MAIN, new String[]{"index", "v"}, JAVA, List.of("-Dx=y"), "kasten.jar", false, 42)
                .orElseThrow();
        List<String> heap = BatchCommandLine.defaultHeap(Runtime.getRuntime().maxMemory(), BatchCommandLine.strictCommit());
        assertThat(heap.get(0)).isEqualTo(BatchCommandLine.defaultHeapBound(Runtime.getRuntime().maxMemory()));
        List<String> expected = new java.util.ArrayList<>(List.of(JAVA, "-Dx=y", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        expected.addAll(heap);
        expected.addAll(hugePagesHere());
        expected.addAll(List.of("-XX:+ExitOnOutOfMemoryError", "-Dkasten.batchJvm=42", "-cp", "kasten.jar", MAIN, "index", "v"));
        assertThat(command).containsExactlyElementsOf(expected);
        for (String option : List.of("-Xmx512m", "-XX:MaxHeapSize=2g", "-XX:MaxRAMPercentage=50", "-XX:MaxRAM=8g")) {
            assertThat(BatchCommandLine.command(MAIN, new String[]{"index", "v"}, JAVA, List.of(option), "kasten.jar", false, 42)
                    .orElseThrow()).as(option).contains(option).doesNotContain(BatchCommandLine.defaultHeapBound(Runtime.getRuntime().maxMemory()))
                    .noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-Xmn")); // a caller's bound: the caller's heap
        }
        List<String> archive = List.of("-XX:SharedArchiveFile=/cache/cds/x.jsa");
        for (String name : List.of("check", "search", "show", "render")) { // reserving the heap costs each start time
            assertThat(BatchCommandLine.command(MAIN, new String[]{name, "v"}, JAVA, List.of(), "kasten.jar", false, 42, archive).orElseThrow())
                    .as(name).contains(BatchCommandLine.defaultHeapBound(Runtime.getRuntime().maxMemory()))
                    .noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-Xmn"));
        }
        assertThat(BatchCommandLine.heapBound(List.of("-Xmx1g", "-Dx=y", "-Xmx2g"))).as("the last one counts").isEqualTo("-Xmx2g");
    }

    /** What {@code index}'s second JVM is given about huge pages on this machine. */
    private static List<String> hugePagesHere() {
        return BatchCommandLine.hugePages("index", List.of(), BatchCommandLine.KERNEL_HUGE_PAGES);
    }

    /**
     * {@code index} asks for transparent huge pages where the kernel gives them to a program that asks, and only
     * there (a JVM asking elsewhere prints a warning); other commands and a caller's own choice about large pages
     * are left alone.
     */
    @Test
    void indexAsksForTransparentHugePagesWhereTheKernelGivesThemOnRequest(@TempDir Path tmp) throws IOException {
        Path madvise = Files.writeString(tmp.resolve("madvise"), "always [madvise] never\n");
        Path always = Files.writeString(tmp.resolve("always"), "[always] madvise never\n");
        Path never = Files.writeString(tmp.resolve("never"), "always madvise [never]\n");
        assertThat(BatchCommandLine.hugePages("index", List.of("-Dx=y"), madvise)).containsExactly("-XX:+UseTransparentHugePages");
        assertThat(BatchCommandLine.hugePages("index", List.of(), always)).as("every program has them").isEmpty();
        assertThat(BatchCommandLine.hugePages("index", List.of(), never)).isEmpty();
        assertThat(BatchCommandLine.hugePages("index", List.of(), tmp.resolve("missing"))).as("not Linux").isEmpty();
        for (String name : List.of("check", "search", "show", "render")) {
            assertThat(BatchCommandLine.hugePages(name, List.of(), madvise)).as(name).isEmpty();
        }
        for (String own : List.of("-XX:-UseTransparentHugePages", "-XX:+UseLargePages", "-XX:LargePageSizeInBytes=2m")) {
            assertThat(BatchCommandLine.hugePages("index", List.of(own), madvise)).as(own).isEmpty();
        }
    }

    /**
     * Out of memory, the second JVM ends at once and the launcher says so in one line, with the exit code for it:
     * no stack trace, no index half built. The note (12 MB) cannot even be decoded in a heap of 16 MB.
     */
    @Test
    void outOfMemoryIsOneLineAndItsOwnExitCode(@TempDir Path tmp) throws Exception {
        Path vault = Files.createDirectories(tmp.resolve("vault"));
        Files.writeString(vault.resolve("Small.md"), "# Small\n");
        Files.writeString(vault.resolve("Large.md"), "words and more words\n".repeat(600_000));

        Run run = launchWith(List.of("-Xmx16m"), tmp, "index", "--no-vectors", vault.toString());
        assertThat(run.code()).as(run.output()).isEqualTo(BatchJvm.OUT_OF_MEMORY);
        assertThat(run.output()).contains("kasten: index ran out of memory (the Java heap, -Xmx16m); run it with more")
                .doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("index of");
    }

    @Test
    void otherCommandsTheSecondJvmAndCallersChoicesAreLeftAlone() {
        assertThat(BatchCommandLine.command(MAIN, new String[]{"check", "v"}, JAVA, List.of(), "kasten.jar", false, 42)).isPresent();
        assertThat(BatchCommandLine.command(MAIN, new String[]{"search", "v", "q"}, JAVA, List.of(), "kasten.jar", false, 42)).isEmpty();
        assertThat(BatchCommandLine.command(MAIN, new String[]{}, JAVA, List.of(), "kasten.jar", false, 42)).isEmpty();
        assertThat(BatchCommandLine.command(MAIN, new String[]{"index", "v"}, JAVA, List.of(), "kasten.jar", true, 42)).isEmpty();
        for (String option : List.of("-XX:TieredStopAtLevel=4", "-XX:+UseG1GC", "-XX:-TieredCompilation", "-Xint",
                "-agentlib:jdwp=transport=dt_socket,server=y", "-Xdebug", "-Xrunjdwp:transport=dt_socket",
                "-javaagent:exporter.jar=9404:config.yaml", "-agentpath:/opt/profiler.so",
                "-Dcom.sun.management.jmxremote.port=19010", "-XX:StartFlightRecording=filename=x.jfr")) {
            assertThat(BatchCommandLine.command(MAIN, new String[]{"index", "v"}, JAVA, List.of(option), "kasten.jar", false, 42))
                    .as(option).isEmpty();
        }
        assertThat(BatchCommandLine.command(MAIN, new String[]{"index", "v"}, JAVA, List.of("-Xmx2g", "-Dfile.encoding=UTF-8"), "kasten.jar",
                false, 42)).as("memory and properties are passed on").isPresent();
        assertThat(BatchCommandLine.command(MAIN, new String[]{"index", "v"}, null, List.of(), "kasten.jar", false, 42)).isEmpty();
        assertThat(BatchCommandLine.command(MAIN, new String[]{"index", "v"}, JAVA, List.of(), "", false, 42)).isEmpty();
    }

    @Test
    void withAClassArchiveEveryCommandButTheWindowsRunsInASecondJvmThatMapsIt() {
        List<String> archive = List.of("-Xlog:cds=off", "-XX:SharedArchiveFile=/cache/cds/search.jsa");
        List<String> command = BatchCommandLine.command(MAIN, new String[]{"search", "v", "q"}, JAVA, List.of("-Xmx1g"), "kasten.jar",
                false, 42, archive).orElseThrow();
        assertThat(command).containsExactly(JAVA, "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError", "-Xlog:cds=off",
                "-XX:SharedArchiveFile=/cache/cds/search.jsa", "-Dkasten.batchJvm=42", "-cp",
                Path.of("kasten.jar").toAbsolutePath().toString(), MAIN, "search", "v", "q");
        for (String name : List.of("index", "check", "show", "render")) {
            assertThat(BatchCommandLine.command(MAIN, new String[]{name, "v"}, JAVA, List.of(), "k.jar", false, 42, archive)).as(name).isPresent();
        }
        assertThat(BatchCommandLine.command(MAIN, new String[]{"open", "v"}, JAVA, List.of(), "k.jar", false, 42, archive)).isEmpty();
        assertThat(BatchCommandLine.command(MAIN, new String[]{"v"}, JAVA, List.of(), "k.jar", false, 42, archive)).isEmpty();
        assertThat(BatchCommandLine.command(MAIN, new String[]{"search", "v", "q"}, JAVA, List.of(), "k.jar", true, 42, archive)).isEmpty();
        for (String option : List.of("-XX:SharedArchiveFile=/opt/kasten/app.jsa", "-Xshare:off", "-XX:ArchiveClassesAtExit=x.jsa",
                "-XX:TieredStopAtLevel=4")) {
            assertThat(BatchCommandLine.command(MAIN, new String[]{"search", "v", "q"}, JAVA, List.of(option), "k.jar", false, 42, archive))
                    .as("the caller's choice: " + option).isEmpty();
        }
    }

    /**
     * From a class path of jars (as {@code java -jar kasten.jar}): the first search records its classes into the
     * cache folder as its second JVM exits, the next one maps them; both answer as the command does in this JVM.
     */
    @Test
    void fromJarsTheFirstRunRecordsAClassArchiveAndTheNextUsesIt(@TempDir Path tmp) throws Exception {
        Path vault = Files.createDirectories(tmp.resolve("vault"));
        Files.writeString(vault.resolve("One.md"), "# One\n\nSee [[Two]] about gardens.\n");
        Files.writeString(vault.resolve("Two.md"), "# Two\n\nBack to [[One]].\n");
        String classPath = jarsOnly(tmp);

        Run recorded = launchFrom(classPath, tmp, "search", vault.toString(), "gardens");
        Path archives = tmp.resolve("cache").resolve("kasten").resolve(ClassArchive.FOLDER);
        assertThat(recorded.code()).as(recorded.output()).isZero();
        assertThat(recorded.output()).contains("1 notes match").contains("[One.md]")
                .containsPattern("ArchiveClassesAtExit\\s+= " + java.util.regex.Pattern.quote(archives.toString()));
        try (var files = Files.list(archives)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).startsWith("search-").endsWith(".jsa"));
        }
        Run mapped = launchFrom(classPath, tmp, "search", vault.toString(), "gardens");
        assertThat(mapped.code()).as(mapped.output()).isZero();
        assertThat(mapped.output()).containsPattern("SharedArchiveFile\\s+= " + java.util.regex.Pattern.quote(archives.toString()))
                .doesNotContain("warning").contains("1 notes match").contains("[One.md]");
        Run usage = launchFrom(classPath, tmp, "search", vault.toString(), "gardens", "--limit", "0");
        assertThat(usage.code()).as(usage.output()).isEqualTo(2);
        assertThat(usage.output()).contains("--limit must be at least 1");
    }

    /**
     * A first build of a vault's index does not record the class archive (its JVM would dump the most classes of any
     * run as it exits); the next {@code index} run, with nothing to read, records it, and the one after maps it.
     */
    @Test
    void fromJarsAFirstIndexBuildRecordsNoArchiveAndTheNextRunDoes(@TempDir Path tmp) throws Exception {
        Path vault = Files.createDirectories(tmp.resolve("vault"));
        Files.writeString(vault.resolve("One.md"), "# One\n\nSee [[Two]] about gardens.\n");
        Files.writeString(vault.resolve("Two.md"), "# Two\n\nBack to [[One]].\n");
        String classPath = jarsOnly(tmp);
        Path archives = tmp.resolve("cache").resolve("kasten").resolve(ClassArchive.FOLDER);
        String recording = "ArchiveClassesAtExit\\s+= " + java.util.regex.Pattern.quote(archives.toString());

        Run built = launchFrom(classPath, tmp, "index", "--no-vectors", vault.toString());
        assertThat(built.code()).as(built.output()).isZero();
        assertThat(built.output()).contains("built index of 2 notes").containsPattern("TieredStopAtLevel\\s+= 1")
                .doesNotContainPattern(recording)
                .doesNotContainPattern("SharedArchiveFile\\s+= " + java.util.regex.Pattern.quote(archives.toString()));
        assertThat(archiveNames(archives)).isEmpty();

        Run current = launchFrom(classPath, tmp, "index", "--no-vectors", vault.toString());
        assertThat(current.code()).as(current.output()).isZero();
        assertThat(current.output()).contains("refreshed index of 2 notes").containsPattern(recording);
        assertThat(archiveNames(archives)).singleElement().satisfies(name -> assertThat(name).startsWith("index-").endsWith(".jsa"));

        Run mapped = launchFrom(classPath, tmp, "index", "--no-vectors", vault.toString());
        assertThat(mapped.code()).as(mapped.output()).isZero();
        assertThat(mapped.output()).contains("refreshed index of 2 notes")
                .containsPattern("SharedArchiveFile\\s+= " + java.util.regex.Pattern.quote(archives.toString()));
    }

    @Test
    void onlyIndexOfAVaultWithoutAnIndexFolderIsAFirstBuild() {
        assertThat(BatchJvm.firstBuild(new String[]{"index"})).isFalse();
        assertThat(BatchJvm.firstBuild(new String[]{"index", "--no-vectors"})).isFalse();
        assertThat(BatchJvm.firstBuild(new String[]{"index", "--", ""})).isFalse();
        assertThat(BatchJvm.firstBuild(new String[]{"search", "/no/such/vault", "q"})).isFalse();
        assertThat(BatchJvm.firstBuild(new String[]{"check", "/no/such/vault"})).isFalse();
        assertThat(BatchJvm.firstBuild(new String[]{"index", "--no-vectors", "/no/such/vault/" + System.nanoTime()})).isTrue();
        assertThat(BatchJvm.firstBuild(new String[]{"index", "--", "-a vault named with a dash " + System.nanoTime()})).isTrue();
    }

    /** The file names in the archives' folder (none when it does not exist). */
    private static List<String> archiveNames(Path archives) throws IOException {
        if (!Files.isDirectory(archives)) {
            return List.of();
        }
        try (var files = Files.list(archives)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa")).toList();
        }
    }

    /** This test's class path with its class folders put into a jar: what CDS can archive. */
    private static String jarsOnly(Path tmp) throws IOException {
        List<String> entries = new java.util.ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = tmp.resolve("classes-" + entries.size() + ".jar");
                try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(path)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        out.putNextEntry(new java.util.jar.JarEntry(path.relativize(file).toString().replace('\\', '/')));
                        Files.copy(file, out);
                        out.closeEntry();
                    }
                }
                entries.add(jar.toString());
            } else if (entry.endsWith(".jar")) {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** The real thing: the launcher's JVM and the second one each print their flags (PrintFlagsFinal is passed on). */
    @Test
    void theLauncherRelaunchesIndexAndPassesOnOutputAndExitCode(@TempDir Path tmp) throws Exception {
        Path vault = Files.createDirectories(tmp.resolve("vault"));
        Files.writeString(vault.resolve("One.md"), "# One\n\nSee [[Two]].\n");
        Files.writeString(vault.resolve("Two.md"), "# Two\n\nBack to [[One]].\n");

        Run ok = launch(tmp, "index", vault.toString());
        assertThat(ok.code()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("built index of 2 notes");
        // this JVM's compiler goes to level 4 (C2); the second JVM's stops at 1 (C1)
        assertThat(ok.output()).containsPattern("TieredStopAtLevel\\s+= 4").containsPattern("TieredStopAtLevel\\s+= 1");
        // the variable's options reach the second JVM once, on its command line, not again from the environment
        assertThat(ok.output().split("Picked up JAVA_TOOL_OPTIONS", -1)).hasSize(2);
        // no index yet: neither JVM lists the vault to look for one to answer from
        assertThat(ok.output()).doesNotContain("kasten-timing vault-scanned");

        Run current = launch(tmp, "index", vault.toString());
        assertThat(current.code()).as(current.output()).isZero();
        assertThat(current.output()).as("nothing to do: no second JVM").contains("refreshed index of 2 notes")
                .containsPattern("TieredStopAtLevel\\s+= 4").doesNotContainPattern("TieredStopAtLevel\\s+= 1");
        Files.writeString(vault.resolve("Three.md"), "# Three\n");
        Run changed = launch(tmp, "index", vault.toString());
        assertThat(changed.output()).as("a note to read: the second JVM").contains("1 added")
                .containsPattern("TieredStopAtLevel\\s+= 1");
        assertThat(changed.output().split("kasten-timing vault-scanned", -1)).as("the launcher looked, the second JVM did not")
                .hasSize(2);

        Run missing = launch(tmp, "index", tmp.resolve("no such vault").toString());
        assertThat(missing.code()).as(missing.output()).isEqualTo(1);
        assertThat(missing.output()).contains("kasten:");
    }

    /**
     * Killed with -9 (no shutdown hook of the launcher runs), the launcher leaves no second JVM indexing on for no
     * one: the second JVM ends well before it could have finished the index.
     */
    @Test
    void theSecondJvmEndsWithAKilledLauncher(@TempDir Path tmp) throws Exception {
        Path vault = Files.createDirectories(tmp.resolve("vault"));
        for (int i = 0; i < 30_000; i++) {
            Files.writeString(vault.resolve("Note " + i + ".md"), "# Note " + i + "\n\nSee [[Note " + (i + 1) + "]] and word" + i + ".\n");
        }
        Path log = tmp.resolve("out.txt");
        Process launcher = builder(tmp, "index", vault.toString()).redirectOutput(log.toFile()).start();
        ProcessHandle second = null;
        for (int i = 0; i < 600 && second == null && launcher.isAlive(); i++) {
            second = launcher.children().findFirst().orElse(null);
            Thread.sleep(100);
        }
        assertThat(second).as("the second JVM started: " + Files.readString(log)).isNotNull();
        Thread.sleep(1_000); // into its work
        launcher.destroyForcibly().waitFor();
        try {
            second.onExit().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            second.destroyForcibly();
            throw new AssertionError("the second JVM outlived its killed launcher by 60 s");
        }
        assertThat(Files.readString(log)).as("ended with the launcher, not by finishing").doesNotContain("index of");
    }

    private record Run(int code, String output) { }

    private static Run launch(Path tmp, String... args) throws IOException, InterruptedException {
        return launchFrom(System.getProperty("java.class.path"), tmp, args);
    }

    private static Run launchFrom(String classPath, Path tmp, String... args) throws IOException, InterruptedException {
        return launch(builderFrom(classPath, List.of(), tmp, args), tmp);
    }

    /** As {@link #launch}, with {@code options} for the launcher's JVM. */
    private static Run launchWith(List<String> options, Path tmp, String... args) throws IOException, InterruptedException {
        return launch(builderFrom(System.getProperty("java.class.path"), options, tmp, args), tmp);
    }

    private static Run launch(ProcessBuilder builder, Path tmp) throws IOException, InterruptedException {
        Path log = tmp.resolve("out-" + System.nanoTime() + ".txt");
        Process process = builder.redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The launcher as {@code java -cp … Launcher ARGS}, its own cache and config, output and errors together. */
    private static ProcessBuilder builder(Path tmp, String... args) {
        return builderFrom(System.getProperty("java.class.path"), List.of(), tmp, args);
    }

    private static ProcessBuilder builderFrom(String classPath, List<String> options, Path tmp, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+PrintFlagsFinal", "-Djava.awt.headless=true", "-Dkasten.timing=true"));
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        builder.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Dkasten.probe=1"); // each JVM that reads it says so
        return builder;
    }
}
