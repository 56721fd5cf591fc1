package org.kasten.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The command line on a vault whose index and parse cache are current, whole process: {@code kasten index},
 * {@code kasten check} and one {@code kasten search VAULT QUERY}, each run as {@code java -jar target/kasten.jar}
 * (else from target/classes) under {@code /usr/bin/time}, after one cold {@code index} in a fresh cache folder.
 * Prints the median and every run of wall time, CPU time (user + system, the children's included: a relaunched
 * second JVM counts) and peak RSS. The vault: {@code -Dkasten.bench.vault=FOLDER}, else a generated 6,500-note one.
 * Run: {@code ./mvnw -o -Pbenchmark verify -Dtest=CliReopenBenchmark}. Asserts nothing about time.
 */
@Tag("benchmark")
class CliReopenBenchmark {

    private static final int RUNS = 5;

    @Test
    void reopenWithEverythingCurrent() throws Exception {
        String given = System.getProperty("kasten.bench.vault", "");
        Path vault = given.isBlank() ? VaultGenerator.vaultWith(6_500) : Path.of(given);
        Path cache = Files.createTempDirectory("kasten-bench-cache");
        System.out.println("vault " + vault + ", cache " + cache + ", launched as " + launcher());
        report("index (cold)", List.of("index", vault.toString()), cache, 1);
        report("index (current)", List.of("index", vault.toString()), cache, RUNS);
        report("check (current)", List.of("check", vault.toString()), cache, RUNS);
        report("search \"link notes\" (current)", List.of("search", vault.toString(), "link notes"), cache, RUNS);
    }

    static List<String> launcher() {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of("target/kasten.jar");
        return Files.isRegularFile(jar) ? List.of(javaBin, "-jar", jar.toString())
                : List.of(javaBin, "-cp", "target/classes" + File.pathSeparator + "target/lib/*", "org.kasten.app.cli.Launcher");
    }

    private static void report(String name, List<String> args, Path cache, int runs) throws Exception {
        List<double[]> figures = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            figures.add(run(args, cache));
        }
        StringBuilder line = new StringBuilder(String.format("%-32s", name));
        String[] labels = {"wall s", "cpu s", "rss MB"};
        for (int k = 0; k < labels.length; k++) {
            int column = k;
            double[] values = figures.stream().mapToDouble(f -> f[column]).sorted().toArray();
            line.append(String.format("  %s %.2f %s", labels[k], values[values.length / 2], Arrays.toString(values)));
        }
        System.out.println(line);
    }

    /** Wall seconds, CPU seconds and peak RSS (MB) of one run, from /usr/bin/time. */
    private static double[] run(List<String> args, Path cache) throws Exception {
        return run(launcher(), args, cache);
    }

    /** As {@link #run(List, Path)}, started by {@code launcher} (java and its options before the arguments). */
    static double[] run(List<String> launcher, List<String> args, Path cache) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "kasten-bench %e %U %S %M"));
        command.addAll(launcher);
        command.addAll(args);
        Path out = Files.createTempFile("kasten-bench", ".out");
        Path err = Files.createTempFile("kasten-bench", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        int code = builder.start().waitFor();
        String last = Files.readAllLines(err).stream().filter(l -> l.startsWith("kasten-bench ")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no figures from /usr/bin/time (exit " + code + ")"));
        String[] parts = last.split(" ");
        Files.delete(out);
        Files.delete(err);
        return new double[]{Double.parseDouble(parts[1]), Double.parseDouble(parts[2]) + Double.parseDouble(parts[3]),
                Double.parseDouble(parts[4]) / 1024};
    }
}
