package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.VaultChange;

/** A symbolic link leaving the vault is neither searched nor embedded nor served, also when it appears later. */
class OutsideLinksTest {

    @TempDir
    Path vault;

    @TempDir
    Path outside;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(outside.resolve("passwd.md"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.writeString(outside.resolve("pic.png"), "not the vault's picture");
        Files.writeString(vault.resolve("a.md"), "# A\n\nBefore ![[b]] and ![[pic.png]] after.\n");
    }

    private void link(String name, Path target) {
        try {
            Files.createSymbolicLink(vault.resolve(name), target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.assumeTrue(false, "this file system has no symbolic links");
        }
    }

    @Test
    void aLinkedFileOutsideIsNotSearchedEmbeddedOrServed() throws Exception {
        link("b.md", outside.resolve("passwd.md"));
        link("pic.png", outside.resolve("pic.png"));
        try (Workspace workspace = Workspace.open(vault, Progress.NONE)) {
            workspace.awaitIndex();
            assertThat(workspace.graph().notes()).extracting(n -> n.path().value()).containsExactly("a.md");
            assertThat(workspace.graph().attachments()).isEmpty();
            assertThat(workspace.search("root", 5).hits()).isEmpty();
            String html = workspace.renderHtml(NotePath.of("a.md"));
            assertThat(html).contains("Before").doesNotContain("root:x").doesNotContain(outside.getFileName().toString());
            assertThat(workspace.warnings()).extracting(w -> w.path().value()).containsExactlyInAnyOrder("b.md", "pic.png");
        }
    }

    @Test
    void aLinkOutsideThatAppearsWhileWatchingIsNotRead() throws Exception {
        BlockingQueue<VaultChange> changes = new LinkedBlockingQueue<>();
        try (Workspace workspace = Workspace.open(vault, Progress.NONE)) {
            workspace.awaitIndex();
            workspace.watch(changes::add);

            link("b.md", outside.resolve("passwd.md"));
            Files.writeString(vault.resolve("c.md"), "# C\n\nA marker note.\n");
            VaultChange change;
            do {
                change = changes.poll(20, TimeUnit.SECONDS);
                assertThat(change).as("a change notice from the watcher").isNotNull();
            } while (!change.changed().contains(NotePath.of("c.md")));

            assertThat(workspace.graph().note(NotePath.of("b.md"))).isEmpty();
            assertThat(workspace.search("root", 5).hits()).isEmpty();
            assertThat(workspace.renderHtml(NotePath.of("a.md"))).doesNotContain("root:x");
        }
    }
}
