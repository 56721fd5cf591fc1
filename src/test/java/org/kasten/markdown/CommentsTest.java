package org.kasten.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which {@code %%} spans are comments: a table of inputs and the exact text left visible. */
class CommentsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            "a %%hidden%% b                   ¦ 'a            b'",
            "a %%open to the end              ¦ 'a                  '",
            "use `%%` to comment [[x]]        ¦ use `%%` to comment [[x]]",
            "``a %% b`` then %%c%% d           ¦ '``a %% b`` then       d'",
            "```\\n%% in code\\n```\\n%%x%%   ¦ '```\\n%% in code\\n```\\n     '",
            "%%\\nline\\n%%\\nafter           ¦ '  \\n    \\n  \\nafter'",
            "no comment                       ¦ no comment",
    })
    void blanksCommentsOnly(String input, String expected) {
        assertThat(Comments.blank(input.replace("\\n", "\n"))).isEqualTo(expected.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            "a %%hidden%% b                   ¦ 'a  b'",
            "a %%open to the end              ¦ 'a '",
            "use `%%` to comment [[x]]        ¦ use `%%` to comment [[x]]",
            "```\\n%% in code\\n```\\n%%x%%   ¦ '```\\n%% in code\\n```\\n'",
            "%%\\nline\\n%%\\nafter           ¦ '\\n\\n\\nafter'",
            // the renderer's own stripper ended this fence at the first ``` and removed the code's %%kept%%
            "````\\n```\\n%%kept%%\\n````     ¦ '````\\n```\\n%%kept%%\\n````'",
            "no comment                       ¦ no comment",
    })
    void stripsTheSameComments(String input, String expected) {
        assertThat(Comments.strip(input.replace("\\n", "\n"))).isEqualTo(expected.replace("\\n", "\n"));
    }

    /**
     * A hang guard, not a speed test: 400,000 comments between code spans, then backtick runs of every length
     * from 1 to 2,000 on one line, each followed by a comment. The former search (each {@code %%} asked every
     * code span before it, each backtick run read the rest of its line) did not finish in the guard's time.
     */
    @Test
    void manyCommentsAndBacktickRunsTakeLinearTime() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400_000; i++) {
            text.append("`c` %%x%% ");
        }
        text.append('\n');
        for (int run = 1; run <= 2_000; run++) {
            text.append("`".repeat(run)).append(" %%y%% ");
        }
        String input = text.toString();
        String blank = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Comments.blank(input));
        assertThat(blank).hasSameSizeAs(input).doesNotContain("%%").contains("`c`       `c`");
        String stripped = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Comments.strip(input));
        assertThat(stripped).doesNotContain("%%").startsWith("`c`  `c`  ");
    }
}
