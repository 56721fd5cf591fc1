package org.kasten.dist;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/** Runs the JDK's tools (jdeps, javac, jar, jmod, jlink, jpackage) in this JVM and other programs as processes. */
final class Tools {

    private Tools() {
    }

    /** Runs a JDK tool; its output is printed only when it fails (then the build stops with it). */
    static String tool(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new DistException("this JDK has no " + name + " (a full JDK 17+ is needed)"));
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out, true);
        int code = tool.run(writer, writer, args.toArray(String[]::new));
        if (code != 0) {
            throw new DistException(name + " failed (exit " + code + "): " + String.join(" ", args) + "\n" + out);
        }
        return out.toString();
    }

    /** Runs a program, its output passed through; returns its exit code. */
    static int process(List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().putAll(environment);
            return builder.start().waitFor();
        } catch (IOException e) {
            throw new DistException("cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DistException("interrupted: " + command.get(0));
        }
    }

    /** Runs a program that must succeed. */
    static void mustRun(List<String> command, Map<String, String> environment) {
        int code = process(command, environment);
        if (code != 0) {
            throw new DistException(String.join(" ", command) + " failed (exit " + code + ")");
        }
    }

    /** Whether a program is on the PATH. */
    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    /** Deletes a file or folder tree if it exists. */
    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                file.toFile().setWritable(true);
                Files.delete(file);
            }
        }
    }

    /** Copies a folder tree (attributes kept). */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** A mutable argument list, for building tool command lines. */
    static List<String> args(String... first) {
        return new ArrayList<>(List.of(first));
    }

    /** A build step that cannot go on: its message is the one line the build prints. */
    static final class DistException extends RuntimeException {
        DistException(String message) {
            super(message);
        }
    }
}
