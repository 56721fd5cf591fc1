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
 * on xvfb-run when it is installed, else on the headless Monocle platform) with {@code -Dkasten.timing} and
 * prints the median of each start-up milestone (ms since JVM start). Small vault: the bundled notes/ (else obsidian-help-en); large: a generated 10,000-note vault.
 * Run: {@code ./mvnw -o -Pbenchmark verify -Dtest=StartupBenchmark}. Asserts nothing about time.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final List<String> MILESTONES = List.of("fx-started", "window-built", "window-shown",
            "vault-loaded", "first-page-handed-to-webkit", "first-page-loaded");

    /** Whether runs use xvfb-run (a real GTK window on a virtual display) rather than headless Monocle. */
    private static final boolean XVFB = Files.isExecutable(Path.of("/usr/bin/xvfb-run"));

    /** The JVM flags of the README's {@code ./mvnw -q compile exec:exec} (set by the pom's benchmark profile). */
    private static final List<String> LAUNCH_FLAGS =
            Arrays.stream(System.getProperty("kasten.launch.flags", "").split("\\s+")).filter(f -> !f.isEmpty()).toList();

    /** The class path exec:exec runs from: the run jar, then the dependencies with JavaFX's natives beside them. */
    private static final String RUN_CLASS_PATH = runJar() + java.io.File.pathSeparator + "target/lib/*";

    /** exec:exec's class data sharing archive (recorded by the first run, as exec:exec does when it is missing). */
    private static final Path ARCHIVE = Path.of("target/run/kasten.jsa");

    private static String runJar() {
        try (var files = Files.list(Path.of("target/run"))) {
            return files.filter(f -> f.toString().endsWith("-run.jar")).findFirst().orElseThrow().toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("no run jar: build with ./mvnw compile first", e);
        }
    }

    @Test
    void launchToFirstNote() throws Exception {
        System.out.println("platform: " + (XVFB ? "GTK on xvfb-run" : "headless Monocle, software rendering")
                + "; launched as ./mvnw compile exec:exec does: " + LAUNCH_FLAGS + " -cp " + RUN_CLASS_PATH);
        if (!Files.exists(ARCHIVE)) { // the first exec:exec run records the archive as it exits: not measured
            run(Path.of("notes"), Files.createTempDirectory("kasten-bench-cache"),
                    "-XX:ArchiveClassesAtExit=" + ARCHIVE);
        }
        Path small = Files.isDirectory(Path.of("notes")) ? Path.of("notes") : SharedFolders.require("corpora/obsidian-help-en");
        report(small.toString(), small, 5, false);
        Path large = VaultGenerator.vaultWith(10_000);
        report("generated 10,000 notes, no index and no parse cache", large, 3, true);
        report("generated 10,000 notes, second start (parse cache present)", large, 3, false);
    }

    private static void report(String name, Path vault, int runs, boolean freshCache) throws Exception {
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Path cache = Files.createTempDirectory("kasten-bench-cache");
        if (!freshCache) {
            run(vault, cache); // builds the parse cache and index the measured runs find
        }
        for (int i = 0; i < runs; i++) {
            Path runCache = freshCache ? Files.createTempDirectory("kasten-bench-cache") : cache;
            run(vault, runCache).forEach((k, v) -> times.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }

        StringBuilder line = new StringBuilder(name + " (" + runs + " runs, median ms since JVM start):");
        for (String milestone : MILESTONES) {
            List<Long> list = times.get(milestone);
            if (list != null) {
                long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
                line.append(' ').append(milestone).append('=').append(sorted[sorted.length / 2]);
                line.append(" ").append(Arrays.toString(sorted));
            }
        }
        System.out.println(line);
    }

    private static Map<String, Long> run(Path vault, Path cache) throws Exception {
        return run(vault, cache, "-XX:SharedArchiveFile=" + ARCHIVE);
    }

    private static Map<String, Long> run(Path vault, Path cache, String archiveFlag) throws Exception {
        Path config = Files.createTempDirectory("kasten-bench-config");
        Path shot = Files.createTempFile("kasten-bench", ".png");
        List<String> command = new ArrayList<>();
        if (XVFB) { // a real (virtual) X display: the GTK window a user gets
            command.addAll(List.of("xvfb-run", "-a"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAUNCH_FLAGS);
        command.addAll(List.of(archiveFlag, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        command.addAll(List.of("-cp", RUN_CLASS_PATH, "-Dkasten.timing=true", "-Dkasten.config.dir=" + config,
                "-Dkasten.cache.dir=" + cache));
        if (!XVFB) { // no X server here: JavaFX's headless Monocle platform, software rendering (slower)
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(List.of("org.kasten.app.Launcher", "open", vault.toAbsolutePath().toString(),
                "--screenshot", shot.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Long> marks = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("kasten-timing ")) {
                    String[] parts = line.split(" ");
                    marks.put(parts[1], Long.parseLong(parts[2]));
                }
            }
        }
        int code = process.waitFor();
        if (code != 0) {
            System.out.println("run exited with " + code + " for " + vault);
        }
        return marks;
    }
}
