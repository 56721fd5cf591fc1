package org.kasten.app.cli;

import java.nio.file.Path;

import org.kasten.app.VaultException;
import org.kasten.app.Workspace;
import org.kasten.note.Note;
import org.kasten.note.Progress;

/** What the sub-commands share: opening a vault and finding a note, with one-line messages on failure. */
final class CliSupport {

    private CliSupport() {
    }

    /** Loads the vault or throws a {@link VaultException} whose message is shown as is. */
    static Workspace open(Path vault) throws VaultException {
        return Workspace.open(vault, Progress.NONE);
    }

    /** The note named by a path, title or alias, or a {@link VaultException} saying it is not there. */
    static Note note(Workspace workspace, String name) throws VaultException {
        return workspace.find(name).orElseThrow(() ->
                new VaultException("note not found in " + workspace.root() + ": " + name));
    }
}
