package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.NotePath;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeEvent.EventType;

/** When the operating system drops events (overflow), the watcher asks for a rescan of the whole vault. */
class VaultWatcherOverflowTest {

    @TempDir
    Path vault;

    private static VaultWatcher.Batch next(BlockingQueue<VaultWatcher.Batch> batches) throws InterruptedException {
        VaultWatcher.Batch batch = batches.poll(20, TimeUnit.SECONDS);
        assertThat(batch).as("a batch from the watcher").isNotNull();
        return batch;
    }

    @Test
    void anOverflowBecomesARescanBatchMergedWithPendingPaths() throws Exception {
        BlockingQueue<VaultWatcher.Batch> batches = new LinkedBlockingQueue<>();
        Path root = vault.toRealPath();
        try (VaultWatcher watcher = VaultWatcher.start(vault, Duration.ofMillis(200), batches::add)) {
            watcher.onEvent(new DirectoryChangeEvent(EventType.MODIFY, false, root.resolve("Seen.md"), null, 1, root));
            watcher.onEvent(new DirectoryChangeEvent(EventType.OVERFLOW, false, null, null, 1, root));
            VaultWatcher.Batch batch = next(batches);
            assertThat(batch.rescan()).isTrue();
            assertThat(batch.paths()).containsExactly(NotePath.of("Seen.md"));

            // the rescan request is used up: the next batch is an ordinary one
            Files.writeString(vault.resolve("After.md"), "# After");
            VaultWatcher.Batch after = next(batches);
            while (!after.paths().contains(NotePath.of("After.md"))) {
                after = next(batches);
            }
            assertThat(after.rescan()).isFalse();
        }
    }
}
