package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.Warning;

/** Loading real folders with bad files in them: each bad file is one warning, the rest loads. */
class VaultLoaderTest {

    @TempDir
    Path vault;

    private void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = vault.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private LoadedVault load() throws IOException {
        return new VaultLoader().load(vault, Progress.NONE);
    }

    private static Map<String, String> warningsByPath(LoadedVault loaded) {
        return loaded.warnings().stream().collect(Collectors.toMap(w -> w.path().value(), Warning::message, (a, b) -> a + "; " + b));
    }

    @Test
    void readsNotesAndAttachmentsSkippingDotFoldersAndNodeModules() throws IOException {
        write("Home.md", "# Home\n[[Sub/Child]]\n");
        write("Sub/Child.markdown", "child");
        write("Sub/plain.txt", "Plain title\ntext");
        write("img/pic.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        write(".obsidian/workspace.md", "not a note");
        write(".trash/old.md", "deleted");
        write("node_modules/pkg/README.md", "dependency");
        write(".hidden.md", "hidden");

        LoadedVault loaded = load();

        assertThat(loaded.notes()).extracting(n -> n.path().value())
                .containsExactly("Home.md", "Sub/Child.markdown", "Sub/plain.txt");
        assertThat(loaded.attachments()).containsExactly(NotePath.of("img/pic.png"));
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void badFilesWarnAndTheRestLoads() throws IOException {
        write("good.md", "# Good\n");
        write("binary.md", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1});
        write("latin1.md", "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        write("yaml.md", "---\nkey: [broken\n---\n# Still here\n");
        write("huge.md", new byte[0]);
        try (var channel = java.nio.channels.FileChannel.open(vault.resolve("huge.md"),
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), VaultLoader.MAX_NOTE_BYTES + 10);
        }

        LoadedVault loaded = load();

        assertThat(loaded.notes()).extracting(n -> n.path().value()).containsExactly("good.md", "latin1.md", "yaml.md");
        Map<String, String> warnings = warningsByPath(loaded);
        assertThat(warnings.get("binary.md")).contains("binary");
        assertThat(warnings.get("huge.md")).contains("too large");
        assertThat(warnings.get("latin1.md")).contains("windows-1252");
        assertThat(warnings.get("yaml.md")).contains("malformed YAML");
        Note latin = loaded.notes().get(1);
        assertThat(latin.body()).isEqualTo("café crème");
        assertThat(loaded.notes().get(2).title()).isEqualTo("Still here");
    }

    @Test
    void symbolicLinkCycleDoesNotLoop() throws IOException {
        write("a/note.md", "# A");
        try {
            Files.createSymbolicLink(vault.resolve("a/loop"), vault.resolve("a"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "this file system has no symbolic links");
        }
        LoadedVault loaded = load();
        assertThat(loaded.notes()).extracting(n -> n.path().value()).containsExactly("a/note.md");
        assertThat(warningsByPath(loaded).get("a/loop")).contains("cycle");
    }

    @Test
    void brokenSymbolicLinkWarns() throws IOException {
        write("ok.md", "# OK");
        try {
            Files.createSymbolicLink(vault.resolve("gone.md"), vault.resolve("nowhere.md"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "this file system has no symbolic links");
        }
        LoadedVault loaded = load();
        assertThat(loaded.notes()).extracting(n -> n.path().value()).containsExactly("ok.md");
        assertThat(warningsByPath(loaded).get("gone.md")).contains("broken symbolic link");
    }

    @Test
    void missingVaultThrows() {
        assertThatThrownBy(() -> new VaultLoader().load(vault.resolve("nope"), Progress.NONE))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void loadOneReportsAVanishedFile() {
        VaultLoader.FileResult result = new VaultLoader().loadOne(vault, NotePath.of("gone.md"));
        assertThat(result.note()).isNull();
        assertThat(result.skipped().message()).contains("vanished");
    }

    @Test
    void keepsFileFactsForIncrementalWork() throws IOException {
        write("n.md", "abc");
        Note note = load().notes().get(0);
        assertThat(note.size()).isEqualTo(3);
        assertThat(note.modified()).isEqualTo(Files.getLastModifiedTime(vault.resolve("n.md")).toMillis());
        assertThat(note.hash()).hasSize(24);
        write("n.md", "abd");
        assertThat(new VaultLoader().loadOne(vault, NotePath.of("n.md")).note().hash()).isNotEqualTo(note.hash());
        write("n.md", "abc");
        assertThat(new VaultLoader().loadOne(vault, NotePath.of("n.md")).note().hash()).isEqualTo(note.hash());
    }

    @Test
    void neverWritesIntoTheVault() throws IOException {
        write("n.md", "# N\n[[Other]]");
        List<String> before = listing();
        load();
        assertThat(listing()).isEqualTo(before);
    }

    private List<String> listing() throws IOException {
        try (var files = Files.walk(vault)) {
            return files.map(p -> p + ":" + p.toFile().lastModified() + ":" + p.toFile().length()).sorted().toList();
        }
    }
}
