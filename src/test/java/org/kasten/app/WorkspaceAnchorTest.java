package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.vault.VaultWatcher;

/** A note's anchor text (what other notes' links call it) follows edits of the linking notes. */
class WorkspaceAnchorTest {

    @TempDir
    Path vault;

    @Test
    void editingTheLinkTextOfANoteChangesWhatFindsItsTarget() throws Exception {
        Files.writeString(vault.resolve("Zettel.md"), "# Zettel\n\nIndex cards on paper.\n");
        Files.writeString(vault.resolve("Alpha.md"), "# Alpha\n\nSee [[Zettel|card catalogue]].\n");
        try (OpenWorkspace workspace = WorkspaceOpening.open(vault, Progress.NONE)) {
            workspace.awaitIndex();
            assertThat(workspace.search("catalogue", 5).hits()).extracting(h -> h.path().value())
                    .contains("Zettel.md");

            Files.writeString(vault.resolve("Alpha.md"), "# Alpha\n\nSee [[Zettel|memory extender]].\n");
            workspace.apply(new VaultWatcher.Batch(Set.of(NotePath.of("Alpha.md")), false));
            assertThat(workspace.search("extender", 5).hits()).extracting(h -> h.path().value())
                    .contains("Zettel.md");
            assertThat(workspace.search("catalogue", 5).hits()).isEmpty();

            Files.delete(vault.resolve("Alpha.md"));
            workspace.apply(new VaultWatcher.Batch(Set.of(NotePath.of("Alpha.md")), false));
            assertThat(workspace.search("extender", 5).hits()).isEmpty();
        }
    }

    @Test
    void aNewNoteThatTakesOverALinkTakesItsAnchorTextFromTheOldTarget() throws Exception {
        Files.createDirectories(vault.resolve("deep"));
        Files.writeString(vault.resolve("deep/Zettel.md"), "# Zettel\n\nThe older note of that name.\n");
        Files.writeString(vault.resolve("Alpha.md"), "# Alpha\n\nSee [[Zettel|card catalogue]].\n");
        try (OpenWorkspace workspace = WorkspaceOpening.open(vault, Progress.NONE)) {
            workspace.awaitIndex();
            assertThat(targetsFound(workspace))
                    .containsExactly("deep/Zettel.md");

            // a note of the same name beside Alpha now wins the link (same folder first)
            Files.writeString(vault.resolve("Zettel.md"), "# Zettel\n\nThe newer one.\n");
            workspace.apply(new VaultWatcher.Batch(Set.of(NotePath.of("Zettel.md")), false));
            assertThat(targetsFound(workspace))
                    .containsExactly("Zettel.md");

            // and when it goes, the link and its text return to the older note
            Files.delete(vault.resolve("Zettel.md"));
            workspace.apply(new VaultWatcher.Batch(Set.of(NotePath.of("Zettel.md")), false));
            assertThat(targetsFound(workspace))
                    .containsExactly("deep/Zettel.md");
        }
    }

    /** The notes found by the link's shown text, apart from the linking note (whose own text says it). */
    private static List<String> targetsFound(Workspace workspace) throws Exception {
        return workspace.search("catalogue", 5).hits().stream().map(h -> h.path().value())
                .filter(p -> !p.equals("Alpha.md")).toList();
    }
}
