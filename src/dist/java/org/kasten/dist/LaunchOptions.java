package org.kasten.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The installed program's JVM options, as its launcher passes them and its training run records with: Kasten's own
 * (those of the README's command, setting {@code dist.java.options}), those that keep the linked JDK's warnings off
 * the user's terminal, and those that map the class cache the training run recorded. {@code $APPDIR} stands for
 * the launcher's app folder ({@code lib/app}). With an AOT cache, the Linux launcher maps a second one, trained on
 * the command line, for the commands that read a vault ({@link #byCommand}).
 *
 * <p>From JDK 22 a restricted method (a native library loaded by JavaFX, JNA or ONNX Runtime, Lucene's calls into
 * the C library) warns unless its module has native access, and from JDK 24 {@code sun.misc.Unsafe}'s memory
 * access (JavaFX's Marlin renderer) warns unless it is allowed ({@code --sun-misc-unsafe-memory-access}, known
 * from JDK 23). Both are granted to exactly the modules of the image that need them.
 *
 * <p>The cache is mapped at the address it was recorded for ({@code ArchiveRelocationMode=0}): relocating it to a
 * random address touches every page before the JVM starts Kasten; when that address is taken, the JVM relocates it
 * as before. A cache that cannot be used is ignored without a word ({@code -Xshare} and {@code -XX:AOTMode} are left
 * to their defaults, so that {@code JAVA_TOOL_OPTIONS=-Xshare:on} or {@code -XX:AOTMode=on} can require it).
 */
final class LaunchOptions {

    /** The dynamic CDS archive's name in the app folder (JDK 17 to 24). */
    static final String ARCHIVE = "kasten.jsa";
    /** The AOT cache's name in the app folder (JDK 25 and later): trained on the window. */
    static final String AOT_CACHE = "kasten.aot";
    /** The second AOT cache, trained on the command line ({@code kasten index}), for the commands that read a vault. */
    static final String CLI_CACHE = "kasten-cli.aot";
    private static final String APPDIR = "$APPDIR/";
    private static final Pattern MODULES = Pattern.compile("MODULES=\"([^\"]*)\"");

    private final List<String> common;
    private final boolean aot;

    /**
     * @param kasten Kasten's options ({@code dist.java.options})
     * @param nativeModules the modules that load native code or call restricted methods (those absent from the
     *     runtime are left out: the JVM warns about an unknown module)
     * @param runtime the linked runtime, whose {@code release} file lists its modules
     */
    LaunchOptions(List<String> kasten, BuildJdk jdk, Set<String> nativeModules, Path runtime) throws IOException {
        this.common = new ArrayList<>(kasten);
        this.aot = jdk.hasAotCache();
        if (jdk.feature() >= 22) {
            Set<String> linked = modules(runtime);
            common.add("--enable-native-access=" + nativeModules.stream().filter(linked::contains).sorted()
                    .collect(Collectors.joining(",")));
        }
        if (jdk.feature() >= 23) {
            common.add("--sun-misc-unsafe-memory-access=allow");
        }
    }

    /** The options of every run of the image, the training run's included: no class cache. */
    List<String> common() {
        return List.copyOf(common);
    }

    /** The launcher's options: {@link #common()} and the class cache, mapped when it can be, silently. */
    List<String> launcher() {
        List<String> options = new ArrayList<>(common);
        options.add("-XX:+UnlockDiagnosticVMOptions");
        options.add("-XX:ArchiveRelocationMode=0");
        if (aot) {
            options.add(aotCache(AOT_CACHE));
            options.add("-Xlog:aot=off");
            options.add("-Xlog:cds=off");
        } else {
            options.add("-XX:SharedArchiveFile=" + APPDIR + ARCHIVE);
            options.add("-Xlog:cds=off");
            options.add("-Xlog:cds+dynamic=off");
        }
        return options;
    }

    private static String aotCache(String name) {
        return "-XX:AOTCache=" + APPDIR + name;
    }

    /**
     * The shell launcher's choice of cache by its first argument: the command line's AOT cache for
     * {@code commands}, the window's for the rest ({@code kasten}, {@code kasten FOLDER}, {@code open}); null
     * without an AOT cache. jpackage's launchers (Windows, macOS) map the window's for every command.
     */
    ShellLauncher.ByCommand byCommand(List<String> commands) {
        return aot ? new ShellLauncher.ByCommand(aotCache(AOT_CACHE), aotCache(CLI_CACHE), commands) : null;
    }

    /** Whether the class cache is an AOT cache (JDK 25+) rather than a dynamic CDS archive. */
    boolean aot() {
        return aot;
    }

    /** The class cache's file name in the app folder. */
    String cacheName() {
        return aot ? AOT_CACHE : ARCHIVE;
    }

    /**
     * Adds to the runtime's default logging settings ({@code conf/logging.properties}, which Lucene's
     * {@code java.util.logging} messages follow) the levels that keep off the user's terminal what Lucene says about
     * the JDK it runs on: from JDK 21 that it maps its files with memory segments (INFO), from JDK 23 that a newer
     * Lucene would use the Vector API (WARNING). Neither is the user's business; Lucene's other warnings still show.
     */
    static void quietLibraries(Path runtime) throws IOException {
        Path settings = runtime.resolve("conf/logging.properties");
        String added = "\n# Kasten (org.kasten.dist.LaunchOptions): Lucene's notes about the JDK it runs on\n"
                + "org.apache.lucene.store.MemorySegmentIndexInputProvider.level = WARNING\n"
                + "org.apache.lucene.internal.vectorization.VectorizationProvider.level = SEVERE\n";
        settings.toFile().setWritable(true);
        Files.writeString(settings, Files.readString(settings) + added);
    }

    /** The modules a linked runtime holds, from its {@code release} file. */
    static Set<String> modules(Path runtime) throws IOException {
        Matcher modules = MODULES.matcher(Files.readString(runtime.resolve("release")));
        if (!modules.find()) {
            throw new Tools.DistException("no MODULES in " + runtime.resolve("release"));
        }
        return Arrays.stream(modules.group(1).split("\\s+")).filter(m -> !m.isEmpty()).collect(Collectors.toSet());
    }
}
