package org.kasten.ui.view;

import java.nio.file.Path;

import org.kasten.ui.viewmodel.WorkspaceOpener;

/**
 * What {@link KastenApp} is asked to do: the vault (already resolved), the note to show, the screenshot
 * to write, how vaults are opened, the theme, and whether to show the global graph. JavaFX creates the Application itself, so this is handed over statically.
 */
record LaunchRequest(Path vault, String note, Path screenshot, WorkspaceOpener opener, DesktopTheme theme,
                     boolean graph) {

    private static volatile LaunchRequest current;

    static void set(LaunchRequest request) {
        current = request;
    }

    static LaunchRequest get() {
        return current;
    }
}
