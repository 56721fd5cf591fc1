package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

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
}
