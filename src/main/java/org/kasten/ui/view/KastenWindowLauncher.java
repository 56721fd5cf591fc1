package org.kasten.ui.view;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import javafx.application.Application;

import org.kasten.app.WindowLauncher;
import org.kasten.ui.viewmodel.PreloadingOpener;
import org.kasten.ui.viewmodel.StateStore;
import org.kasten.ui.viewmodel.SystemTheme;
import org.kasten.ui.viewmodel.WorkspaceAdapter;
import org.kasten.ui.viewmodel.WorkspaceOpener;

/** Opens the JavaFX window for the command line (found through {@link java.util.ServiceLoader}). */
public final class KastenWindowLauncher implements WindowLauncher {

    /**
     * JavaFX warns on every start that it was loaded from the class path, which is how Kasten's jar runs it by
     * design; the logger is kept in a field so the setting is not lost with a collected logger.
     */
    private static final java.util.logging.Logger FX_STARTUP =
            java.util.logging.Logger.getLogger("javafx");

    /**
     * The theme to start in: the user's remembered choice, else the desktop's preference, asked now on a
     * background thread (it runs small commands) so that it is usually known when the window is built; until
     * then the quick guess from GTK_THEME.
     */
    private static BooleanSupplier startDark(String chosenTheme) {
        if (chosenTheme != null) {
            boolean dark = chosenTheme.equals("dark");
            return () -> dark;
        }
        CompletableFuture<Boolean> system = new CompletableFuture<>();
        Thread ask = new Thread(() -> system.complete(SystemTheme.prefersDark()), "kasten-theme");
        ask.setDaemon(true);
        ask.start();
        return () -> system.getNow(ThemeSwitcher.systemPrefersDark());
    }

    @Override
    public int open(Path vault, String note, Path screenshot) {
        Path chosen = vault != null ? vault : BundledNotes.defaultVault(StateStore.forUser()).orElse(null);
        WorkspaceOpener opener = WorkspaceAdapter.opener();
        StateStore store = StateStore.forUser();
        BooleanSupplier startDark = startDark(store.global().get("theme", null));
        if (chosen != null) { // load the vault and render its first note while JavaFX starts
            opener = PreloadingOpener.start(opener, WorkspaceAdapter::openProgressively, chosen, startDark,
                    PreloadingOpener.firstNote(note, WindowStateKeeper.savedTabs(store.vault(chosen.toAbsolutePath().normalize()))));
        }
        LaunchRequest.set(new LaunchRequest(chosen, note, screenshot, opener, startDark));
        try {
            FX_STARTUP.setLevel(java.util.logging.Level.SEVERE);
            Application.launch(KastenApp.class);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.err.println("kasten: the window cannot be opened (" + e.getMessage()
                    + "); is a display available? Try 'kasten check " + (chosen == null ? "VAULT" : chosen) + "'");
            return 1;
        }
        return KastenApp.EXIT_CODE.get();
    }
}
