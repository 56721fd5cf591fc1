package org.kasten.ui.view;

import java.nio.file.Path;

import org.kasten.app.StartupTimer;
import org.kasten.app.WindowLauncher;
import org.kasten.app.Workspace;
import org.kasten.ui.viewmodel.PreloadingOpener;
import org.kasten.ui.viewmodel.StateStore;
import org.kasten.ui.viewmodel.WorkspaceOpener;

/** Opens the JavaFX window for the command line (found through {@link java.util.ServiceLoader}). */
public final class KastenWindowLauncher implements WindowLauncher {

    /**
     * JavaFX warns on every start that it was loaded from the class path, which is how Kasten's jar runs it by
     * design; the logger is kept in a field so the setting is not lost with a collected logger.
     */
    private static final java.util.logging.Logger FX_STARTUP =
            java.util.logging.Logger.getLogger("javafx");

    @Override
    public void prepare() {
        FX_STARTUP.setLevel(java.util.logging.Level.SEVERE);
        FxToolkit.startAhead();
    }

    @Override
    public int open(Path vault, String note, Path screenshot, boolean graph, StartupTimer timer) {
        Path chosen = vault != null ? vault : BundledNotes.defaultVault(StateStore.forUser()).orElse(null);
        WorkspaceOpener opener = (folder, progress) -> Workspace.open(folder, timer.with(progress));
        StateStore store = StateStore.forUser();
        DesktopTheme theme = new DesktopTheme(store.global().get("theme", null));
        if (chosen != null) { // load the vault and render its first note while JavaFX starts
            opener = PreloadingOpener.start(opener, Workspace::openProgressively, chosen, theme::startDark,
                    PreloadingOpener.firstNote(note, WindowStateKeeper.savedTabs(store.vault(chosen.toAbsolutePath().normalize()))),
                    timer);
        }
        LaunchRequest request = new LaunchRequest(chosen, note, screenshot, opener, theme, graph, timer);
        try {
            FX_STARTUP.setLevel(java.util.logging.Level.SEVERE);
            return KastenApp.run(request);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.err.println("kasten: the window cannot be opened (" + e.getMessage()
                    + "); is a display available? Try 'kasten check " + (chosen == null ? "VAULT" : chosen) + "'");
            return 1;
        }
    }
}
