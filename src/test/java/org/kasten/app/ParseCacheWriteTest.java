package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.Progress;

/**
 * A vault's first open builds its graph and index while the parse cache is written on a thread of its own, and
 * the workspace waits for that writing only when it closes.
 */
class ParseCacheWriteTest {

    @TempDir Path vault;

    @Test
    void theIndexBuildsWhileTheParseCacheIsWrittenAndCloseWaitsForIt() throws Exception {
        Files.writeString(vault.resolve("Home.md"), "# Home\n\nRead [[Alpha]] about gardens.\n");
        Files.writeString(vault.resolve("Alpha.md"), "# Alpha\n\nBack [[Home]].\n");
        Path cacheFile = VaultFolders.parseCache(vault.toRealPath());
        Files.deleteIfExists(cacheFile);
        CountDownLatch release = new CountDownLatch(1);
        Executor held = write -> {
            Thread writer = new Thread(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                write.run();
            });
            writer.setDaemon(true);
            writer.start();
        };

        // the old open waited for the cache here: it would never return while the writing is held
        OpenWorkspace ws = CompletableFuture.supplyAsync(() -> {
            try {
                return WorkspaceOpening.open(vault, Progress.NONE, held);
            } catch (VaultException e) {
                throw new IllegalStateException(e);
            }
        }).get(60, TimeUnit.SECONDS);
        AtomicBoolean writtenWhenClosed = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicReference<Thread> closer = new java.util.concurrent.atomic.AtomicReference<>();
        CompletableFuture<Void> closed;
        try {
            assertThat(ws.cacheWritten()).isFalse();
            assertThat(ws.awaitIndex().added()).isEqualTo(2);
            assertThat(ws.search("gardens", 5).hits()).extracting(h -> h.path().value()).containsExactly("Home.md");
            assertThat(cacheFile).doesNotExist();
        } finally {
            closed = CompletableFuture.runAsync(() -> {
                closer.set(Thread.currentThread());
                ws.close();
                writtenWhenClosed.set(Files.isRegularFile(cacheFile)); // in place before the writing's future is done
            });
        }
        // until the closing thread blocks (waiting for the held writing) or ends, whatever the machine's load
        while (!closed.isDone() && (closer.get() == null || closer.get().getState() == Thread.State.RUNNABLE)) {
            Thread.sleep(5);
        }
        assertThat(closed).as("close waits while the parse cache is still being written").isNotDone();
        release.countDown();
        closed.get(60, TimeUnit.SECONDS);
        assertThat(writtenWhenClosed).as("close waited for the parse cache").isTrue();
        assertThat(cacheFile).isRegularFile();
    }

}
