package org.kasten.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.kasten.search.IndexLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks on a vault folder before it is opened, and where its derived data lives (outside the vault). */
final class VaultFolders {

    /** Asked for only when there is something to say: setting up logging costs a short command much of its time. */
    private static Logger log() {
        return LoggerFactory.getLogger(VaultFolders.class);
    }

    private VaultFolders() {
    }

    /** The vault folder, absolute; a one-line message when it is missing, no folder, or unreadable. */
    static Path readable(Path folder) throws VaultException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            throw new VaultException("vault not found: " + folder);
        }
        if (!Files.isDirectory(root)) {
            throw new VaultException("not a folder: " + folder);
        }
        if (!Files.isReadable(root)) {
            throw new VaultException("vault cannot be read (permission denied): " + folder);
        }
        return root;
    }

    /** Reading work on a vault folder. */
    interface Reading<T> {
        T read() throws IOException;
    }

    /** Runs {@code reading} on the vault {@code folder}; a failure is a one-line message naming the folder. */
    static <T> T read(Path folder, Reading<T> reading) throws VaultException {
        try {
            return reading.read();
        } catch (NoSuchFileException e) {
            throw new VaultException("vault not found: " + folder, e);
        } catch (IOException e) {
            throw new VaultException("vault cannot be read: " + folder + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The parse cache of a vault: beside its search index, outside the vault (DESIGN.md); null (no parse cache)
     * when the cache folder cannot be written, which is said once.
     */
    static Path parseCache(Path root) {
        if (!IndexLocation.writable(message -> log().warn(message))) {
            return null;
        }
        Path index = IndexLocation.forVault(root);
        return index.resolveSibling(index.getFileName() + ".notes");
    }
}
