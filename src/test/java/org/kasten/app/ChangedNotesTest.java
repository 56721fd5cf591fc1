package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.graph.ConceptGraph;

import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;

/** A batch of changed files re-indexes the changed notes and only the notes whose graph values changed. */
class ChangedNotesTest {

    @Test
    void anEditThatLeavesTheLinksAloneReindexesTheEditedNoteAlone(@TempDir Path vault) throws IOException {
        ConceptGraph before = vault(vault);
        write(vault, "A.md", "# A\n\nSee [[B]] and [[C|the sea]], now with more words.\n");

        ChangedNotes result = ChangedNotes.read(vault, before, List.of(NotePath.of("A.md")));

        // B and C are linked from A as before: same anchor text, same linking notes
        assertThat(result.reindex()).extracting(n -> n.path().value()).containsExactly("A.md");
    }

    @Test
    void aChangedLinkReindexesTheNotesWhoseAnchorTextChanged(@TempDir Path vault) throws IOException {
        ConceptGraph before = vault(vault);
        write(vault, "A.md", "# A\n\nSee [[B]] and [[C|the ocean]].\n");

        ChangedNotes result = ChangedNotes.read(vault, before, List.of(NotePath.of("A.md")));

        assertThat(result.reindex()).extracting(n -> n.path().value()).containsExactlyInAnyOrder("A.md", "C.md");
        assertThat(result.graph().backlinks(NotePath.of("C.md"))).hasSize(1);
    }

    private static ConceptGraph vault(Path vault) throws IOException {
        write(vault, "A.md", "# A\n\nSee [[B]] and [[C|the sea]].\n");
        write(vault, "B.md", "# B\n\nNothing.\n");
        write(vault, "C.md", "# C\n\nSee [[B]].\n");
        LoadedVault loaded = new VaultLoader().load(vault, Progress.NONE);
        return ConceptGraph.build(loaded.notes(), loaded.attachments());
    }

    private static void write(Path vault, String name, String text) throws IOException {
        Path file = vault.resolve(name);
        boolean existed = Files.exists(file);
        Files.writeString(file, text);
        if (existed) { // a new modification time even on a coarse clock
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        }
    }
}
