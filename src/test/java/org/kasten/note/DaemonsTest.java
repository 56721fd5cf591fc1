package org.kasten.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class DaemonsTest {

    @Test
    void madeThreadsAreNamedDaemonsAtTheAskedPriority() {
        Thread plain = Daemons.named("kasten-test").newThread(() -> { });
        Thread low = Daemons.named("kasten-test-low", Thread.MIN_PRIORITY).newThread(() -> { });
        assertThat(plain.isDaemon()).isTrue();
        assertThat(plain.getName()).isEqualTo("kasten-test");
        assertThat(plain.getPriority()).isEqualTo(Thread.currentThread().getPriority());
        assertThat(low.isDaemon()).isTrue();
        assertThat(low.getName()).isEqualTo("kasten-test-low");
        assertThat(low.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        assertThat(plain.getState()).isEqualTo(Thread.State.NEW);
    }

    @Test
    void startRunsTheTaskOnAStartedDaemonOfThatName() throws Exception {
        CompletableFuture<String> ranOn = new CompletableFuture<>();
        Thread thread = Daemons.start("kasten-test-start", () -> ranOn.complete(Thread.currentThread().getName()
                + (Thread.currentThread().isDaemon() ? " daemon" : "")));
        assertThat(ranOn.get(10, TimeUnit.SECONDS)).isEqualTo("kasten-test-start daemon");
        thread.join(10_000);
        assertThat(thread.isAlive()).isFalse();
        CompletableFuture<Integer> priority = new CompletableFuture<>();
        Daemons.start("kasten-test-low", Thread.MIN_PRIORITY, () -> priority.complete(Thread.currentThread().getPriority()));
        assertThat(priority.get(10, TimeUnit.SECONDS)).isEqualTo(Thread.MIN_PRIORITY);
    }
}
