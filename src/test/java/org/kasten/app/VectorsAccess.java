package org.kasten.app;

import org.kasten.search.PassageIndex;

/**
 * What benchmarks outside this package need of a workspace's semantic vectors: the ready index (to search it in
 * semantic mode, as {@code kasten search --mode semantic} does) and waiting until the vector work queued so far is
 * done (a changed note's vectors are searchable then).
 */
public final class VectorsAccess {

    private VectorsAccess() {
    }

    /** The workspace's vectors once their first build went through, else null. */
    public static PassageIndex ready(Workspace ws) {
        WorkspaceVectors started = ((OpenWorkspace) ws).startedVectors();
        return started == null ? null : started.ready();
    }

    /** Waits until the vector work queued so far (a changed note's re-embedding) is done. */
    public static void awaitQueued(Workspace ws) throws InterruptedException {
        WorkspaceVectors started = ((OpenWorkspace) ws).startedVectors();
        if (started != null) {
            started.awaitQueued();
        }
    }
}
