package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.Workspace;
import org.kasten.note.NotePath;
import org.kasten.ui.TestVault;

/**
 * Clicking an attachment, in a note or a graph: images Kasten can show go to its viewer, other files to the
 * system's application, and nothing outside the vault opens.
 */
class AttachmentLinksTest {

    @TempDir Path dir;
    Path vault;
    MainViewModel main;
    final List<String> external = new ArrayList<>();
    final List<String> viewed = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        vault = TestVault.write(Files.createDirectories(dir.resolve("vault")));
        TestVault.file(vault, "img/pic.png", "png bytes");
        TestVault.file(vault, "docs/paper.pdf", "pdf bytes");
        TestVault.file(dir, "outside/secret.png", "not the vault's");
        Files.createSymbolicLink(vault.resolve("img/escape.png"), dir.resolve("outside/secret.png"));
        main = new MainViewModel(Workspace::open, Runnable::run, Runnable::run);
        main.openVault(vault, null, List.of());
        main.setExternalOpener(external::add);
        main.setImageViewer((path, file) -> viewed.add(path.value() + " = " + file));
    }

    @Test
    void anImageOpensInTheViewerAndAnyOtherFileInTheSystemsApplication() throws Exception {
        assertThat(main.followUrl("kasten://attachment/img/pic.png", false)).isTrue();
        assertThat(viewed).containsExactly("img/pic.png = " + vault.resolve("img/pic.png").toRealPath());
        assertThat(external).isEmpty();

        main.openAttachment(NotePath.of("docs/paper.pdf"));
        assertThat(external).containsExactly(vault.resolve("docs/paper.pdf").toRealPath().toUri().toString());
        assertThat(viewed).hasSize(1);
        assertThat(main.selectedTabProperty().get().getContent().title()).as("the page stays").isEqualTo("Home");
    }

    @Test
    void nothingOutsideTheVaultOrMissingOpensAndTheStatusSaysWhy() {
        main.followUrl("kasten://attachment/img/escape.png", false);
        main.followUrl("kasten://attachment/..%2Foutside%2Fsecret.png", false);
        main.openAttachment(NotePath.of("img/gone.png"));
        assertThat(viewed).isEmpty();
        assertThat(external).isEmpty();
        assertThat(main.progressTextProperty().get())
                .isEqualTo("Cannot open img/gone.png: it is not a file of this vault");
    }
}
