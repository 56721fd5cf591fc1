package org.kasten.ui.view;

import java.nio.file.Path;

import javafx.application.Application;

import org.kasten.app.WindowLauncher;
import org.kasten.ui.viewmodel.StateStore;
import org.kasten.ui.viewmodel.WorkspaceAdapter;

/** Opens the JavaFX window for the command line (found through {@link java.util.ServiceLoader}). */
public final class KastenWindowLauncher implements WindowLauncher {

    @Override
    public int open(Path vault, String note, Path screenshot) {
        Path chosen = vault != null ? vault : BundledNotes.defaultVault(StateStore.forUser()).orElse(null);
        LaunchRequest.set(new LaunchRequest(chosen, note, screenshot, WorkspaceAdapter.opener()));
        try {
            Application.launch(KastenApp.class);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.err.println("kasten: the window cannot be opened (" + e.getMessage()
                    + "); is a display available? Try 'kasten check " + (chosen == null ? "VAULT" : chosen) + "'");
            return 1;
        }
        return KastenApp.EXIT_CODE.get();
    }
}
