package org.kasten.ui.view;

import java.util.concurrent.CompletableFuture;

import org.kasten.note.Daemons;
import org.kasten.ui.viewmodel.SystemTheme;

/**
 * The theme to start in: the user's remembered choice, else the desktop's preference, asked once at launch on
 * a background thread (it runs small commands) so that it is usually known by the time the first page is
 * rendered and the window built.
 */
final class DesktopTheme {

    private final Boolean chosen;
    private final CompletableFuture<Boolean> system = new CompletableFuture<>();

    /** {@code chosenTheme} is the remembered "dark" or "light", or null: then the desktop is asked. */
    DesktopTheme(String chosenTheme) {
        this.chosen = chosenTheme == null ? null : chosenTheme.equals("dark");
        if (chosen == null) {
            Daemons.start("kasten-system-theme", () -> system.complete(SystemTheme.prefersDark()));
        } else {
            system.complete(chosen);
        }
    }

    /** True when the user chose the theme (it is remembered, and the desktop is not followed). */
    boolean chosen() {
        return chosen != null;
    }

    /** Dark to start in, without waiting: the choice, the desktop's answer if in, else the GTK_THEME guess. */
    boolean startDark() {
        return chosen != null ? chosen : system.getNow(ThemeSwitcher.systemPrefersDark());
    }

    /** The desktop's preference, waiting for its answer (call off the FX thread). */
    boolean systemDark() {
        return system.join();
    }
}
