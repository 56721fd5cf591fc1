package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kasten.note.NotePath;

class NavigationHistoryTest {

    private static final Location A = Location.note(NotePath.of("a.md"));
    private static final Location B = Location.note(NotePath.of("b.md"));
    private static final Location C = Location.note(NotePath.of("c.md"));
    private static final Location D = Location.ghost("D");

    @Test
    void backAndForwardWalkTheVisits() {
        NavigationHistory h = new NavigationHistory();
        h.visit(A);
        h.visit(B);
        h.visit(C);
        assertThat(h.back()).contains(B);
        assertThat(h.back()).contains(A);
        assertThat(h.back()).isEmpty();
        assertThat(h.current()).contains(A);
        assertThat(h.forward()).contains(B);
        assertThat(h.canGoBackProperty().get()).isTrue();
        assertThat(h.canGoForwardProperty().get()).isTrue();
    }

    @Test
    void visitingAfterGoingBackDropsTheForwardPart() {
        NavigationHistory h = new NavigationHistory();
        h.visit(A);
        h.visit(B);
        h.visit(C);
        h.back();
        h.back();
        h.visit(D);
        assertThat(h.forward()).isEmpty();
        assertThat(h.canGoForwardProperty().get()).isFalse();
        assertThat(h.back()).contains(A);
    }

    @Test
    void visitingTheSamePlaceTwiceIsOneEntry() {
        NavigationHistory h = new NavigationHistory();
        h.visit(A);
        h.visit(A);
        assertThat(h.canGoBackProperty().get()).isFalse();
        assertThat(h.back()).isEmpty();
    }

    @Test
    void emptyHistoryHasNothing() {
        NavigationHistory h = new NavigationHistory();
        assertThat(h.current()).isEmpty();
        assertThat(h.back()).isEmpty();
        assertThat(h.forward()).isEmpty();
    }
}
