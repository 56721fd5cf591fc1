package org.kasten.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.search.ModelLoadLoop;

/**
 * Kasten's process ends cleanly while the embedding model is being loaded on another thread ({@link ProcessEnd}):
 * without it, ONNX Runtime's shutdown hook frees the model's native environment under the loading thread and the
 * JVM crashes (exit 134 and an {@code hs_err_pid*.log} in the working folder). {@link ModelLoadLoop} with
 * {@code plain} (the JVM's own handling), sent SIGTERM as these tests send it, crashed in 3 of 5 runs ended 1.0–1.4 s
 * after a load and in none of 10 ended 0.3–0.8 s after (the next load still reading the model's file), at load
 * 16–18. Each run here loads the real model in a JVM of its own and ends it while the next load runs.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a child that neither loads nor ends must not hold the build
class ModelExitTest {

    /** How long after a load each run ends its process: into the next load's native part (a load takes ~1.7 s). */
    private static final long[] INTO_NEXT_LOAD_MS = {1_000, 1_400};

    @Test
    void aSigtermDuringAModelLoadEndsWithTheSignalsCodeAndNoCrash(@TempDir Path tmp) throws Exception {
        for (long delay : INTO_NEXT_LOAD_MS) {
            Path folder = Files.createDirectories(tmp.resolve("term-" + delay));
            Process process = start(folder, "signals");
            try {
                awaitLoaded(process);
                Thread.sleep(delay);
                process.destroy(); // SIGTERM
                assertEnded(process, folder, 128 + 15);
            } finally {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void anExitDuringAModelLoadWaitsForItAndLeavesNoCrashReport(@TempDir Path tmp) throws Exception {
        Process process = start(tmp, "exit-after", String.valueOf(INTO_NEXT_LOAD_MS[0]));
        try {
            awaitLoaded(process);
            assertEnded(process, tmp, 0);
        } finally {
            process.destroyForcibly();
        }
    }

    private static Process start(Path folder, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), ModelLoadLoop.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    }

    /** Reads the process's output until its first load is done. */
    private static void awaitLoaded(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals("loaded")) {
                Thread drain = new Thread(() -> {
                    try {
                        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the process ended before its first load:\n" + seen);
    }

    private static void assertEnded(Process process, Path folder, int code) throws Exception {
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process did not end");
        try (Stream<Path> files = Files.list(folder)) {
            List<String> reports = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("hs_err")).toList();
            assertEquals(List.of(), reports, "the JVM crashed");
        }
        assertEquals(code, process.exitValue());
    }
}
