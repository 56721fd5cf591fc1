package org.kasten.ui.viewmodel;

import java.util.List;

import org.kasten.app.Workspace;
import org.kasten.note.Warning;

/** An opened vault with what the window derives from it once per load: trees, problems and counts. */
record VaultSnapshot(Workspace workspace, FolderNode files, TagNode tags, List<Warning> warnings,
                     String counts) {

    /** Derives everything from {@code ws}; runs on a worker thread. */
    static VaultSnapshot of(Workspace ws) {
        return new VaultSnapshot(ws, FolderNode.tree(ws.root().getFileName().toString(), ws.graph().notes()),
                TagNode.tree(ws.graph().notes()), ws.warnings(),
                ws.graph().notes().size() + " notes \u00b7 " + ws.graph().linkCount() + " links");
    }
}
