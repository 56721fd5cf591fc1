package org.kasten.vault;

import java.io.IOException;
import java.nio.file.Path;

import org.kasten.note.Progress;

/** Reads a vault folder: scans it, decodes and parses every note in parallel. Never writes to the vault. */
public final class VaultLoader {

    /** Loads the vault at {@code root}; throws when the folder itself cannot be read. */
    public LoadedVault load(Path root, Progress progress) throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
