package org.kasten.dist;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * JavaFX's modules as jmods, made from the platform jars Maven resolved (Maven Central has no JavaFX jmods): the
 * classes and resources go into the module, the native libraries into the jmod's {@code lib} section, so jlink
 * puts them into the runtime's {@code lib/} where JavaFX loads them directly (no unpacking into
 * {@code ~/.openjfx/cache}). The Monocle platform (the jar the tests use) is added to {@code javafx.graphics}: the
 * build's training run and a screenshot on a machine without a display run on it.
 */
final class FxJmods {

    private FxJmods() {
    }

    /** The JavaFX platform jars of a class-path folder: those that are modules (the others are empty stubs). */
    static List<Path> platformJars(Path libFolder) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (var files = Files.list(libFolder)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().matches("javafx-.*\\.jar")).sorted().toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    if (zip.getEntry("module-info.class") != null) {
                        jars.add(jar);
                    }
                }
            }
        }
        if (jars.isEmpty()) {
            throw new Tools.DistException("no JavaFX platform jars in " + libFolder + " (run the package phase)");
        }
        return jars;
    }

    /**
     * Writes one jmod per JavaFX jar into {@code jmods}; the work folder holds the unpacked files. Returns the
     * modules that hold native libraries (they need native access on newer JDKs: {@link LaunchOptions}).
     */
    static Set<String> create(List<Path> fxJars, Path monocleJar, Path work, Path jmods, String version) throws IOException {
        Set<String> nativeModules = new TreeSet<>();
        Tools.delete(work);
        Tools.delete(jmods);
        Files.createDirectories(jmods);
        for (Path jar : fxJars) {
            String module = ModuleFinder.of(jar).findAll().stream().map(ModuleReference::descriptor)
                    .map(d -> d.name()).findFirst().orElseThrow();
            Path classes = work.resolve(module).resolve("classes");
            Path libs = work.resolve(module).resolve("lib");
            Files.createDirectories(libs);
            unpack(jar, classes, libs);
            if (module.equals("javafx.graphics")) {
                unpack(monocleJar, classes, libs);
            }
            Tools.tool("jmod", Tools.args("create", "--class-path", classes.toString(), "--libs", libs.toString(),
                    "--module-version", version, jmods.resolve(module + ".jmod").toString()));
            try (var libraries = Files.list(libs)) {
                if (libraries.findAny().isPresent()) {
                    nativeModules.add(module);
                }
            }
        }
        return nativeModules;
    }

    private static void unpack(Path jar, Path classes, Path libs) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (entry.isDirectory() || name.startsWith("META-INF/") || name.endsWith(".jar")) {
                    continue; // manifests and the SWT bridge (a jar inside the jar) are not part of the module
                }
                boolean nativeLibrary = !name.contains("/") && AppModule.isNativeLibrary(name);
                Path target = nativeLibrary ? libs.resolve(name) : classes.resolve(name);
                if (!nativeLibrary && name.equals("module-info.class") && Files.exists(target)) {
                    continue; // Monocle's classes join javafx.graphics, whose descriptor stays
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
