package org.kasten.app.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The window's plain command lines, read without picocli: {@code kasten}, {@code kasten FOLDER} and
 * {@code kasten open [VAULT] [--note NOTE] [--screenshot FILE.png] [--graph]} (options in any order, each once).
 * picocli's classes are built for Java 5, so the class archive cannot hold them: reading a command line with it
 * loads and verifies its classes on the launcher's thread, and the vault's preload waits for that
 * (docs/performance.md, "Issue 13: start-up, session 16").
 *
 * <p>Only what picocli reads the same way is read here; anything else ({@code --help}, {@code --note=X}, a value
 * that looks like an option, an {@code @file}, an option given twice, an empty or unreadable path, a first word
 * that is a command's name or not a folder) is left to picocli, which then reads it, or refuses it, as before.
 * {@code WindowArgumentsTest} checks that every command line read here is read alike by picocli.
 */
record WindowArguments(Path vault, String note, Path screenshot, boolean graph) {

    /**
     * The sub-commands' names, as {@link KastenCommand}'s annotation lists them (WindowArgumentsTest checks that
     * the two agree): written out, because reading the annotation loads picocli's annotation classes.
     */
    static final Set<String> COMMAND_NAMES = Set.of("check", "show", "open", "search", "index", "render");

    /** The command line's window, when it is one of the plain forms above; else empty (picocli reads it). */
    static Optional<WindowArguments> read(String[] args) {
        if (args.length == 0) {
            return Optional.of(new WindowArguments(null, null, null, false));
        }
        if (!args[0].equals("open")) {
            if (args.length > 1 || COMMAND_NAMES.contains(args[0])) {
                return Optional.empty();
            }
            return path(args[0]).filter(Files::isDirectory).map(folder -> new WindowArguments(folder, null, null, false));
        }
        Path vault = null;
        String note = null;
        Path screenshot = null;
        boolean graph = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            boolean hasValue = i + 1 < args.length && plain(args[i + 1]);
            switch (arg) {
                case "--graph" -> {
                    if (graph) {
                        return Optional.empty();
                    }
                    graph = true;
                }
                case "--note" -> {
                    if (note != null || !hasValue) {
                        return Optional.empty();
                    }
                    note = args[++i];
                }
                case "--screenshot" -> {
                    Optional<Path> file = hasValue && screenshot == null ? path(args[++i]) : Optional.empty();
                    if (file.isEmpty()) {
                        return Optional.empty();
                    }
                    screenshot = file.get();
                }
                default -> {
                    Optional<Path> folder = vault == null && plain(arg) ? path(arg) : Optional.empty();
                    if (folder.isEmpty()) {
                        return Optional.empty();
                    }
                    vault = folder.get();
                }
            }
        }
        return Optional.of(new WindowArguments(vault, note, screenshot, graph));
    }

    /** A value picocli takes as it is: not empty, not option-like, not an argument file. */
    private static boolean plain(String arg) {
        return !arg.isBlank() && !arg.startsWith("-") && !arg.startsWith("@");
    }

    private static Optional<Path> path(String arg) {
        if (!plain(arg)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(arg));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

}
