package org.kasten.ui.view;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.kasten.ui.viewmodel.StateStore;

/** Finds the vault to open when none is named: the last one used, else the bundled {@code notes/} folder. */
final class BundledNotes {

    private BundledNotes() {
    }

    /** The vault to open by default, or empty when there is none at all. */
    static Optional<Path> defaultVault(StateStore store) {
        for (Path recent : store.recentVaults()) {
            if (Files.isDirectory(recent)) {
                return Optional.of(recent);
            }
        }
        return bundled();
    }

    /** {@code notes/} in the working directory, else next to the folder holding the jar ({@code target/../notes}). */
    static Optional<Path> bundled() {
        Path here = Path.of("notes");
        if (Files.isDirectory(here)) {
            return Optional.of(here.toAbsolutePath().normalize());
        }
        try {
            Path jar = Path.of(BundledNotes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = jar.getParent();
            if (folder != null && folder.getParent() != null) {
                Path notes = folder.getParent().resolve("notes");
                if (Files.isDirectory(notes)) {
                    return Optional.of(notes.normalize());
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (unusual class loaders): no bundled notes
        }
        return Optional.empty();
    }
}
