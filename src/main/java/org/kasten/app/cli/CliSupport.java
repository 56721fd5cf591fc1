package org.kasten.app.cli;

import java.nio.file.Path;

import org.kasten.app.StartupTimer;
import org.kasten.app.VaultException;
import org.kasten.app.Workspace;
import org.kasten.note.Note;
import org.kasten.note.Progress;

/** What the sub-commands share: opening a vault and finding a note, with one-line messages on failure. */
final class CliSupport {

    private CliSupport() {
    }

    /** A path the shell completed ({@code ./A/Note.md}, or absolute inside the vault) as a vault-relative one. */
    static String vaultRelative(Workspace workspace, String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("./")) {
            n = n.substring(2);
        }
        try {
            Path path = Path.of(name);
            if (path.isAbsolute()) {
                Path real = path.toFile().exists() ? path.toRealPath() : path.normalize();
                if (real.startsWith(workspace.root())) {
                    return workspace.root().relativize(real).toString().replace('\\', '/');
                }
            }
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            return n;
        }
        return n;
    }

    /**
     * Loads the vault or throws a {@link VaultException} whose message is shown as is; {@code timer} records
     * the open sequence's milestones.
     */
    static Workspace open(Path vault, StartupTimer timer) throws VaultException {
        return Workspace.open(vault, timer.with(Progress.NONE));
    }

    /** The note named by a path, title or alias, or a {@link VaultException} saying it is not there. */
    static Note note(Workspace workspace, String name) throws VaultException {
        return workspace.graph().find(vaultRelative(workspace, name)).orElseThrow(() ->
                new VaultException("note not found in " + workspace.root() + ": " + name));
    }
}
