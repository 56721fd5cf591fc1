package org.kasten.ui.view;

import java.nio.file.Path;

import org.kasten.app.StartupTimer;
import org.kasten.ui.viewmodel.WorkspaceOpener;

/**
 * What {@link KastenApp} is asked to do: the vault (already resolved), the note to show, the screenshot
 * to write, how vaults are opened, the theme, whether to show the global graph, and the timer of the start-up
 * milestones. {@link KastenWindowLauncher} makes it, {@link KastenApp#run} is given it.
 */
record LaunchRequest(Path vault, String note, Path screenshot, WorkspaceOpener opener, DesktopTheme theme,
                     boolean graph, StartupTimer timer) {
}
