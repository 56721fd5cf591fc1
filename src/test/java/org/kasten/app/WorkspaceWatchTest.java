package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.VaultChange;

/** Changes on disk reach the graph and the search index through the folder watcher. */
class WorkspaceWatchTest {

    @TempDir
    Path vault;

    private static VaultChange next(BlockingQueue<VaultChange> changes) throws InterruptedException {
        VaultChange change = changes.poll(20, TimeUnit.SECONDS);
        assertThat(change).as("a change notice from the watcher").isNotNull();
        return change;
    }

    @Test
    void createdModifiedAndDeletedNotesAreFollowed() throws Exception {
        Files.writeString(vault.resolve("Alpha.md"), "# Alpha\n\nThe first note.\n");
        BlockingQueue<VaultChange> changes = new LinkedBlockingQueue<>();
        try (Workspace workspace = Workspace.open(vault, Progress.NONE)) {
            workspace.awaitIndex();
            workspace.watch(changes::add);

            Files.createDirectories(vault.resolve("Animals"));
            Files.writeString(vault.resolve("Animals/Zebra.md"), "# Zebra\n\nStriped crossing animal.\n");
            VaultChange created = next(changes);
            assertThat(created.changed()).containsExactly(NotePath.of("Animals/Zebra.md"));
            assertThat(workspace.search("striped", 5).hits()).extracting(h -> h.path().value()).containsExactly("Animals/Zebra.md");

            Files.writeString(vault.resolve("Alpha.md"), "# Alpha\n\nSee [[Zebra]].\n");
            assertThat(next(changes).changed()).containsExactly(NotePath.of("Alpha.md"));
            assertThat(workspace.graph().backlinks(NotePath.of("Animals/Zebra.md"))).extracting(l -> l.source().value())
                    .containsExactly("Alpha.md");

            Files.delete(vault.resolve("Animals/Zebra.md"));
            assertThat(next(changes).removed()).containsExactly(NotePath.of("Animals/Zebra.md"));
            assertThat(workspace.search("striped", 5).hits()).isEmpty();
            assertThat(workspace.graph().note(NotePath.of("Animals/Zebra.md"))).isEmpty();
        }
    }

    @Test
    void aRenderedPageIsRenderedAgainAfterTheNoteChangesOnDisk() throws Exception {
        Files.writeString(vault.resolve("Alpha.md"), "# Alpha\n\nOld words here.\n");
        BlockingQueue<VaultChange> changes = new LinkedBlockingQueue<>();
        try (Workspace workspace = Workspace.open(vault, Progress.NONE)) {
            NotePath alpha = NotePath.of("Alpha.md");
            assertThat(workspace.renderHtml(alpha)).contains("Old words here.");
            workspace.watch(changes::add);

            Files.writeString(vault.resolve("Alpha.md"), "# Alpha\n\nNew words there.\n");
            next(changes);
            assertThat(workspace.renderHtml(alpha)).contains("New words there.").doesNotContain("Old words here.");
        }
    }

    /** A window may ask to watch a vault it has already closed (a quick switch to another vault): nothing starts. */
    @Test
    void aWatchAskedForAfterTheWorkspaceClosedStartsNoWatcher() throws Exception {
        Files.writeString(vault.resolve("Alpha.md"), "# Alpha\n");
        Workspace workspace = Workspace.open(vault, Progress.NONE);
        workspace.close();
        workspace.watch(change -> { });
        assertThat(watcherThreads(vault.toRealPath())).as("watcher threads of this vault started after close").isZero();
    }

    /** This vault's watcher threads (other tests' windows may start watchers of their own vaults meanwhile). */
    private static long watcherThreads(Path root) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("kasten-watcher") && t.getName().endsWith(" " + root))
                .count();
    }
}
