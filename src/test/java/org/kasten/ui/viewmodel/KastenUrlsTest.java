package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.kasten.note.NotePath;

class KastenUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "kasten://note/Concepts%2FAge%20of%20Research.md          | NOTE     | Concepts/Age of Research.md | null",
            "kasten://note/Concepts/Age%20of%20Research.md#Why%20now  | NOTE     | Concepts/Age of Research.md | Why now",
            "kasten://note/a.md#%5Eblock1                             | NOTE     | a.md                        | ^block1",
            "kasten://note/C%2B%2B.md                                 | NOTE     | C++.md                      | null",
            "kasten://ghost/Bitter%20Lesson                           | GHOST    | Bitter Lesson               | null",
            "kasten://tag/ai%2Fscaling                                | TAG      | ai/scaling                  | null",
            "https://example.org/x?y=1                                | EXTERNAL | https://example.org/x?y=1   | null",
            "#details                                                 | ANCHOR   | ''                          | details",
            "javascript:alert(1)                                      | OTHER    | javascript:alert(1)         | null",
    })
    void parsesTheUrlScheme(String url, KastenUrls.Kind kind, String value, String anchor) {
        KastenUrls.Target t = KastenUrls.parse(url);
        assertThat(t.kind()).isEqualTo(kind);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.anchor()).isEqualTo(anchor);
    }

    @Test
    void buildsUrlsThatParseBack() {
        String url = KastenUrls.note(NotePath.of("Sources/Q&A #1 + more.md"), "Part 2");
        assertThat(url).isEqualTo("kasten://note/Sources/Q%26A%20%231%20%2B%20more.md#Part%202");
        assertThat(KastenUrls.parse(url).value()).isEqualTo("Sources/Q&A #1 + more.md");
        assertThat(KastenUrls.parse(url).anchor()).isEqualTo("Part 2");
        assertThat(KastenUrls.parse(KastenUrls.ghost("Scaling Laws")).value()).isEqualTo("Scaling Laws");
    }
}
