package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;

/** File names a POSIX file system allows but that are awkward for Kasten still load; a folder that cannot be listed is one warning. */
class VaultOddNamesTest {

    @TempDir
    Path vault;

    /** Runs a shell line in the vault (Java cannot name a file with bytes that are not UTF-8). */
    private void shell(String line) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        Process p = new ProcessBuilder("/bin/sh", "-c", line).directory(vault.toFile()).inheritIO().start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeTrue(p.exitValue() == 0, "this file system refuses the name");
    }

    @Test
    void aBackslashInANameIsPartOfTheName() throws Exception {
        Assumptions.assumeTrue(Path.of("a\\b").getNameCount() == 1, "a backslash is a separator here");
        Files.writeString(vault.resolve("back\\slash.md"), "# Back slash\n\nbody words\n");
        Files.createDirectories(vault.resolve("x\\y"));
        Files.writeString(vault.resolve("x\\y/inner.md"), "# Inner\n");

        LoadedVault loaded = new VaultLoader().load(vault, Progress.NONE);

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.notes()).extracting(Note::title).containsExactly("Back slash", "Inner");
        assertThat(loaded.notes().get(0).path()).isEqualTo(NotePath.of("back\\slash.md"));
    }

    @Test
    void aNameThatIsNotUtf8IsLoaded() throws Exception {
        shell("printf '# Latin one\\n\\nbody\\n' > \"$(printf 'caf\\351.md')\"; printf '# Fine\\n' > fine.md");

        VaultLoader loader = new VaultLoader();
        LoadedVault loaded = loader.load(vault, Progress.NONE);

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.notes()).extracting(Note::title).containsExactlyInAnyOrder("Latin one", "Fine");
        NotePath odd = loaded.notes().stream().map(Note::path).filter(p -> !p.value().equals("fine.md")).findFirst().orElseThrow();
        assertThat(loader.loadOne(vault.toRealPath(), odd).note()).as("read again, as the watcher does").isNotNull();
    }

    @Test
    void twoNamesThatDecodeAlikeAreBothKeptApartOrNamed() throws Exception {
        shell("printf '# One\\n' > \"$(printf 'x\\351.md')\"; printf '# Two\\n' > \"$(printf 'x\\352.md')\"");

        LoadedVault loaded = new VaultLoader().load(vault, Progress.NONE);

        assertThat(loaded.notes()).extracting(Note::title).containsAnyOf("One", "Two");
        assertThat(loaded.notes().size() + loaded.warnings().size()).isEqualTo(2);
        assertThat(loaded.warnings()).allSatisfy(w -> assertThat(w.message()).contains("not valid UTF-8"));
    }

    @Test
    void aFolderThatOpensButCannotBeListedIsOneWarning() throws Exception {
        Path proc = Path.of("/proc/1");
        Path unlisted = proc.resolve("map_files");
        Assumptions.assumeTrue(Files.isDirectory(unlisted), "needs Linux /proc");
        boolean listable;
        try (var entries = Files.list(unlisted)) {
            entries.count();
            listable = true;
        } catch (IOException | java.io.UncheckedIOException e) {
            listable = false;
        }
        Assumptions.assumeFalse(listable, "map_files can be listed by this user");

        VaultScanner.Scan scan = new VaultScanner().scan(proc);

        assertThat(scan.warnings()).filteredOn(w -> w.path().value().equals("map_files"))
                .singleElement().satisfies(w -> assertThat(w.message()).contains("cannot be listed"));
    }

    @Test
    void theVaultItselfUnlistableStillThrows() {
        Path proc = Path.of("/proc/1/map_files");
        Assumptions.assumeTrue(Files.isDirectory(proc), "needs Linux /proc");
        List<Throwable> thrown = new java.util.ArrayList<>();
        try {
            new VaultScanner().scan(proc.toRealPath());
        } catch (IOException e) {
            thrown.add(e);
        }
        try (var entries = Files.list(proc)) {
            Assumptions.assumeTrue(false, "map_files can be listed by this user (" + entries.count() + ")");
        } catch (IOException | java.io.UncheckedIOException e) {
            assertThat(thrown).hasSize(1);
        }
    }
}
