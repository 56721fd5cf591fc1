package org.kasten.dist;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK whose runtime the image links: the setting {@code dist.jdk} (a JDK home) when given, else the newest JDK
 * 17 or later among the one running the build and (on Linux) {@code /usr/lib/jvm/*} that can link a runtime: it has
 * {@code jlink} and either its {@code jmods} or a linkable run-time image (JEP 493, JDK 24 and later built without
 * jmods, such as Temurin 25). Everything JDK-specific in the build comes from that JDK (jlink, jpackage, jdeps,
 * javac, the feature number that picks multi-release entries): {@link Dist} runs itself again on it when it is not
 * the running one. The image's class cache follows from its feature number ({@link #hasAotCache}).
 */
record BuildJdk(Path home, int feature, String why) {

    /** The first feature release whose AOT cache is recorded in one training run, with method profiles (JEP 514, 515). */
    static final int AOT_CACHE = 25;
    private static final int OLDEST = 17;
    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)(?:[.\"+-])");

    /** Whether the image gets an AOT cache ({@code -XX:AOTCacheOutput}) rather than a dynamic CDS archive. */
    boolean hasAotCache() {
        return feature >= AOT_CACHE;
    }

    /** What the build prints about its choice: the JDK, its feature number and why it was chosen. */
    String describe() {
        return "JDK " + feature + " at " + home + " (" + why + "); its class cache: "
                + (hasAotCache() ? "AOT cache (-XX:AOTCacheOutput)" : "dynamic CDS archive (-XX:ArchiveClassesAtExit)");
    }

    /**
     * The JDK to link: {@code setting} when not blank (it must be a JDK 17+ that can link), else the newest linkable
     * JDK among {@code running} and the homes in {@code searched} (on a tie, the running one).
     */
    static BuildJdk choose(String setting, Path running, List<Path> searched) {
        if (setting != null && !setting.isBlank()) {
            Path home = Path.of(setting.strip()).toAbsolutePath().normalize();
            int feature = feature(home).orElseThrow(() -> new Tools.DistException(
                    "dist.jdk=" + setting + " is not a JDK home (no release file with JAVA_VERSION)"));
            if (feature < OLDEST) {
                throw new Tools.DistException("dist.jdk=" + setting + " is JDK " + feature + "; Kasten needs 17 or later");
            }
            String missing = unlinkable(home);
            if (missing != null) {
                throw new Tools.DistException("dist.jdk=" + setting + " cannot link a runtime: " + missing);
            }
            return new BuildJdk(home, feature, "set by dist.jdk");
        }
        List<Path> homes = new ArrayList<>();
        homes.add(running);
        homes.addAll(searched);
        List<String> passed = new ArrayList<>();
        BuildJdk best = null;
        for (Path candidate : homes) {
            Path home = real(candidate);
            Optional<Integer> feature = feature(home);
            if (feature.isEmpty() || (best != null && best.home.equals(home))) {
                continue;
            }
            String missing = feature.get() < OLDEST ? "older than 17" : unlinkable(home);
            if (missing != null) {
                passed.add(home.getFileName() + ": " + missing);
            } else if (best == null || feature.get() > best.feature) {
                best = new BuildJdk(home, feature.get(), null);
            }
        }
        if (best == null) {
            throw new Tools.DistException("no JDK 17+ that can link a runtime (jlink with jmods or a linkable"
                    + " run-time image): " + String.join("; ", passed) + " (set -Ddist.jdk=JDK_HOME)");
        }
        String why = "the newest JDK 17+ with jlink and " + (Files.isDirectory(best.home.resolve("jmods"))
                ? "jmods" : "a linkable run-time image") + " among the running JDK and " + searchedPlaces()
                + (passed.isEmpty() ? "" : "; passed over: " + String.join("; ", passed))
                + "; -Ddist.jdk=JDK_HOME chooses another";
        return new BuildJdk(best.home, best.feature, why);
    }

    /** The JDK homes searched besides the running one: {@code /usr/lib/jvm/*} on Linux, none elsewhere. */
    static List<Path> searched() {
        Path jvms = Path.of("/usr/lib/jvm");
        List<Path> homes = new ArrayList<>();
        if (!System.getProperty("os.name").startsWith("Linux") || !Files.isDirectory(jvms)) {
            return homes;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(jvms)) {
            entries.forEach(homes::add);
        } catch (IOException e) {
            return homes;
        }
        homes.sort(Comparator.naturalOrder());
        return homes;
    }

    private static String searchedPlaces() {
        return System.getProperty("os.name").startsWith("Linux") ? "/usr/lib/jvm/*" : "no other place";
    }

    /** The feature number in a JDK home's {@code release} file, if it is one. */
    static Optional<Integer> feature(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher version = VERSION.matcher(Files.readString(release));
            return version.find() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Why a JDK home cannot link a runtime, or null when it can. */
    private static String unlinkable(Path home) {
        if (!Files.isExecutable(home.resolve("bin").resolve(exe("jlink")))) {
            return "no jlink";
        }
        if (!Files.isExecutable(home.resolve("bin").resolve(exe("jpackage")))) {
            return "no jpackage";
        }
        if (Files.isRegularFile(home.resolve("jmods").resolve("java.base.jmod")) || linkableRuntime(home)) {
            return null;
        }
        return "no jmods and no linkable run-time image";
    }

    /** Whether jlink can link from the JDK's own run-time image (JEP 493): its jdk.jlink holds the diff of java.base. */
    private static boolean linkableRuntime(Path home) {
        if (!Files.isRegularFile(home.resolve("lib/jrt-fs.jar"))) {
            return false;
        }
        try (FileSystem jrt = FileSystems.newFileSystem(URI.create("jrt:/"), Map.of("java.home", home.toString()))) {
            return Files.exists(jrt.getPath("/modules/jdk.jlink/jdk/tools/jlink/internal/runtimelink/diff_java.base"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Path real(Path home) {
        try {
            return home.toRealPath();
        } catch (IOException e) {
            return home.toAbsolutePath().normalize();
        }
    }

    private static String exe(String tool) {
        return Training.isWindows() ? tool + ".exe" : tool;
    }

    /** Whether this JVM is the chosen JDK's (then the build goes on here; else it runs itself again on that JDK). */
    boolean isRunning() {
        return real(Path.of(System.getProperty("java.home"))).equals(real(home));
    }

    /**
     * Runs the build again on this JDK's {@code java}, with the same class path and every {@code dist.*} setting,
     * the choice included ({@code dist.jdk} set to this home, so it is not made twice); returns its exit code.
     */
    int rerun(String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve(exe("java")).toString());
        Properties properties = System.getProperties();
        for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith("dist.") && !key.equals("dist.jdk")) {
                command.add("-D" + key + "=" + properties.getProperty(key));
            }
        }
        command.add("-Ddist.jdk=" + home);
        command.add("-Ddist.jdk.why=" + why);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return Tools.process(command, Map.of());
    }
}
