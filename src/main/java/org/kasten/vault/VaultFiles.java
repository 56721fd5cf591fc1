package org.kasten.vault;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.kasten.note.NotePath;

/**
 * Between note paths and the files on disk: which file a {@link NotePath} names (also when its name is not
 * valid UTF-8, so the path holds U+FFFD in its place), and the one rule for symbolic links: a link is followed
 * only when its target lies inside the vault; a link leaving the vault is not followed and gives one warning.
 */
public final class VaultFiles {

    /** The warning for a symbolic link (to a note, a folder or an attachment) whose target is outside the vault. */
    public static final String OUTSIDE = "symbolic link leading outside the vault, not followed";

    /** Also the warning for a file name that only differs from another by bytes that are not UTF-8. */
    static final String UNDECODABLE_TWIN = "name is not valid UTF-8 and reads the same as another file's name, skipped";

    private static final char REPLACEMENT = '\uFFFD';

    private VaultFiles() {
    }

    /** True when {@code real} (a real path) lies inside the vault folder {@code realRoot} (a real path). */
    public static boolean inside(Path realRoot, Path real) {
        return real.startsWith(realRoot);
    }

    /**
     * The file of {@code path} under {@code root}. A name whose bytes are not UTF-8 reaches Kasten with U+FFFD
     * in their place; such a part is looked up among its folder's entries (the first in byte order, as the
     * scanner keeps it). The file may not exist.
     */
    public static Path file(Path root, NotePath path) {
        Path direct = root.resolve(path.value());
        if (path.value().indexOf(REPLACEMENT) < 0 || Files.exists(direct, LinkOption.NOFOLLOW_LINKS)) {
            return direct;
        }
        Path at = root;
        for (String part : path.value().split("/", -1)) {
            Path next = at.resolve(part);
            if (part.indexOf(REPLACEMENT) >= 0 && !Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                next = entryNamed(at, part, next);
            }
            at = next;
        }
        return at;
    }

    private static Path entryNamed(Path folder, String name, Path otherwise) {
        Path found = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().equals(name) && (found == null || entry.compareTo(found) < 0)) {
                    found = entry;
                }
            }
        } catch (IOException | RuntimeException e) {
            return otherwise;
        }
        return found == null ? otherwise : found;
    }

    /** A short reason for a failed file operation, without the path (the warning names the file already). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getClass().getSimpleName();
    }
}
