package org.kasten.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The class cache of Kasten's classes, recorded at build time: one headless run of the installed program (its
 * runtime, its JVM options) opens the bundled notes on JavaFX's Monocle platform, renders the first note and writes
 * a screenshot, and records as it exits every class it loaded beyond the runtime's base archive: on JDK 25 and later
 * an AOT cache ({@code -XX:AOTCacheOutput}: the classes loaded and linked, with the method profiles of the run), else
 * a dynamic CDS archive ({@code -XX:ArchiveClassesAtExit}). The classes all come from the runtime image, so the cache
 * stays valid wherever the image is installed. Then the launcher itself is run once with the cache required
 * ({@code -XX:AOTMode=on} or {@code -Xshare:on}), which fails the build when the cache cannot be used.
 */
final class Training {

    private Training() {
    }

    static void record(Path image, String mainModule, Path notes, LaunchOptions options, Path work) throws IOException {
        Tools.delete(work);
        Files.createDirectories(work.resolve("home"));
        Path archive = appFolder(image).resolve(options.cacheName());
        Files.deleteIfExists(archive);
        List<String> command = new ArrayList<>();
        command.add(runtimeJava(image).toString());
        command.addAll(options.common());
        command.addAll(options.aot() ? List.of("-XX:AOTCacheOutput=" + archive)
                : List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        command.addAll(isolated(work));
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-m", mainModule,
                "open", notes.toString(), "--screenshot", work.resolve("training.png").toString()));
        int code = run(command, Map.of(), work.resolve("training.log"));
        if (code != 0 || !Files.isRegularFile(archive)) {
            throw new Tools.DistException("the training run failed (exit " + code + "); see " + work.resolve("training.log"));
        }
        // the launcher as installed, the cache required: exits 1 at once when the cache cannot be mapped (with an
        // AOT cache, `check` maps the command line's cache on Linux: `--version` maps the window's)
        List<String> check = options.aot() && !isMac() && !isWindows()
                ? List.of(launcher(image).toString(), "--version")
                : List.of(launcher(image).toString(), "check", notes.toString());
        String required = options.aot() ? "-XX:AOTMode=on " : "-Xshare:on ";
        int checked = run(check, Map.of("JAVA_TOOL_OPTIONS", required + String.join(" ", isolated(work))),
                work.resolve("check.log"));
        if (checked != 0) {
            throw new Tools.DistException("the launcher cannot use the recorded archive (exit " + checked + "); see "
                    + work.resolve("check.log"));
        }
    }

    /**
     * The command line's AOT cache ({@link LaunchOptions#CLI_CACHE}): one {@code kasten index} of the bundled notes
     * (reading, linking, the index and its vectors written), then the launcher's {@code kasten search}, which maps
     * it, with the cache required.
     */
    static void recordCommandLine(Path image, String mainModule, Path notes, LaunchOptions options, Path work)
            throws IOException {
        Tools.delete(work);
        Files.createDirectories(work.resolve("home"));
        Path cache = appFolder(image).resolve(LaunchOptions.CLI_CACHE);
        Files.deleteIfExists(cache);
        List<String> command = new ArrayList<>();
        command.add(runtimeJava(image).toString());
        command.addAll(options.common());
        command.add("-XX:AOTCacheOutput=" + cache);
        command.addAll(isolated(work));
        command.addAll(List.of("-m", mainModule, "index", notes.toString()));
        int code = run(command, Map.of(), work.resolve("training.log"));
        if (code != 0 || !Files.isRegularFile(cache)) {
            throw new Tools.DistException("the command line's training run failed (exit " + code + "); see "
                    + work.resolve("training.log"));
        }
        List<String> check = List.of(launcher(image).toString(), "search", notes.toString(), "links");
        int checked = run(check, Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on " + String.join(" ", isolated(work))),
                work.resolve("check.log"));
        if (checked != 0) {
            throw new Tools.DistException("the launcher cannot use the command line's AOT cache (exit " + checked
                    + "); see " + work.resolve("check.log"));
        }
    }

    /** Kasten's cache, settings and the user's home in the work folder: the build touches nothing of the user's. */
    private static List<String> isolated(Path work) {
        return List.of("-Dkasten.cache.dir=" + work.resolve("cache"), "-Dkasten.config.dir=" + work.resolve("config"),
                "-Duser.home=" + work.resolve("home"));
    }

    private static int run(List<String> command, Map<String, String> environment, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            return builder.start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Tools.DistException("interrupted");
        }
    }

    /** jpackage's {@code $APPDIR}: where the launcher's settings and the class cache live. */
    static Path appFolder(Path image) {
        return isMac() ? image.resolve("Contents/app") : isWindows() ? image.resolve("app") : image.resolve("lib/app");
    }

    static Path launcher(Path image) {
        String launcher = Dist.setting("dist.name");
        return isMac() ? image.resolve("Contents/MacOS/" + launcher)
                : isWindows() ? image.resolve(Dist.setting("dist.cli.launcher") + ".exe") : image.resolve("bin/" + launcher);
    }

    private static Path runtimeJava(Path image) {
        return isMac() ? image.resolve("Contents/runtime/Contents/Home/bin/java")
                : isWindows() ? image.resolve("runtime/bin/java.exe") : image.resolve("lib/runtime/bin/java");
    }

    static boolean isMac() {
        return System.getProperty("os.name").startsWith("Mac");
    }

    static boolean isWindows() {
        return System.getProperty("os.name").startsWith("Windows");
    }
}
