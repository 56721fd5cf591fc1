package org.kasten.ui.viewmodel;

import java.util.List;

import org.kasten.note.Warning;

/** An opened vault with what the window derives from it once per load: trees, problems and counts. */
record VaultSnapshot(WorkspaceService workspace, FolderNode files, TagNode tags, List<Warning> warnings,
                     String counts) {

    /** Derives everything from {@code ws}; runs on a worker thread. */
    static VaultSnapshot of(WorkspaceService ws) {
        return new VaultSnapshot(ws, FolderNode.tree(ws.root().getFileName().toString(), ws.notes()),
                TagNode.tree(ws.notes()), ws.warnings(),
                ws.notes().size() + " notes \u00b7 " + ws.linkCount() + " links");
    }
}
