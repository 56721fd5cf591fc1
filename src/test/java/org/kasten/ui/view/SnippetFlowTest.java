package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Snippets split into alternating plain and marked pieces (no display needed: only the static parsing). */
class SnippetFlowTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "plain text                               | plain text",
            "a <mark>b</mark> c                       | a ,b, c",
            "<mark>b</mark> c                         | ,b, c",
            "a <mark>b</mark><mark>c</mark>           | a ,bc",
            "x &lt;y&gt; <mark>&amp;</mark>           | x <y> ,&",
            "<em>a</em> <mark>b</mark>                | a ,b",
            "''                                       | ''",
    })
    void piecesAlternatePlainAndMarked(String snippet, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(",", -1));
        assertThat(SnippetFlow.pieces(snippet)).isEqualTo(want);
    }
}
