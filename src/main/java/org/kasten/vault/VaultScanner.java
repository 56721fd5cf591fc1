package org.kasten.vault;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kasten.note.NotePath;
import org.kasten.note.Warning;

/**
 * Walks a vault folder and sorts its files into notes (.md, .markdown, .txt) and attachments (everything
 * else). Skips dot-folders (.git, .obsidian, .trash) and node_modules; follows symbolic links but never
 * loops on a cycle.
 */
public final class VaultScanner {

    /** Extensions of files Kasten reads as notes. */
    public static final Set<String> NOTE_EXTENSIONS = Set.of("md", "markdown", "txt");

    /** What a scan found; {@code stamps} holds each note's size and modification time. */
    public record Scan(List<NotePath> notes, List<NotePath> attachments, List<Warning> warnings,
                       Map<NotePath, Stamp> stamps) {
    }

    /** A file's size and last-modified time (epoch ms), as the scan saw them. */
    public record Stamp(long size, long modified) {
    }

    /** True when a file of that name is read as a note. */
    public static boolean isNoteFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && NOTE_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** True when a folder of that name is not part of the vault's content. */
    public static boolean isSkippedFolder(String name) {
        return name.startsWith(".") || name.equals("node_modules");
    }

    /** Scans {@code root} (an existing folder). */
    public Scan scan(Path root) throws IOException {
        List<NotePath> notes = new ArrayList<>();
        List<NotePath> attachments = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        Map<NotePath, Stamp> stamps = new HashMap<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(root) && isSkippedFolder(dir.getFileName().toString())) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String name = file.getFileName().toString();
                        if (name.startsWith(".")) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attrs.isSymbolicLink()) { // only a link whose target is missing arrives as a link
                            warnings.add(new Warning(relative(root, file), 0, "broken symbolic link, skipped"));
                            return FileVisitResult.CONTINUE;
                        }
                        if (!attrs.isRegularFile()) {
                            return FileVisitResult.CONTINUE;
                        }
                        NotePath path = relative(root, file);
                        if (isNoteFile(name)) {
                            notes.add(path);
                            stamps.put(path, new Stamp(attrs.size(), attrs.lastModifiedTime().toMillis()));
                        } else {
                            attachments.add(path);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (file.equals(root)) {
                            throw e;
                        }
                        String why = e instanceof FileSystemLoopException
                                ? "symbolic link cycle, not followed"
                                : "cannot be read (" + e.getClass().getSimpleName() + ")";
                        warnings.add(new Warning(relative(root, file), 0, why));
                        return FileVisitResult.CONTINUE;
                    }
                });
        notes.sort(Comparator.naturalOrder());
        attachments.sort(Comparator.naturalOrder());
        return new Scan(notes, attachments, warnings, stamps);
    }

    static NotePath relative(Path root, Path file) {
        return new NotePath(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
    }
}
