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

    @Test
    void anEditedNoteIsShownBeforeItsLinksAreResolvedAgainAndSearchesWaitMeanwhile() throws Exception {
        Files.writeString(vault.resolve("Alpha.md"), "# Alpha\n\nOld words here.\n");
        Files.writeString(vault.resolve("Beta.md"), "# Beta\n\nThe second.\n");
        BlockingQueue<VaultChange> changes = new LinkedBlockingQueue<>();
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Integer>> searchMeanwhile =
                new java.util.concurrent.atomic.AtomicReference<>();
        try (Workspace workspace = Workspace.open(vault, Progress.NONE)) {
            workspace.awaitIndex();
            NotePath alpha = NotePath.of("Alpha.md");
            NotePath beta = NotePath.of("Beta.md");
            workspace.watch(changes::add, read -> { // on the watcher's thread: the linking waits for this
                seen.add(read.changed() + " " + workspace.graph().note(alpha).orElseThrow().title()
                        + " | " + workspace.renderHtml(alpha).contains("New words")
                        + " | backlinks of Beta: " + workspace.graph().backlinks(beta).size());
                // a search asked now waits for the batch: answered from the index as it was, it would not find "fresh"
                searchMeanwhile.set(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return workspace.search("fresh", 5).hits().size();
                    } catch (VaultException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            });

            Files.writeString(vault.resolve("Alpha.md"), "# Alpha again\n\nNew words, fresh, see [[Beta]].\n");
            assertThat(next(changes).changed()).containsExactly(alpha);
            assertThat(seen).containsExactly("[Alpha.md] Alpha again | true | backlinks of Beta: 0");
            assertThat(searchMeanwhile.get().get(30, java.util.concurrent.TimeUnit.SECONDS))
                    .as("a search asked while the note was being linked answers from the index with the edit").isEqualTo(1);
            assertThat(workspace.graph().backlinks(beta)).extracting(l -> l.source().value()).containsExactly("Alpha.md");
            assertThat(workspace.search("fresh", 5).hits()).extracting(h -> h.path().value()).containsExactly("Alpha.md");
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
