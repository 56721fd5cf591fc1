package org.kasten.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.testing.SharedFolders;

/**
 * Launch to first note readable: runs {@code kasten open VAULT --screenshot} in fresh JVMs (in a real GTK window
 * on a virtual X display when Xvfb is installed, else on the headless Monocle platform) with {@code -Dkasten.timing} and
 * prints the median of each start-up milestone (ms since JVM start) and of the wall-clock time from starting the
 * process to the first page loaded ({@code wall}: the launcher's own time before the JVM included; the virtual
 * display is started once for all runs, as a desktop's is there before Kasten). Three ways
 * of starting Kasten, measured side by side (one run of each in turn): the README's command
 * ({@code ./mvnw compile exec:exec}: its JVM options, class path and archive), {@code java -jar target/kasten.jar}
 * without options, and the installed program ({@code target/dist/kasten/bin/kasten}, built by
 * {@code ./mvnw -Pdist package}; left out when it is not there), whose options go in through
 * {@code JAVA_TOOL_OPTIONS}; {@code -Dkasten.startup.also=NAME=LAUNCHER,…} adds other installed launchers (an
 * older build's, to compare old and new in one run). Small vault: the bundled notes/ (else obsidian-help-en); large: a generated
 * 10,000-note vault, first without its index and parse cache, then with them present.
 * Run: {@code ./mvnw -o -Pbenchmark verify -Dtest=StartupBenchmark}. Asserts nothing about time.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final List<String> MILESTONES = List.of("fx-started", "window-built", "window-shown",
            "vault-loaded", "first-page-handed-to-webkit", "first-page-loaded", "wall", "fx-cpu", "cpu");

    /** Whether runs use a virtual X display (a real GTK window) rather than headless Monocle. */
    private static final boolean XVFB = Files.isExecutable(Path.of("/usr/bin/Xvfb"));

    /**
     * The virtual display all runs share (":N"), started once: a desktop's display is there before Kasten starts,
     * so the X server's own start (xvfb-run starts one per command) is not counted in {@code wall}.
     */
    private static String display;

    /** The JVM flags of the README's {@code ./mvnw -q compile exec:exec} (set by the pom's benchmark profile). */
    private static final List<String> LAUNCH_FLAGS =
            Arrays.stream(System.getProperty("kasten.launch.flags", "").split("\\s+")).filter(f -> !f.isEmpty()).toList();

    /** The class path exec:exec runs from: the run jar, then the dependencies with JavaFX's natives beside them. */
    private static final String RUN_CLASS_PATH = runJar() + java.io.File.pathSeparator + "target/lib/*";

    /** exec:exec's class data sharing archive (recorded by the first run, as exec:exec does when it is missing). */
    private static final Path ARCHIVE = Path.of("target/run/kasten.jsa");

    /** The installed program's launcher (the app image of {@code ./mvnw -Pdist package}). */
    private static final Path INSTALLED = Path.of("target/dist/kasten/bin/kasten");

    /** A thread's CPU time as {@code -Dkasten.timing.threads} prints it at the first page. */
    private static final java.util.regex.Pattern THREAD_CPU = java.util.regex.Pattern.compile("kasten-timing\\s+thread .* (\\d+) ms");

    /** The marking thread's CPU time on a milestone's line. */
    private static final java.util.regex.Pattern MARK_CPU = java.util.regex.Pattern.compile(" cpu (\\d+) ms\\)");

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** One way of starting Kasten: its command before Kasten's arguments, given the JVM's system properties. */
    private record Mode(String name, boolean optionsInEnvironment, List<String> launch) {
    }

    private static String runJar() {
        try (var files = Files.list(Path.of("target/run"))) {
            return files.filter(f -> f.toString().endsWith("-run.jar")).findFirst().orElseThrow().toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("no run jar: build with ./mvnw compile first", e);
        }
    }

    @Test
    void launchToFirstNote() throws Exception {
        Process xvfb = XVFB ? startDisplay() : null;
        try {
            measure();
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    /** Starts {@code Xvfb} on a free display number, which it reports on its standard output ({@code -displayfd}). */
    private static Process startDisplay() throws Exception {
        Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        if (number == null) {
            throw new IllegalStateException("Xvfb did not start");
        }
        display = ":" + number.strip();
        return xvfb;
    }

    private void measure() throws Exception {
        List<Mode> modes = new ArrayList<>();
        List<String> readme = new ArrayList<>(List.of(JAVA));
        readme.addAll(LAUNCH_FLAGS);
        readme.addAll(List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-cp", RUN_CLASS_PATH, "org.kasten.app.cli.Launcher"));
        modes.add(new Mode("readme", false, readme));
        if (Files.isRegularFile(Path.of("target/kasten.jar"))) {
            modes.add(new Mode("jar", false, List.of(JAVA, "-jar", "target/kasten.jar")));
        }
        if (Files.isExecutable(INSTALLED)) {
            modes.add(new Mode("installed", true, List.of(INSTALLED.toAbsolutePath().toString())));
        }
        for (String other : System.getProperty("kasten.startup.also", "").split(",")) { // name=launcher, e.g. an older build
            if (other.contains("=")) {
                String[] named = other.split("=", 2);
                modes.add(new Mode(named[0].strip(), true, List.of(Path.of(named[1].strip()).toAbsolutePath().toString())));
            }
        }
        System.out.println("platform: " + (XVFB ? "GTK on Xvfb " + display : "headless Monocle, software rendering")
                + "; modes: readme = ./mvnw compile exec:exec's " + String.join(" ", readme.subList(1, readme.size()))
                + "; jar = java -jar target/kasten.jar" + (Files.isExecutable(INSTALLED) ? "; installed = " + INSTALLED
                : "; installed: not built (./mvnw -Pdist package)")
                + (modes.size() > 3 ? "; also " + System.getProperty("kasten.startup.also") : ""));
        if (!Files.exists(ARCHIVE)) { // the first exec:exec run records the archive as it exits: not measured
            List<String> record = new ArrayList<>(readme);
            record.set(record.indexOf("-XX:SharedArchiveFile=" + ARCHIVE), "-XX:ArchiveClassesAtExit=" + ARCHIVE);
            run(new Mode("record", false, record), Path.of("notes"), Files.createTempDirectory("kasten-bench-cache"));
        }
        Path small = Files.isDirectory(Path.of("notes")) ? Path.of("notes") : SharedFolders.require("corpora/obsidian-help-en");
        report(small.toString(), small, 5, false, modes);
        Path large = VaultGenerator.vaultWith(10_000);
        report("generated 10,000 notes, no index and no parse cache", large, 3, true, modes);
        report("generated 10,000 notes, second start (index and parse cache present)", large, 3, false, modes);
    }

    private static void report(String name, Path vault, int runs, boolean freshCache, List<Mode> modes) throws Exception {
        Map<String, Map<String, List<Long>>> times = new LinkedHashMap<>();
        Path cache = Files.createTempDirectory("kasten-bench-cache");
        if (!freshCache) {
            run(modes.get(0), vault, cache); // builds the parse cache and index the measured runs find
        }
        for (int i = 0; i < runs; i++) {
            for (Mode mode : modes) { // one run of each in turn: the machine's load hits all alike
                Path runCache = freshCache ? Files.createTempDirectory("kasten-bench-cache") : cache;
                run(mode, vault, runCache).forEach((k, v) -> times.computeIfAbsent(mode.name, x -> new LinkedHashMap<>())
                        .computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            }
        }
        System.out.println(name + " (" + runs + " runs each, median ms since JVM start; wall: since the process started):");
        for (Mode mode : modes) {
            StringBuilder line = new StringBuilder("  " + mode.name + ":");
            for (String milestone : MILESTONES) {
                List<Long> list = times.getOrDefault(mode.name, Map.of()).get(milestone);
                if (list != null) {
                    long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
                    line.append(' ').append(milestone).append('=').append(sorted[sorted.length / 2]);
                    line.append(" ").append(Arrays.toString(sorted));
                }
            }
            System.out.println(line);
        }
    }

    private static Map<String, Long> run(Mode mode, Path vault, Path cache) throws Exception {
        Path config = Files.createTempDirectory("kasten-bench-config");
        Path shot = Files.createTempFile("kasten-bench", ".png");
        List<String> properties = new ArrayList<>(List.of("-Dkasten.timing=true", "-Dkasten.timing.threads=true",
                "-Dkasten.config.dir=" + config,
                "-Dkasten.cache.dir=" + cache));
        if (!XVFB) { // no X server here: JavaFX's headless Monocle platform, software rendering (slower)
            properties.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        List<String> command = new ArrayList<>();
        List<String> launch = new ArrayList<>(mode.launch);
        if (!mode.optionsInEnvironment) {
            launch.addAll(1, properties);
        }
        command.addAll(launch);
        command.addAll(List.of("open", vault.toAbsolutePath().toString(), "--screenshot", shot.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (XVFB) { // a real (virtual) X display: the GTK window a user gets
            builder.environment().put("DISPLAY", display);
        }
        if (mode.optionsInEnvironment) {
            builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", properties));
        }
        long start = System.nanoTime();
        Process process = builder.start();
        Map<String, Long> marks = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long cpu = 0;
            while ((line = out.readLine()) != null) {
                java.util.regex.Matcher thread = THREAD_CPU.matcher(line);
                if (thread.matches()) { // every thread's CPU time at the first page (JIT, GC and WebKit's included)
                    cpu += Long.parseLong(thread.group(1));
                    marks.put("cpu", cpu);
                } else if (line.startsWith("kasten-timing ")) {
                    String[] parts = line.split(" ");
                    marks.put(parts[1], Long.parseLong(parts[2]));
                    if (parts[1].equals("first-page-loaded")) {
                        marks.put("wall", (System.nanoTime() - start) / 1_000_000);
                        java.util.regex.Matcher fx = MARK_CPU.matcher(line);
                        if (fx.find()) { // the JavaFX thread's CPU time to the first page
                            marks.put("fx-cpu", Long.parseLong(fx.group(1)));
                        }
                    }
                }
            }
        }
        int code = process.waitFor();
        if (code != 0) {
            System.out.println("run exited with " + code + " for " + mode.name + " on " + vault);
        }
        return marks;
    }
}
