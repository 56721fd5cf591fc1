package org.kasten.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link ModelCalls}: the process's end waits for a running model call and refuses later ones. */
class ModelCallsTest {

    @AfterEach
    void reopen() {
        ModelCalls.reopenForTests();
    }

    @Test
    void closingWaitsForTheRunningCallThenRefusesNewOnes() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicLong returned = new AtomicLong();
        Thread caller = new Thread(() -> ModelCalls.call(() -> {
            inside.countDown();
            await(release);
            returned.set(System.nanoTime());
            return null;
        }));
        caller.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        assertEquals(1, ModelCalls.running());
        Thread releaser = new Thread(() -> {
            sleep(200);
            release.countDown();
        });
        releaser.start();
        assertTrue(ModelCalls.closeAndWait(Duration.ofSeconds(10)));
        long closed = System.nanoTime();
        assertTrue(returned.get() != 0 && returned.get() <= closed, "closeAndWait returned before the call did");
        assertThrows(ModelCalls.EndingException.class, () -> ModelCalls.call(() -> "refused"));
        caller.join();
    }

    @Test
    void closingGivesUpAfterItsTimeoutWhenACallDoesNotReturn() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread caller = new Thread(() -> ModelCalls.call(() -> {
            inside.countDown();
            await(release);
            return null;
        }));
        caller.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        assertFalse(ModelCalls.closeAndWait(Duration.ofMillis(100)));
        release.countDown();
        caller.join();
        assertEquals(0, ModelCalls.running());
    }

    @Test
    void aModelLoadAskedAfterTheEndIsRefusedNotRememberedAsAFailure() {
        ModelCalls.closeAndWait(Duration.ZERO);
        MiniLmEmbedder.Once once = new MiniLmEmbedder.Once(() -> MiniLmEmbedder.load(MiniLmEmbedder.MINILM, 1));
        StringBuilder warned = new StringBuilder();
        assertThrows(ModelCalls.EndingException.class, () -> once.get(warned::append));
        assertEquals("", warned.toString());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
