package org.kasten.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

class FuturesTest {

    @Test
    void givesTheValueAndThrowsAnUncheckedFailureAsItWas() {
        assertThat(Futures.join(CompletableFuture.completedFuture("done"))).isEqualTo("done");
        IllegalStateException unchecked = new IllegalStateException("the model failed");
        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(unchecked))).isSameAs(unchecked);
        StackOverflowError error = new StackOverflowError();
        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(error))).isSameAs(error);
    }

    @Test
    void aCheckedFailureStaysWrappedForTheCallerToUnwrap() {
        IOException checked = new IOException("unreadable");
        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(checked)))
                .isInstanceOf(CompletionException.class).hasCause(checked);
    }
}
