package org.kasten.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kasten.note.NotePath;
import org.kasten.note.Warning;

/**
 * Walks a vault folder and sorts its files into notes (.md, .markdown, .txt) and attachments (everything
 * else). Skips dot-folders (.git, .obsidian, .trash) and node_modules. Follows symbolic links whose target
 * lies inside the vault (never looping on a cycle); a link leading outside is not followed (one warning, see
 * {@link VaultFiles}). A sub-folder that cannot be listed is one warning; only an unreadable vault folder is an error.
 */
public final class VaultScanner {

    /** Extensions of files Kasten reads as notes. */
    public static final Set<String> NOTE_EXTENSIONS = Set.of("md", "markdown", "txt");

    /** What a scan found; {@code stamps} holds each note's size and modification time. */
    public record Scan(List<NotePath> notes, List<NotePath> attachments, List<Warning> warnings,
                       Map<NotePath, Stamp> stamps) {

        /**
         * A digest (SHA-256, hexadecimal) of every note's path, size and modification time in the scan's order:
         * equal for two scans only when they found the same note files with the same stamps. What a stored answer
         * about the notes is kept under ({@code kasten check}'s answers, the index's memo of its files).
         */
        public String notesDigest() {
            MessageDigest digest;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
            byte[] numbers = new byte[17];
            for (NotePath path : notes) {
                Stamp stamp = stamps.get(path);
                digest.update(path.value().getBytes(StandardCharsets.UTF_8));
                numbers[0] = 0; // ends the path: no path holds a NUL
                put(numbers, 1, stamp == null ? -1 : stamp.size());
                put(numbers, 9, stamp == null ? -1 : stamp.modified());
                digest.update(numbers);
            }
            return HexFormat.of().formatHex(digest.digest());
        }

        private static void put(byte[] bytes, int at, long value) {
            for (int i = 0; i < 8; i++) {
                bytes[at + i] = (byte) (value >>> (56 - 8 * i));
            }
        }
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

    /** Scans {@code root} (an existing folder); throws only when that folder itself cannot be listed. */
    public Scan scan(Path root) throws IOException {
        Walk walk = new Walk(root.toRealPath());
        walk.folder(walk.root, "", walk.root, new HashSet<>());
        walk.notes.sort(Comparator.naturalOrder());
        walk.attachments.sort(Comparator.naturalOrder());
        return new Scan(walk.notes, walk.attachments, walk.warnings, walk.stamps);
    }

    /**
     * One walk of a vault: entries in byte order per folder, links followed only inside the vault. Each entry's
     * vault-relative path is its folder's path and its name joined, not {@link Path#relativize} (which walks
     * every name of both paths, and was most of a scan's time in a profile).
     */
    private static final class Walk {
        final Path root;
        final List<NotePath> notes = new ArrayList<>();
        final List<NotePath> attachments = new ArrayList<>();
        final List<Warning> warnings = new ArrayList<>();
        final Map<NotePath, Stamp> stamps = new HashMap<>();
        /** Attachments seen (notes are seen in {@link #stamps}): two names that decode alike are one path. */
        final Set<NotePath> seenAttachments = new HashSet<>();

        Walk(Path root) {
            this.root = root;
        }

        /**
         * Lists {@code dir}, whose vault-relative path is {@code relative} ("" for the vault, else ending in "/"),
         * at the real location {@code real}; {@code above} holds the real folders above it.
         */
        void folder(Path dir, String relative, Path real, Set<Path> above) throws IOException {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path entry : stream) {
                    entries.add(entry);
                }
            } catch (IOException | DirectoryIteratorException e) {
                IOException cause = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
                if (dir.equals(root)) {
                    throw cause;
                }
                warn(relative.substring(0, relative.length() - 1), "folder cannot be listed (" + VaultFiles.reason(cause) + ")"
                        + (entries.isEmpty() ? ", skipped" : ", partly read"));
            }
            entries.sort(Comparator.naturalOrder());
            above.add(real);
            for (Path entry : entries) {
                entry(entry, relative, real, above);
            }
            above.remove(real);
        }

        private void entry(Path entry, String folder, Path folderReal, Set<Path> above) throws IOException {
            Path fileName = entry.getFileName();
            String name = fileName.toString();
            if (name.startsWith(".")) {
                return;
            }
            String relative = folder.concat(name);
            BasicFileAttributes attrs;
            Path real = null;
            try {
                attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attrs.isSymbolicLink()) {
                    try {
                        real = entry.toRealPath();
                    } catch (NoSuchFileException e) {
                        warn(relative, "broken symbolic link, skipped");
                        return;
                    }
                    if (!VaultFiles.inside(root, real)) {
                        warn(relative, VaultFiles.OUTSIDE);
                        return;
                    }
                    attrs = Files.readAttributes(real, BasicFileAttributes.class);
                }
            } catch (NoSuchFileException e) {
                return; // gone between listing and looking: not part of the vault any more
            } catch (IOException e) {
                warn(relative, "cannot be read (" + VaultFiles.reason(e) + ")");
                return;
            }
            if (attrs.isDirectory()) {
                if (isSkippedFolder(name)) {
                    return;
                }
                if (real == null) {
                    real = folderReal.resolve(fileName);
                }
                if (above.contains(real)) {
                    warn(relative, "symbolic link cycle, not followed");
                    return;
                }
                folder(entry, relative.concat("/"), real, above);
            } else if (attrs.isRegularFile()) {
                file(new NotePath(relative), name, attrs);
            }
        }

        private void file(NotePath path, String name, BasicFileAttributes attrs) {
            if (isNoteFile(name)) {
                if (stamps.putIfAbsent(path, new Stamp(attrs.size(), attrs.lastModifiedTime().toMillis())) != null) {
                    warnings.add(new Warning(path, 0, VaultFiles.UNDECODABLE_TWIN));
                    return;
                }
                notes.add(path);
            } else if (seenAttachments.add(path)) {
                attachments.add(path);
            } else {
                warnings.add(new Warning(path, 0, VaultFiles.UNDECODABLE_TWIN));
            }
        }

        private void warn(String relative, String why) {
            warnings.add(new Warning(new NotePath(relative), 0, why));
        }
    }

    static NotePath relative(Path root, Path file) {
        return new NotePath(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
    }
}
