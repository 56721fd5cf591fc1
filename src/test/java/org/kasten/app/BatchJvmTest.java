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

class BatchJvmTest {

    private static final String JAVA = "/usr/bin/java";

    @Test
    void indexRunsInASecondJvmWithTheAppsOptionsAddedToTheCallers() {
        List<String> command = BatchJvm.command(new String[]{"index", "my vault"}, JAVA, List.of("-Xmx1g", "-Dx=y"),
                "kasten.jar", false, 42).orElseThrow();
        assertThat(command).containsExactly(JAVA, "-Xmx1g", "-Dx=y", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dkasten.batchJvm=42", "-cp", "kasten.jar", "org.kasten.app.Launcher", "index", "my vault");
    }

    @Test
    void otherCommandsTheSecondJvmAndCallersChoicesAreLeftAlone() {
        assertThat(BatchJvm.command(new String[]{"check", "v"}, JAVA, List.of(), "kasten.jar", false, 42)).isPresent();
        assertThat(BatchJvm.command(new String[]{"search", "v", "q"}, JAVA, List.of(), "kasten.jar", false, 42)).isEmpty();
        assertThat(BatchJvm.command(new String[]{}, JAVA, List.of(), "kasten.jar", false, 42)).isEmpty();
        assertThat(BatchJvm.command(new String[]{"index", "v"}, JAVA, List.of(), "kasten.jar", true, 42)).isEmpty();
        for (String option : List.of("-XX:TieredStopAtLevel=4", "-XX:+UseG1GC", "-XX:-TieredCompilation", "-Xint",
                "-agentlib:jdwp=transport=dt_socket,server=y", "-Xdebug", "-Xrunjdwp:transport=dt_socket",
                "-javaagent:exporter.jar=9404:config.yaml", "-agentpath:/opt/profiler.so",
                "-Dcom.sun.management.jmxremote.port=19010", "-XX:StartFlightRecording=filename=x.jfr")) {
            assertThat(BatchJvm.command(new String[]{"index", "v"}, JAVA, List.of(option), "kasten.jar", false, 42))
                    .as(option).isEmpty();
        }
        assertThat(BatchJvm.command(new String[]{"index", "v"}, JAVA, List.of("-Xmx2g", "-Dfile.encoding=UTF-8"), "kasten.jar",
                false, 42)).as("memory and properties are passed on").isPresent();
        assertThat(BatchJvm.command(new String[]{"index", "v"}, null, List.of(), "kasten.jar", false, 42)).isEmpty();
        assertThat(BatchJvm.command(new String[]{"index", "v"}, JAVA, List.of(), "", false, 42)).isEmpty();
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

        Run current = launch(tmp, "index", vault.toString());
        assertThat(current.code()).as(current.output()).isZero();
        assertThat(current.output()).as("nothing to do: no second JVM").contains("refreshed index of 2 notes")
                .containsPattern("TieredStopAtLevel\\s+= 4").doesNotContainPattern("TieredStopAtLevel\\s+= 1");
        Files.writeString(vault.resolve("Three.md"), "# Three\n");
        Run changed = launch(tmp, "index", vault.toString());
        assertThat(changed.output()).as("a note to read: the second JVM").contains("1 added")
                .containsPattern("TieredStopAtLevel\\s+= 1");

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
        Path log = tmp.resolve("out-" + System.nanoTime() + ".txt");
        Process process = builder(tmp, args).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The launcher as {@code java -cp … Launcher ARGS}, its own cache and config, output and errors together. */
    private static ProcessBuilder builder(Path tmp, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+PrintFlagsFinal", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        builder.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Dkasten.probe=1"); // each JVM that reads it says so
        return builder;
    }
}
