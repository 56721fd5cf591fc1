package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FuzzyMatcherTest {

    @Test
    void charactersMustAppearInOrder() {
        assertThat(FuzzyMatcher.score("alp", "Alpha")).isPositive();
        assertThat(FuzzyMatcher.score("aor", "Age of Research")).isPositive();
        assertThat(FuzzyMatcher.score("pla", "Alpha")).isEqualTo(-1);
        assertThat(FuzzyMatcher.score("xyz", "Alpha")).isEqualTo(-1);
    }

    @Test
    void emptyQueryMatchesEverythingEqually() {
        assertThat(FuzzyMatcher.score("", "Alpha")).isZero();
        assertThat(FuzzyMatcher.score("  ", "Beta")).isZero();
    }

    @Test
    void prefixAndWordStartsBeatScatteredLetters() {
        assertThat(FuzzyMatcher.score("res", "Research")).isGreaterThan(FuzzyMatcher.score("res", "Pressure"));
        assertThat(FuzzyMatcher.score("sl", "Scaling Laws")).isGreaterThan(FuzzyMatcher.score("sl", "Muscles"));
        assertThat(FuzzyMatcher.score("beta", "Beta")).isGreaterThan(FuzzyMatcher.score("beta", "Beta blockers and more"));
    }

    @Test
    void ignoresCaseAndSpacesInTheQuery() {
        assertThat(FuzzyMatcher.score("AGE OF", "age of research")).isEqualTo(FuzzyMatcher.score("ageof", "age of research"));
    }
}
