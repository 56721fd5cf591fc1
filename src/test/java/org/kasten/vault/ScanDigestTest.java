package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan's digest of its notes: the key stored answers about the notes are kept under. */
class ScanDigestTest {

    @TempDir
    Path vault;

    private String digest() throws Exception {
        return new VaultScanner().scan(vault).notesDigest();
    }

    @Test
    void theDigestChangesWithAnyNotesPathSizeOrTimeAndOnlyThen() throws Exception {
        Files.writeString(vault.resolve("Alpha.md"), "# Alpha\n");
        Files.writeString(vault.resolve("Beta.md"), "# Beta\n");
        Files.setLastModifiedTime(vault.resolve("Alpha.md"), FileTime.fromMillis(1_000_000));
        String first = digest();
        assertThat(digest()).as("the same files").isEqualTo(first);

        Files.writeString(vault.resolve("picture.png"), "not a note");
        assertThat(digest()).as("an attachment is not a note").isEqualTo(first);

        Files.setLastModifiedTime(vault.resolve("Alpha.md"), FileTime.fromMillis(2_000_000));
        String touched = digest();
        assertThat(touched).as("a time changed").isNotEqualTo(first);

        FileTime betaTime = Files.getLastModifiedTime(vault.resolve("Beta.md"));
        Files.writeString(vault.resolve("Beta.md"), "# Beta!\n");
        Files.setLastModifiedTime(vault.resolve("Beta.md"), betaTime);
        String grown = digest();
        assertThat(grown).as("a size changed").isNotEqualTo(touched);

        FileTime time = Files.getLastModifiedTime(vault.resolve("Beta.md"));
        Files.move(vault.resolve("Beta.md"), vault.resolve("Gamma.md"));
        Files.setLastModifiedTime(vault.resolve("Gamma.md"), time);
        assertThat(digest()).as("a note renamed, same size and time").isNotEqualTo(grown);
    }

    @Test
    void twoNotesTradingTheirTimesChangeTheDigest() throws Exception {
        Files.writeString(vault.resolve("Alpha.md"), "# Alpha\n");
        Files.writeString(vault.resolve("Beta.md"), "# Betas\n");
        Files.setLastModifiedTime(vault.resolve("Alpha.md"), FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(vault.resolve("Beta.md"), FileTime.fromMillis(2_000_000));
        String first = digest();

        Files.setLastModifiedTime(vault.resolve("Alpha.md"), FileTime.fromMillis(2_000_000));
        Files.setLastModifiedTime(vault.resolve("Beta.md"), FileTime.fromMillis(1_000_000));

        assertThat(digest()).as("the same set of times, on other notes").isNotEqualTo(first);
        Files.createDirectories(vault.resolve("sub"));
        Files.writeString(vault.resolve("sub/Gamma.md"), "# Gamma\n");
        String three = digest();
        Files.delete(vault.resolve("sub/Gamma.md"));
        assertThat(digest()).as("a note gone").isNotEqualTo(three);
    }
}
