package org.kasten.ui.viewmodel;

import java.nio.file.Path;

import org.kasten.app.VaultException;
import org.kasten.app.Workspace;
import org.kasten.note.Progress;

/** Opens a vault folder as a {@link Workspace}; the real one loads through {@code app.Workspace}. */
@FunctionalInterface
public interface WorkspaceOpener {

    /** Loads the vault, reporting progress from the loading thread; a vault that cannot be read throws. */
    Workspace open(Path folder, Progress progress) throws VaultException;
}
