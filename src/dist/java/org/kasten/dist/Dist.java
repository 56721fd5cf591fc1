package org.kasten.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds Kasten as an installable program under {@code target/dist/} (the pom's {@code dist} profile runs it after
 * {@code package}): the runtime image (jlink: the JDK and JavaFX modules Kasten needs, Kasten as the module
 * {@link AppModule#NAME}, JavaFX's native libraries in {@code lib/}, the base class data sharing archive), the app
 * image {@code kasten/} (jpackage) with its launcher running the JVM options Kasten wants ({@link LaunchOptions}; on
 * Linux a shell script, {@link ShellLauncher}), the class cache of Kasten's own classes recorded by a headless
 * training run ({@link Training}: an AOT cache on JDK 25 and later, else a dynamic CDS archive), then the platform's
 * packages ({@code .deb} and the portable
 * {@code .tar.gz} here; {@code .msi} or {@code .dmg} on those systems). Settings come as {@code dist.*} system
 * properties from the pom; see the README's "Install" section. The JDK whose runtime is linked is chosen first
 * ({@link BuildJdk}, setting {@code dist.jdk}); when it is not the one running the build, the build runs itself
 * again on it, so that jlink, jpackage, jdeps and javac are that JDK's.
 */
public final class Dist {

    private final Path project;
    private final Path target;
    private final Path dist;
    private final Path work;
    private final String name;
    private final BuildJdk jdk;

    private Dist(Path project, Path target, BuildJdk jdk) {
        this.project = project;
        this.target = target;
        this.dist = target.resolve("dist");
        this.work = dist.resolve("work");
        this.name = setting("dist.name");
        this.jdk = jdk;
    }

    public static void main(String[] args) {
        try {
            BuildJdk jdk = BuildJdk.choose(System.getProperty("dist.jdk"), Path.of(System.getProperty("java.home")),
                    BuildJdk.searched());
            String why = System.getProperty("dist.jdk.why");
            if (why == null) {
                System.out.println("dist: " + jdk.describe());
            } else {
                jdk = new BuildJdk(jdk.home(), jdk.feature(), why); // chosen by the run that started this one
            }
            if (!jdk.isRunning()) {
                System.exit(jdk.rerun(Dist.class.getName()));
            }
            new Dist(Path.of(setting("dist.project")), Path.of(setting("dist.target")), jdk).build();
        } catch (Tools.DistException e) {
            System.err.println("dist: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("dist: " + e);
            System.exit(1);
        }
    }

    private void build() throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(work);
        List<Path> fxJars = FxJmods.platformJars(target.resolve("lib"));
        String fxVersion = setting("dist.javafx.version");
        Set<String> nativeModules = new TreeSet<>(Set.of(AppModule.NAME));
        step("JavaFX jmods", () -> nativeModules.addAll(FxJmods.create(fxJars, Path.of(setting("dist.monocle.jar")),
                work.resolve("fx"), work.resolve("jmods"), fxVersion)));
        Path moduleJar = work.resolve("app").resolve(AppModule.NAME + ".jar");
        step("module " + AppModule.NAME, () -> {
            AppModule.write(target.resolve("kasten.jar"), fxJars, setting("dist.native.folder"),
                    jdk.feature(), moduleJar);
            AppModule.describe(moduleJar, setting("dist.main.class"), fxJars, list("dist.extra.modules"),
                    list("dist.extra.uses"), work.resolve("descriptor"));
        });
        Path runtime = work.resolve("runtime");
        step("runtime image (jlink)", () -> {
            Tools.delete(runtime);
            Tools.tool("jlink", Tools.args("--module-path", work.resolve("jmods") + java.io.File.pathSeparator + moduleJar,
                    "--add-modules", AppModule.NAME, "--strip-debug", "--no-header-files", "--no-man-pages",
                    "--compress=2", "--generate-cds-archive", "--output", runtime.toString()));
            LaunchOptions.quietLibraries(runtime);
        });
        LaunchOptions options = new LaunchOptions(list("dist.java.options", " "), jdk, nativeModules, runtime);
        Path icons = work.resolve("icons");
        step("icons", () -> Icons.write(icons));
        Path image = appImage(runtime, icons, options);
        step((jdk.hasAotCache() ? "AOT cache" : "class data sharing archive") + " (training run)",
                () -> Training.record(image, mainModule(), project.resolve("notes"), options, work.resolve("training")));
        if (options.aot() && !Training.isMac() && !Training.isWindows()) {
            step("AOT cache of the command line (training run)", () -> Training.recordCommandLine(image, mainModule(),
                    project.resolve("notes"), options, work.resolve("training-cli")));
        }
        for (String type : list("dist.types")) {
            switch (type) {
                case "tar.gz" -> step("portable archive", this::portableArchive);
                case "deb" -> step(".deb", () -> new DebPackage(project, dist, work, image).build(
                        jpackageCommon(), list("dist.jpackage.options", " ")));
                default -> step("." + type, () -> Tools.tool("jpackage", packageArgs(type, image)));
            }
        }
        System.out.printf("dist: done in %.0f s; %s%n", (System.nanoTime() - start) / 1e9, sizes());
    }

    /** The module and its main class, as {@code java -m} and jpackage's {@code --module} take them. */
    private static String mainModule() {
        return AppModule.NAME + "/" + setting("dist.main.class");
    }

    /** The app image (jpackage): launcher, Kasten in the runtime, the archive's place, the icons beside. */
    private Path image(Path runtime, Path icons, LaunchOptions options) throws IOException {
        Path image = dist.resolve(setting("dist.image.name"));
        Tools.delete(image);
        List<String> args = jpackageCommon();
        args.addAll(List.of("--type", "app-image", "--dest", dist.toString(), "--runtime-image", runtime.toString(),
                "--module", mainModule(),
                "--icon", icons.resolve(setting("dist.icon")).toString()));
        for (String option : options.launcher()) {
            args.addAll(List.of("--java-options", option));
        }
        args.addAll(list("dist.image.options", " "));
        Tools.tool("jpackage", args);
        if (!Training.isMac() && !Training.isWindows()) {
            ShellLauncher.write(Training.launcher(image), options.launcher(), appVersion(), mainModule(),
                    options.byCommand(list("dist.cli.commands")));
        }
        Path iconFolder = Training.appFolder(image).resolve("icons");
        Files.createDirectories(iconFolder);
        try (Stream<Path> files = Files.list(icons)) {
            for (Path icon : files.filter(f -> f.toString().endsWith(".png") || f.toString().endsWith(".svg")).toList()) {
                Files.copy(icon, iconFolder.resolve(icon.getFileName()));
            }
        }
        return image;
    }

    private Path appImage(Path runtime, Path icons, LaunchOptions options) throws IOException {
        Path[] image = new Path[1];
        step("app image (jpackage)", () -> image[0] = image(runtime, icons, options));
        return image[0];
    }

    private List<String> jpackageCommon() {
        return Tools.args("--name", name, "--app-version", appVersion(),
                "--vendor", "Kasten", "--description", setting("dist.description"),
                "--copyright", "Apache License 2.0");
    }

    private List<String> packageArgs(String type, Path image) {
        List<String> args = jpackageCommon();
        args.addAll(List.of("--type", type, "--app-image", image.toString(), "--dest", dist.toString(),
                "--license-file", project.resolve("LICENSE").toString()));
        args.addAll(list("dist.jpackage.options", " "));
        return args;
    }

    /** The packages' version: dist.app.version, else the project version's leading numbers (0.1.0-SNAPSHOT: 0.1.0). */
    private static String appVersion() {
        String chosen = System.getProperty("dist.app.version", "").trim();
        return chosen.isEmpty() ? setting("dist.version").replaceFirst("[^0-9.].*$", "") : chosen;
    }

    private void portableArchive() {
        String archive = "kasten-" + setting("dist.version") + "-" + setting("dist.platform") + ".tar.gz";
        Tools.mustRun(List.of("tar", "-C", dist.toString(), "--owner=0", "--group=0", "--numeric-owner",
                "-czf", dist.resolve(archive).toString(), setting("dist.image.name")), Map.of());
    }

    private String sizes() throws IOException {
        StringBuilder line = new StringBuilder();
        line.append(setting("dist.image.name")).append("/ ").append(mb(folderSize(dist.resolve(setting("dist.image.name")))));
        try (Stream<Path> files = Files.list(dist)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                line.append(", ").append(file.getFileName()).append(' ').append(mb(Files.size(file)));
            }
        }
        return line.toString();
    }

    static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void step(String what, Step step) throws IOException {
        long start = System.nanoTime();
        step.run();
        System.out.printf("dist: %s (%.1f s)%n", what, (System.nanoTime() - start) / 1e9);
    }

    static String setting(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            throw new Tools.DistException("missing setting " + key + " (set by the pom's dist profile)");
        }
        return value.trim();
    }

    private static List<String> list(String key) {
        return list(key, ",");
    }

    static List<String> list(String key, String separator) {
        return Arrays.stream(setting(key).split(separator.equals(" ") ? "\\s+" : separator))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
