package org.kasten.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kasten.search.IndexLocation;

/**
 * A class data sharing archive for one command's second JVM ({@link BatchJvm}), kept in Kasten's cache folder
 * ({@code cds/}), so that {@code java -jar kasten.jar search …} maps the classes it needs instead of reading and
 * verifying them from the jar on every run, with no step the user must take: the first run of a command records
 * the classes it loaded as it exits ({@code -XX:ArchiveClassesAtExit}), the runs after it use them
 * ({@code -XX:SharedArchiveFile}); {@code index} skips the vault's first build, the costliest run to record
 * ({@link BatchJvm#firstBuild}), and records on its next run. An archive belongs to one command, one Java installation and one class path
 * as it is on disk (each jar's size and modification time are in its name): a rebuilt jar records a new one and
 * the old one of the same class path is deleted. Only a class path of jar files can be archived (the JVM refuses
 * folders), so a run from {@code target/classes} never gets one.
 *
 * <p>A recording is written under a name of its own and moved into place only after its JVM exited normally;
 * the size it had then is part of its final name and is checked before use, since the JVM crashes on a cut
 * archive instead of ignoring it. The JVM ignores an archive that does not fit (another JDK build) silently
 * ({@code -Xlog:cds=off}).
 */
final class ClassArchive {

    /** The archives' folder in Kasten's cache folder. */
    static final String FOLDER = "cds";
    private static final String SUFFIX = ".jsa";
    /** Options that silence the JVM's notes about an archive it cannot use (it runs on without it). */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path folder;
    private final String prefix;
    private final Path archive;
    private final Path recording;

    private ClassArchive(Path folder, String prefix, Path archive, Path recording) {
        this.folder = folder;
        this.prefix = prefix;
        this.archive = archive;
        this.recording = recording;
    }

    /**
     * The archive for {@code command} run with {@code classPath} (absolute jar paths), in {@code cacheFolder}:
     * one to use if it was recorded, else one to record; empty when the class path holds anything but jar files
     * or the cache folder cannot be written.
     */
    static Optional<ClassArchive> forCommand(String command, List<Path> classPath, Path cacheFolder) {
        if (classPath.isEmpty()) {
            return Optional.empty();
        }
        long stamps = 17;
        for (Path jar : classPath) {
            if (!jar.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")) {
                return Optional.empty();
            }
            try {
                BasicFileAttributes attrs = Files.readAttributes(jar, BasicFileAttributes.class);
                if (!attrs.isRegularFile()) {
                    return Optional.empty();
                }
                stamps = 31 * (31 * stamps + attrs.size()) + attrs.lastModifiedTime().toMillis();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        // no string concatenation, lambdas or globs here: the launcher's JVM would pay for their first use
        String installation = new StringBuilder(System.getProperty("java.home")).append('\n')
                .append(System.getProperty("java.vm.version")).append('\n').append(joined(classPath)).toString();
        String prefix = new StringBuilder(command).append('-').append(Integer.toHexString(installation.hashCode()))
                .append('-').toString();
        String name = new StringBuilder(prefix).append(Long.toHexString(stamps)).append('-').toString();
        Path folder = cacheFolder.resolve(FOLDER);
        try {
            Files.createDirectories(folder);
            if (!Files.isWritable(folder)) {
                return Optional.empty();
            }
            try (DirectoryStream<Path> archives = Files.newDirectoryStream(folder)) {
                for (Path archive : archives) {
                    String file = archive.getFileName().toString();
                    if (file.startsWith(name) && file.endsWith(SUFFIX) && isWhole(archive)) {
                        return Optional.of(new ClassArchive(folder, prefix, archive, null));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Path recording = folder.resolve(new StringBuilder(name).append(ProcessHandle.current().pid()).append(".recording")
                .toString());
        return Optional.of(new ClassArchive(folder, prefix, folder.resolve(name), recording));
    }

    /** Paths joined as a class path. */
    static String joined(List<Path> paths) {
        StringBuilder joined = new StringBuilder();
        for (Path path : paths) {
            if (joined.length() > 0) {
                joined.append(File.pathSeparatorChar);
            }
            joined.append(path);
        }
        return joined.toString();
    }

    /** The class path as absolute paths (the archive's name holds them; any working folder finds it). */
    static List<Path> classPath(String classPath) {
        List<Path> paths = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                paths.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        return paths;
    }

    /** True when this run records the archive (none was there). */
    boolean records() {
        return recording != null;
    }

    /** The second JVM's options that use or record this archive. */
    List<String> options() {
        List<String> options = new ArrayList<>(QUIET);
        options.add(records() ? "-XX:ArchiveClassesAtExit=".concat(recording.toString())
                : "-XX:SharedArchiveFile=".concat(archive.toString()));
        return options;
    }

    /**
     * After the second JVM ended with {@code exitCode}: a recording it finished (exit code 0) is moved into place
     * under its final name, replacing the archives of this command's class path as it was before; any other
     * recording is deleted.
     */
    void finish(int exitCode) {
        if (!records()) {
            return;
        }
        try {
            if (exitCode == 0 && Files.isRegularFile(recording) && Files.size(recording) > 0) {
                long size = Files.size(recording);
                Path done = folder.resolve(archive.getFileName().toString().concat(Long.toString(size)).concat(SUFFIX));
                Files.move(recording, done, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                deleteOthers(done);
            }
        } catch (IOException | RuntimeException e) {
            // no archive this time: the next run records again
        } finally {
            try {
                Files.deleteIfExists(recording);
            } catch (IOException e) {
                // a leftover recording is never used (only whole archives are)
            }
        }
    }

    /** Deletes this command's archives for the same class path as it was before (older jars). */
    private void deleteOthers(Path kept) throws IOException {
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(folder)) {
            for (Path other : archives) {
                String file = other.getFileName().toString();
                if (file.startsWith(prefix) && file.endsWith(SUFFIX) && !other.equals(kept)) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    /** True when {@code archive} has the size its name says it was recorded with. */
    static boolean isWhole(Path archive) {
        String name = archive.getFileName().toString();
        int dash = name.lastIndexOf('-');
        if (dash < 0 || !name.endsWith(SUFFIX)) {
            return false;
        }
        try {
            long recorded = Long.parseLong(name.substring(dash + 1, name.length() - SUFFIX.length()));
            return Files.size(archive) == recorded;
        } catch (NumberFormatException | IOException e) {
            return false;
        }
    }

    /** Kasten's cache folder, where archives are kept. */
    static Path cacheFolder() {
        return IndexLocation.cacheDir();
    }
}
