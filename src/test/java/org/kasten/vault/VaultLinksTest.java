package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.Warning;

/**
 * Symbolic links that leave the vault are not followed (one warning each), whether they name a note, a
 * folder or an attachment; links that stay inside the vault keep working.
 */
class VaultLinksTest {

    @TempDir
    Path vault;

    @TempDir
    Path outside;

    @BeforeEach
    void outsideFiles() throws IOException {
        Files.writeString(outside.resolve("secret.md"), "# Secret\n\nroot:x:0:0 outside words\n");
        Files.writeString(outside.resolve("pic.png"), "not the vault's picture");
        Files.createDirectories(outside.resolve("folder"));
        Files.writeString(outside.resolve("folder/far.md"), "# Far\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = vault.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void link(Path link, Path target) throws IOException {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "this file system has no symbolic links");
        }
    }

    private LoadedVault load() throws IOException {
        return new VaultLoader().load(vault, Progress.NONE);
    }

    private static Map<String, String> warningsByPath(LoadedVault loaded) {
        return loaded.warnings().stream().collect(Collectors.toMap(w -> w.path().value(), Warning::message, (a, b) -> a + "; " + b));
    }

    @Test
    void linksLeavingTheVaultAreNotFollowedOneWarningEach() throws IOException {
        write("a.md", "# A\n\n![[b]] ![[pic.png]]\n");
        link(vault.resolve("b.md"), outside.resolve("secret.md"));
        link(vault.resolve("pic.png"), outside.resolve("pic.png"));
        link(vault.resolve("far"), outside.resolve("folder"));
        link(vault.resolve("sub/up.md"), Path.of("../../" + outside.getFileName() + "/secret.md"));
        link(vault.resolve("root"), Path.of("/"));

        LoadedVault loaded = load();

        assertThat(loaded.notes()).extracting(n -> n.path().value()).containsExactly("a.md");
        assertThat(loaded.attachments()).isEmpty();
        Map<String, String> warnings = warningsByPath(loaded);
        assertThat(warnings).containsOnlyKeys("b.md", "pic.png", "far", "sub/up.md", "root");
        assertThat(warnings.values()).allSatisfy(m -> assertThat(m).contains("outside the vault").doesNotContain(";"));
    }

    @Test
    void linksStayingInsideTheVaultKeepWorking() throws IOException {
        write("real/note.md", "# Note\n");
        write("real/pic.png", "png");
        link(vault.resolve("alias.md"), vault.resolve("real/note.md"));
        link(vault.resolve("relative.md"), Path.of("real/note.md"));
        link(vault.resolve("picture.png"), vault.resolve("real/pic.png"));
        link(vault.resolve("shortcut"), vault.resolve("real"));

        LoadedVault loaded = load();

        assertThat(loaded.notes()).extracting(n -> n.path().value())
                .containsExactly("alias.md", "real/note.md", "relative.md", "shortcut/note.md");
        assertThat(loaded.attachments()).extracting(NotePath::value)
                .containsExactly("picture.png", "real/pic.png", "shortcut/pic.png");
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void aVaultOpenedThroughALinkKeepsItsInsideLinks() throws IOException {
        write("real/note.md", "# Note\n");
        link(vault.resolve("alias.md"), vault.resolve("real/note.md"));
        Path entry = outside.resolve("entry");
        link(entry, vault);

        LoadedVault loaded = new VaultLoader().load(entry, Progress.NONE);

        assertThat(loaded.notes()).extracting(n -> n.path().value()).containsExactly("alias.md", "real/note.md");
    }

    @Test
    void readingOneFileRefusesALinkLeavingTheVault() throws IOException {
        link(vault.resolve("b.md"), outside.resolve("secret.md"));
        link(vault.resolve("far"), outside.resolve("folder"));

        VaultLoader loader = new VaultLoader();
        for (String path : new String[] {"b.md", "far/far.md"}) {
            VaultLoader.FileResult result = loader.loadOne(vault.toRealPath(), NotePath.of(path));
            assertThat(result.note()).as(path).isNull();
            assertThat(result.skipped().message()).as(path).contains("outside the vault");
        }
    }
}
