package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
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

    @ParameterizedTest(name = "[{index}] {0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "Scaling Laws      | Concepts/Scaling Laws.md       | Concepts",
            "scaling laws      | Concepts/Scaling Laws.md       | Concepts",
            "Scaling Laws      | Scaling Laws.md                | ''",
            "Scaling Laws      | Concepts/laws-of-scaling.md    | Concepts/laws-of-scaling.md",
            "Deep notes        | Deep notes.txt                 | ''",
            "Deep notes        | a/b/Deep notes.txt             | a/b",
    })
    void aHitIsPlacedByItsFolderWhenItsFileIsNamedAsTheTitle(String title, String path, String expected) {
        assertThat(SnippetFlow.where(title, org.kasten.note.NotePath.of(path))).isEqualTo(expected);
    }

    @Test
    void longTitlesAreCutAtAWord() {
        String title = "Ilya Sutskever \u2013 We're moving from the age of scaling to the age of research, a long talk";
        String shown = SnippetFlow.shortened(title);
        assertThat(shown).endsWith("\u2026").hasSizeLessThanOrEqualTo(SnippetFlow.TITLE_CHARS + 1);
        assertThat(title).startsWith(shown.substring(0, shown.length() - 1));
        assertThat(title.charAt(shown.length() - 1)).isEqualTo(' ');
        assertThat(SnippetFlow.shortened("Scaling Laws")).isEqualTo("Scaling Laws");
        String noSpaces = "x".repeat(SnippetFlow.TITLE_CHARS - 1) + "\uD83D\uDE00" + "tail";
        assertThat(SnippetFlow.shortened(noSpaces)).isEqualTo("x".repeat(SnippetFlow.TITLE_CHARS - 1) + "\u2026");
    }
}
