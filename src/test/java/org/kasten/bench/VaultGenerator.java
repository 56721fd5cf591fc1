package org.kasten.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.kasten.testing.SharedFolders;

/**
 * Makes larger realistic vaults for benchmarks by copying the shared corpora (and the bundled notes) into
 * N renamed folders ({@code copy-001/obsidian-help-en/...}) under target/bench-vaults. Never touches ../shared.
 */
public final class VaultGenerator {

    private VaultGenerator() {
    }

    /** A vault with at least {@code notes} notes, generated once and reused while it exists. */
    public static Path vaultWith(int notes) throws IOException {
        Path target = Path.of("target", "bench-vaults", "vault-" + notes);
        Path done = target.resolve(".generated");
        if (Files.exists(done)) {
            return target;
        }
        List<Path> sources = new ArrayList<>();
        sources.add(SharedFolders.require("corpora/obsidian-help-en"));
        sources.add(SharedFolders.require("corpora/foam-docs"));
        if (Files.isDirectory(Path.of("notes"))) {
            sources.add(Path.of("notes"));
        }
        int written = 0;
        for (int copy = 1; written < notes; copy++) {
            for (Path source : sources) {
                Path into = target.resolve(String.format("copy-%03d", copy)).resolve(source.getFileName());
                written += copyTree(source, into);
                if (written >= notes) {
                    break;
                }
            }
        }
        Files.writeString(done, written + " notes\n");
        return target;
    }

    private static int copyTree(Path from, Path to) throws IOException {
        int[] notes = {0};
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                Path dest = to.resolve(from.relativize(file).toString());
                try {
                    Files.createDirectories(dest.getParent());
                    Files.copy(file, dest);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                String name = file.getFileName().toString();
                if (name.endsWith(".md") || name.endsWith(".txt") || name.endsWith(".markdown")) {
                    notes[0]++;
                }
            });
        }
        return notes[0];
    }

    /** Total bytes of the note files in a folder. */
    public static long noteBytes(Path vault) throws IOException {
        try (Stream<Path> files = Files.walk(vault)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
