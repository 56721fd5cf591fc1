package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class NameMatchTest {

    /** Query "math formulas with katex": katex rare, math common. */
    private final NameMatch query = new NameMatch(Map.of("math", 1.0, "formula", 2.0, "katex", 3.0));

    @Test
    void aNameIsMatchedByTheShareOfItsWordsTimesTheShareOfTheQueryTheyCarry() {
        // 2 of the name's 3 words, carrying 4 of the query's 6
        assertThat(query.match("math support katex")).isCloseTo(2.0 / 3 * 4 / 6, within(1e-9));
        // 1 of 3 words, carrying 1 of 6
        assertThat(query.match("math support mathjax")).isCloseTo(1.0 / 3 * 1 / 6, within(1e-9));
        assertThat(query.match("math formula katex")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theBestOfANotesNamesCountsAndEmptyNamesCountNothing() {
        assertThat(query.match("install guide\nmath formula\n")).isCloseTo(1.0 * 3 / 6, within(1e-9));
        assertThat(query.match("")).isZero();
        assertThat(query.match("install guide")).isZero();
        assertThat(query.factor("katex")).isCloseTo(1 + NameMatch.WEIGHT * 3.0 / 6, within(1e-9));
    }

    @Test
    void aQueryWithoutWordsMatchesNoName() {
        NameMatch none = new NameMatch(Map.of());
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.match("math formula katex")).isZero();
        assertThat(none.factor("math")).isEqualTo(1.0);
    }
}
