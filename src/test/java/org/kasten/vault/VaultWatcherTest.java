package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.NotePath;

/** The watcher reports note files only, outside dot-folders, with vault-relative paths. */
class VaultWatcherTest {

    @TempDir
    Path vault;

    @Test
    void reportsNotesButNotAttachmentsOrDotFolders() throws Exception {
        Files.createDirectories(vault.resolve(".obsidian"));
        BlockingQueue<VaultWatcher.Batch> batches = new LinkedBlockingQueue<>();
        try (VaultWatcher watcher = VaultWatcher.start(vault, Duration.ofMillis(50), batches::add)) {
            Files.writeString(vault.resolve(".obsidian/workspace.md"), "settings");
            Files.write(vault.resolve("picture.png"), new byte[]{1, 2, 3});
            Files.createDirectories(vault.resolve("Sub folder"));
            Files.writeString(vault.resolve("Sub folder/Note.md"), "# Note");
            Set<NotePath> seen = new HashSet<>();
            while (!seen.contains(NotePath.of("Sub folder/Note.md"))) {
                VaultWatcher.Batch batch = batches.poll(20, TimeUnit.SECONDS);
                assertThat(batch).as("a batch from the watcher").isNotNull();
                assertThat(batch.rescan()).isFalse();
                seen.addAll(batch.paths());
            }
            assertThat(seen).containsExactly(NotePath.of("Sub folder/Note.md"));
        }
    }
}
