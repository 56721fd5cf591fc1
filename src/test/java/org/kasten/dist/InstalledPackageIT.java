package org.kasten.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed program, as a user gets it from {@code ./mvnw -Pdist verify}'s packages: the {@code .deb} unpacked
 * into a temporary root ({@code dpkg -x}) and the portable archive unpacked; their launcher runs {@code kasten check}
 * on the bundled notes with class data sharing required (so an archive that does not fit the installed image
 * fails), and {@code kasten open --screenshot} shows the first note (in a GTK window on xvfb-run when it is
 * installed, else on the image's Monocle platform). Runs in the dist profile only (failsafe, after packaging).
 */
class InstalledPackageIT {

    private static final Path DIST = Path.of(System.getProperty("kasten.dist.dir", "target/dist"));
    private static final Path NOTES = Path.of("notes").toAbsolutePath();
    private static final boolean XVFB = Files.isExecutable(Path.of("/usr/bin/xvfb-run"));

    @TempDir
    Path temp;

    @Test
    void debInstallsAndRuns() throws Exception {
        Path skipped = DIST.resolve("deb-skipped.txt");
        if (Files.exists(skipped)) {
            Assumptions.abort(".deb not built: " + read(skipped).strip() + " (the portable archive is tested instead)");
        }
        Path deb = only(DIST, ".deb");
        Path root = temp.resolve("root");
        assertThat(run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()), List.of()).code).isZero();
        Path control = temp.resolve("control");
        assertThat(run(List.of("dpkg-deb", "-e", deb.toString(), control.toString()), List.of()).code).isZero();
        assertThat(read(control.resolve("control"))).contains("Package: kasten");
        assertThat(read(control.resolve("postinst"))).contains("ln -sf /opt/kasten/bin/kasten /usr/bin/kasten")
                .contains("xdg-desktop-menu install");
        Path home = root.resolve("opt/kasten");
        assertThat(desktopEntry(home)).contains("MimeType=inode/directory;").contains("Exec=/opt/kasten/bin/kasten %f")
                .contains("Icon=kasten");
        assertThat(home.resolve("lib/app/icons/kasten.svg")).isRegularFile();
        assertThat(home.resolve("lib/app/icons/kasten-48.png")).isRegularFile();
        checkImage(home);
        checkNotesAndScreenshot(home.resolve("bin/kasten"));
    }

    /**
     * The portable archive runs wherever it is unpacked, also from a folder whose path a shell would split or expand
     * (a space, a quote, a dollar sign): the launcher script must quote its own location.
     */
    @Test
    void portableArchiveRuns() throws Exception {
        Path archive = only(DIST, "-linux-x64.tar.gz");
        Path unpacked = temp.resolve("Kasten's portable $HOME");
        Files.createDirectories(unpacked);
        assertThat(run(List.of("tar", "-xzf", archive.toString(), "-C", unpacked.toString()), List.of()).code).isZero();
        checkImage(unpacked.resolve("kasten"));
        checkNotesAndScreenshot(unpacked.resolve("kasten/bin/kasten"));
    }

    /**
     * The app image's launcher starts Kasten without asking the package managers which package owns it (jpackage's
     * Linux launcher runs {@code rpm -qf} and {@code dpkg -S} on every start, most of its time before the JVM), also
     * when started through a symbolic link as the {@code .deb} puts it on the PATH: here {@code rpm} and {@code dpkg}
     * on the PATH only record that they were asked.
     */
    @Test
    void launcherAsksNoPackageManager() throws Exception {
        Path launcher = DIST.resolve("kasten/bin/kasten").toAbsolutePath();
        Assumptions.assumeTrue(Files.isExecutable(launcher), "no app image in " + DIST + " (./mvnw -Pdist package)");
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the shell launcher is Linux's");
        Path fakes = Files.createDirectories(temp.resolve("fake-bin"));
        Path asked = temp.resolve("asked.txt");
        for (String manager : List.of("rpm", "dpkg", "dpkg-query")) {
            Path fake = fakes.resolve(manager);
            Files.writeString(fake, "#!/bin/sh\necho \"" + manager + " $*\" >> '" + asked + "'\nexit 1\n");
            assertThat(fake.toFile().setExecutable(true)).isTrue();
        }
        Path link = Files.createSymbolicLink(temp.resolve("kasten-on-path"), launcher);
        Result version = run(List.of(link.toString(), "--version"), List.of(),
                Map.of("PATH", fakes + File.pathSeparator + System.getenv("PATH")));
        assertThat(version.code).as(version.output).isZero();
        assertThat(version.output).contains("Kasten");
        assertThat(asked).as("package managers asked by the launcher").doesNotExist();
    }

    /**
     * The launcher maps the class data archives at the address they were recorded for rather than relocating
     * them (every page touched) on each start.
     */
    @Test
    void launcherMapsTheArchivesWithoutRelocating() throws Exception {
        Path launcher = DIST.resolve("kasten/bin/kasten").toAbsolutePath();
        Assumptions.assumeTrue(Files.isExecutable(launcher), "no app image in " + DIST + " (./mvnw -Pdist package)");
        Result flags = run(List.of(launcher.toString(), "--version"), List.of("-XX:+PrintFlagsFinal"));
        assertThat(flags.code).as(flags.output).isZero();
        assertThat(flags.output.lines().filter(l -> l.contains(" ArchiveRelocationMode ")).map(String::strip))
                .singleElement().asString().matches("intx?\\s+ArchiveRelocationMode\\s+= 0\\s.*");
    }

    /**
     * The image holds the archives and JavaFX's libraries for this platform only, loose in the runtime's lib/, and
     * its modules no other platform's native code or debug symbols (the module jar is inside the runtime's image).
     */
    private void checkImage(Path image) throws Exception {
        assertThat(image.resolve("lib/app/" + (aotCache(image) ? "kasten.aot" : "kasten.jsa"))).isRegularFile();
        if (aotCache(image)) {
            assertThat(image.resolve("lib/app/kasten-cli.aot")).as("the command line's AOT cache").isRegularFile();
        }
        assertThat(image.resolve("lib/runtime/lib/server/classes.jsa")).isRegularFile();
        assertThat(image.resolve("lib/runtime/lib/libjfxwebkit.so")).isRegularFile();
        assertThat(image.resolve("lib/runtime/lib/libglassgtk3.so")).isRegularFile();
        try (Stream<Path> files = Files.walk(image)) {
            assertThat(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".dll") || n.endsWith(".dylib") || n.endsWith(".jnilib"))).isEmpty();
        }
        Path jimage = Path.of(System.getProperty("java.home"), "bin", "jimage");
        Result modules = run(List.of(jimage.toString(), "list", image.resolve("lib/runtime/lib/modules").toString()), List.of());
        assertThat(modules.code).as(modules.output).isZero();
        assertThat(modules.output.lines().map(String::strip)
                .filter(n -> n.matches(".*\\.(dll|dylib|jnilib|pdb)"))).isEmpty();
    }

    /**
     * No command prints a JVM warning: the JDK the image links may warn about native access, {@code sun.misc.Unsafe}
     * or its class cache, and Lucene about the JDK it runs on (java.util.logging), on a user's terminal. The window
     * may print its own lines (GTK's); none of them may be the JVM's or Lucene's.
     */
    @Test
    void launcherPrintsNoJvmWarning() throws Exception {
        Path launcher = DIST.resolve("kasten/bin/kasten").toAbsolutePath();
        Assumptions.assumeTrue(Files.isExecutable(launcher), "no app image in " + DIST + " (./mvnw -Pdist package)");
        String vault = NOTES.toString();
        Map<String, String> home = Map.of("HOME", Files.createDirectories(temp.resolve("user")).toString());
        List<List<String>> commands = List.of(List.of("check", vault, "--json"),
                List.of("index", vault), List.of("search", vault, "graph"),
                List.of("search", vault, "--json", "links"));
        for (List<String> arguments : commands) {
            List<String> command = new ArrayList<>(List.of(launcher.toString()));
            command.addAll(arguments);
            Result result = runApart(command, home);
            assertThat(result.code).as(command + "\n" + result.output).isZero();
            assertThat(result.errors).as("what " + arguments + " printed on stderr").isEmpty();
        }
        List<String> window = new ArrayList<>();
        Map<String, String> environment = new java.util.HashMap<>(home);
        if (XVFB) {
            window.addAll(List.of("xvfb-run", "-a"));
        } else {
            environment.put("_JAVA_OPTIONS", "-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw");
        }
        window.addAll(List.of(launcher.toString(), "open", vault, "--screenshot",
                temp.resolve("quiet.png").toString()));
        Result open = runApart(window, environment);
        assertThat(open.code).as(open.output + open.errors).isZero();
        assertThat(open.errors.lines().filter(l -> !l.startsWith("Picked up _JAVA_OPTIONS:"))
                .filter(InstalledPackageIT::isJvmMessage)).as("the window's stderr").isEmpty();
    }

    /** A line of the JVM's warnings (unified logging, VM warnings, the JDK's "WARNING:" lines) or java.util.logging's. */
    static boolean isJvmMessage(String line) {
        return line.matches("(?i)^(WARNING|INFO|SEVERE|CONFIG|FINE):.*")
                || line.matches("^\\[[^\\]]*\\]\\[(warning|error|info)\\].*") || line.contains("VM warning")
                || line.matches("^[A-Z][a-z]{2} \\d{1,2}, \\d{4} .*");
    }

    /** Whether an image's runtime is a JDK 25 or later, whose class cache is an AOT cache. */
    private static boolean aotCache(Path image) throws IOException {
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("JAVA_VERSION=\"(\\d+)")
                .matcher(read(image.resolve("lib/runtime/release")));
        assertThat(version.find()).as("the runtime's release file names its version").isTrue();
        return Integer.parseInt(version.group(1)) >= 25;
    }

    private void checkNotesAndScreenshot(Path kasten) throws Exception {
        Path userHome = Files.createDirectories(temp.resolve("home-" + System.nanoTime()));
        List<String> isolated = List.of("-Duser.home=" + userHome, "-Dkasten.cache.dir=" + userHome.resolve("cache"),
                "-Dkasten.config.dir=" + userHome.resolve("config"));
        List<String> sharing = new ArrayList<>(isolated);
        // the installed class caches must map (the command line's here, the window's for the screenshot): a stale
        // or misplaced one fails
        String required = aotCache(kasten.getParent().getParent()) ? "-XX:AOTMode=on" : "-Xshare:on";
        sharing.add(required);
        Result check = run(List.of(kasten.toString(), "check", NOTES.toString(), "--json"), sharing);
        assertThat(check.code).as(check.output).isZero();
        JsonNode json = new ObjectMapper().readTree(check.output.substring(check.output.indexOf('{')));
        assertThat(json.get("notes").asInt()).isGreaterThan(20);
        assertThat(json.get("counts").get("unresolved").asInt()).isZero();
        assertThat(json.get("unresolved")).isEmpty();

        Path shot = temp.resolve("shot-" + System.nanoTime() + ".png");
        List<String> command = new ArrayList<>();
        List<String> options = new ArrayList<>(isolated);
        options.add(required);
        if (XVFB) {
            command.addAll(List.of("xvfb-run", "-a"));
        } else {
            options.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(List.of(kasten.toString(), "open", NOTES.toString(), "--screenshot", shot.toString()));
        Result open = run(command, options);
        assertThat(open.code).as(open.output).isZero();
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(500);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("a rendered page, not a blank window").hasSizeGreaterThan(50);
        assertThat(userHome.resolve(".openjfx")).as("JavaFX's libraries load from the image, unpacked nowhere")
                .doesNotExist();
    }

    private static String desktopEntry(Path home) throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("lib"))) {
            Path entry = files.filter(f -> f.toString().endsWith(".desktop")).findFirst().orElseThrow();
            return read(entry);
        }
    }

    private static Path only(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
            assertThat(found).as("one *" + suffix + " in " + folder + " (build with ./mvnw -Pdist package)").hasSize(1);
            return found.get(0);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private record Result(int code, String output, String errors) {
        Result(int code, String output) {
            this(code, output, "");
        }
    }

    /**
     * Runs a command as a user would (no JAVA_TOOL_OPTIONS, whose "Picked up" line the JVM prints), its stdout and
     * stderr apart, in the temporary XDG folders and the given environment; a hang guard of five minutes.
     */
    private Result runApart(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("_JAVA_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("xdg-cache").toString());
        builder.environment().put("XDG_CONFIG_HOME", temp.resolve("xdg-config").toString());
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(temp, "out", ".log");
        Path err = Files.createTempFile(temp, "err", ".log");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("hung: " + command + "\n" + read(out) + read(err));
        }
        return new Result(process.exitValue(), read(out), read(err));
    }

    /** Runs a command with the JVM options given through JAVA_TOOL_OPTIONS; a hang guard of five minutes. */
    private Result run(List<String> command, List<String> jvmOptions) throws Exception {
        return run(command, jvmOptions, Map.of());
    }

    private Result run(List<String> command, List<String> jvmOptions, Map<String, String> environment)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Path log = Files.createTempFile(temp, "run", ".log");
        builder.redirectOutput(log.toFile());
        builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", jvmOptions));
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("xdg-cache").toString());
        builder.environment().put("XDG_CONFIG_HOME", temp.resolve("xdg-config").toString());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("hung: " + command + "\n" + read(log));
        }
        return new Result(process.exitValue(), read(log));
    }
}
