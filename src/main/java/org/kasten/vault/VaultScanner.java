package org.kasten.vault;

import java.io.IOException;
import java.nio.file.Path;
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

    /**
     * What a scan found; {@code stamps} holds each note's size and modification time. {@code notesDigest} is a
     * digest of every note's path, size and modification time ({@link NotesDigest}): equal for two scans only when
     * they found the same note files with the same stamps. What a stored answer about the notes is kept under
     * ({@code kasten check}'s answers, the index's memo of its files).
     */
    public record Scan(List<NotePath> notes, List<NotePath> attachments, List<Warning> warnings,
                       Map<NotePath, Stamp> stamps, String notesDigest) {
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

    /**
     * Scans {@code root} (an existing folder); throws only when that folder itself cannot be listed. The folders
     * are listed on a few threads ({@link FolderWalk}); the answer is that of one walk in byte order.
     */
    public Scan scan(Path root) throws IOException {
        return FolderWalk.walk(root.toRealPath());
    }

    static NotePath relative(Path root, Path file) {
        return new NotePath(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
    }
}
