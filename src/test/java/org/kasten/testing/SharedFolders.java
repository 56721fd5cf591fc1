package org.kasten.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (seeds, corpora, xss payloads); tests that need it are skipped where it is absent. */
public final class SharedFolders {

    private SharedFolders() {
    }

    /** The shared folder: system property {@code kasten.shared}, else ../shared. */
    public static Path root() {
        return Path.of(System.getProperty("kasten.shared", "../shared"));
    }

    /** A sub-folder of ../shared, or the test is skipped (with a message saying why). */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        assumeTrue(Files.isDirectory(path) || Files.isRegularFile(path),
                "skipped: " + path.toAbsolutePath() + " is absent (the shared corpora live beside the project in CI)");
        return path;
    }
}
