package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.VaultChange;
import org.kasten.vault.VaultWatcher;

/** After an overflow the watcher asks for a rescan: every change on disk, reported or not, is picked up. */
class WorkspaceRescanTest {

    @TempDir
    Path vault;

    @Test
    void aRescanPicksUpChangesWhoseEventsWereLost() throws Exception {
        Files.writeString(vault.resolve("Alpha.md"), "# Alpha\n\nThe first note.\n");
        Files.writeString(vault.resolve("Beta.md"), "# Beta\n\nA note about walruses.\n");
        List<VaultChange> changes = new ArrayList<>();
        try (OpenWorkspace workspace = WorkspaceOpening.open(vault, Progress.NONE)) {
            workspace.awaitIndex();
            workspace.listen(changes::add);
            assertThat(workspace.search("walruses", 5).hits()).extracting(h -> h.path().value()).containsExactly("Beta.md");

            // changes made while events were being lost: no watcher reports them
            Files.createDirectories(vault.resolve("Animals"));
            Files.writeString(vault.resolve("Animals/Zebra.md"), "# Zebra\n\nStriped crossing animal.\n");
            Files.writeString(vault.resolve("Alpha.md"), "# Alpha\n\nSee [[Zebra]], the ungulate.\n");
            Files.delete(vault.resolve("Beta.md"));

            workspace.apply(new VaultWatcher.Batch(Set.of(), true));

            assertThat(changes).extracting(VaultChange::rescanned).containsExactly(true);
            assertThat(workspace.search("striped", 5).hits()).extracting(h -> h.path().value()).containsExactly("Animals/Zebra.md");
            assertThat(workspace.search("ungulate", 5).hits()).extracting(h -> h.path().value()).containsExactly("Alpha.md");
            assertThat(workspace.search("walruses", 5).hits()).isEmpty();
            assertThat(workspace.graph().note(NotePath.of("Beta.md"))).isEmpty();
            assertThat(workspace.graph().backlinks(NotePath.of("Animals/Zebra.md"))).extracting(l -> l.source().value())
                    .containsExactly("Alpha.md");
        }
    }
}
