package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.NotePath;
import org.kasten.note.Warning;

/** The scan lists folders on several threads, yet answers as one walk in byte order would. */
class VaultScannerTest {

    @TempDir
    Path dir;

    @Test
    void manyFoldersListedInParallelGiveTheWalksAnswerInItsOrder() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        List<String> expectedNotes = new ArrayList<>();
        List<String> expectedWarnings = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String folder = String.format("f%03d", i);
            Path f = Files.createDirectories(vault.resolve(folder));
            Files.createSymbolicLink(f.resolve("b-out"), outside);
            Files.createSymbolicLink(f.resolve("loop"), vault);
            Files.writeString(f.resolve("note.md"), "# " + folder + "\n");
            if (i % 7 == 0) {
                Files.createDirectories(f.resolve("sub/deeper"));
                Files.writeString(f.resolve("sub/deeper/deep.md"), "# deep\n");
                Files.createSymbolicLink(f.resolve("sub/up"), f);
            }
            Files.createSymbolicLink(f.resolve("z-broken"), f.resolve("missing.md"));
            expectedWarnings.add(folder + "/b-out: " + VaultFiles.OUTSIDE);
            expectedWarnings.add(folder + "/loop: symbolic link cycle, not followed");
            expectedNotes.add(folder + "/note.md");
            if (i % 7 == 0) {
                expectedNotes.add(folder + "/sub/deeper/deep.md");
                expectedWarnings.add(folder + "/sub/up: symbolic link cycle, not followed");
            }
            expectedWarnings.add(folder + "/z-broken: broken symbolic link, skipped");
        }
        Files.writeString(vault.resolve("picture.png"), "not a picture");

        for (int round = 0; round < 3; round++) {
            VaultScanner.Scan scan = new VaultScanner().scan(vault);

            assertThat(scan.notes()).extracting(NotePath::value).containsExactlyElementsOf(expectedNotes);
            assertThat(scan.attachments()).extracting(NotePath::value).containsExactly("picture.png");
            assertThat(scan.warnings()).extracting(VaultScannerTest::line).containsExactlyElementsOf(expectedWarnings);
            assertThat(scan.stamps()).hasSize(expectedNotes.size());
        }
    }

    private static String line(Warning warning) {
        return warning.path().value() + ": " + warning.message();
    }
}
