package org.kasten.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stops of this JVM as its own unified log wrote them, for benchmarks that must tell a collector pause from
 * their own work on a loaded machine: when the JVM runs with {@code -Xlog:gc*,safepoint:file=F:uptime} (the
 * {@code uptime} decorator, in seconds), every safepoint (each stop-the-world collector pause is one) with its
 * end and length, and the CPU each collection took ({@code gc,cpu}: user + sys, which load stretches far less
 * than wall time). Times are JVM uptimes in milliseconds, as {@link java.lang.management.RuntimeMXBean#getUptime}.
 */
public final class PauseLog {

    private static final Pattern SAFEPOINT = Pattern.compile("^\\[(\\d+\\.\\d+)s\\].*Safepoint \"([^\"]+)\".*Total: (\\d+) ns");
    private static final Pattern GC_CPU = Pattern.compile("^\\[(\\d+\\.\\d+)s\\].*User=(\\d+\\.\\d+)s Sys=(\\d+\\.\\d+)s Real=");
    private static final Pattern FILE = Pattern.compile("-Xlog:[^ ]*safepoint[^ ]*:file=([^:]+)");

    /** One stop: from {@code start} to {@code end} ms of uptime, and the operation that stopped the JVM. */
    public record Stop(double start, double end, String what) {
    }

    private final List<Stop> stops = new ArrayList<>();
    private final List<double[]> gcCpu = new ArrayList<>();

    private PauseLog(List<String> lines) {
        for (String line : lines) {
            Matcher s = SAFEPOINT.matcher(line);
            if (s.find()) {
                double end = Double.parseDouble(s.group(1)) * 1000;
                stops.add(new Stop(end - Long.parseLong(s.group(3)) / 1e6, end, s.group(2)));
                continue;
            }
            Matcher c = GC_CPU.matcher(line);
            if (c.find()) {
                gcCpu.add(new double[] {Double.parseDouble(c.group(1)) * 1000,
                        (Double.parseDouble(c.group(2)) + Double.parseDouble(c.group(3))) * 1000});
            }
        }
    }

    /** The log this JVM writes (its {@code -Xlog:…safepoint…:file=F} argument) as far as it is written now. */
    public static Optional<PauseLog> ofThisJvm() throws IOException {
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            Matcher m = FILE.matcher(arg);
            if (m.find() && Files.isRegularFile(Path.of(m.group(1)))) {
                return Optional.of(read(Path.of(m.group(1))));
            }
        }
        return Optional.empty();
    }

    /** Reads a unified log written with the {@code uptime} decorator. */
    public static PauseLog read(Path file) throws IOException {
        return new PauseLog(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
    }

    /** How many ms of {@code from..to} (uptime ms) the JVM was stopped. */
    public double stoppedWithin(double from, double to) {
        double sum = 0;
        for (Stop s : stops) {
            sum += Math.max(0, Math.min(to, s.end()) - Math.max(from, s.start()));
        }
        return sum;
    }

    /** The stops that overlap {@code from..to} (a stop that began before {@code from} or ends after {@code to} included). */
    public List<Stop> stopsWithin(double from, double to) {
        return stops.stream().filter(s -> s.end() >= from && s.start() <= to).toList();
    }

    /** The collections' CPU (user + sys, ms) logged within {@code from..to}. */
    public double collectorCpuWithin(double from, double to) {
        return gcCpu.stream().filter(c -> c[0] >= from && c[0] <= to).mapToDouble(c -> c[1]).sum();
    }
}
