package org.kasten.note;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The internal URL scheme the window intercepts: built and read back, and what any clicked URL asks for. */
class KastenUrlTest {

    @Test
    void buildsUrls() {
        assertThat(KastenUrl.note(NotePath.of("Concepts/Age of Research.md"), "why-models-dont-generalise"))
                .isEqualTo("kasten://note/Concepts/Age%20of%20Research.md#why-models-dont-generalise");
        assertThat(KastenUrl.note(NotePath.of("a+b/ü#?.md"), "^blk")).isEqualTo("kasten://note/a%2Bb/%C3%BC%23%3F.md#%5Eblk");
        assertThat(KastenUrl.ghost("Jagged Intelligence")).isEqualTo("kasten://ghost/Jagged%20Intelligence");
        assertThat(KastenUrl.tag("#ai/scaling")).isEqualTo("kasten://tag/ai%2Fscaling");
    }

    @Test
    void readsThemBack() {
        assertThat(KastenUrl.parse("kasten://note/a%2Bb/%C3%BC%23%3F.md#%5Eblk"))
                .contains(new KastenUrl(KastenUrl.Kind.NOTE, "a+b/ü#?.md", "^blk"));
        assertThat(KastenUrl.parse("kasten://ghost/Jagged%20Intelligence"))
                .contains(new KastenUrl(KastenUrl.Kind.GHOST, "Jagged Intelligence", null));
        assertThat(KastenUrl.parse("kasten://tag/ai%2Fscaling")).contains(new KastenUrl(KastenUrl.Kind.TAG, "ai/scaling", null));
        assertThat(KastenUrl.parse("https://example.com")).isEmpty();
        assertThat(KastenUrl.parse("kasten://other/x")).isEmpty();
        assertThat(KastenUrl.parse("#top")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "kasten://note/Concepts%2FAge%20of%20Research.md          | NOTE       | Concepts/Age of Research.md | null",
            "kasten://note/Concepts/Age%20of%20Research.md#Why%20now  | NOTE       | Concepts/Age of Research.md | Why now",
            "kasten://note/a.md#%5Eblock1                             | NOTE       | a.md                        | ^block1",
            "kasten://note/a.md#                                      | NOTE       | a.md                        | null",
            "kasten://note/C%2B%2B.md                                 | NOTE       | C++.md                      | null",
            "KASTEN://NOTE/a.md                                       | NOTE       | a.md                        | null",
            "kasten://ghost/Bitter%20Lesson                           | GHOST      | Bitter Lesson               | null",
            "kasten://tag/ai%2Fscaling                                | TAG        | ai/scaling                  | null",
            "kasten://attachment/img/a%20b.png                        | ATTACHMENT | img/a b.png                 | null",
            "kasten://attachment/img/a%20b.png?v=3k9x                 | ATTACHMENT | img/a b.png                 | null",
            "kasten://attachment/what%3F.png?v=1                      | ATTACHMENT | what?.png                   | null",
            "https://example.org/x?y=1                                | EXTERNAL   | https://example.org/x?y=1   | null",
            "#details                                                 | ANCHOR     | ''                          | details",
            "javascript:alert(1)                                      | OTHER      | javascript:alert(1)         | null",
            "kasten://other/x                                         | OTHER      | kasten://other/x            | null",
    })
    void readsWhatAClickedUrlAsksFor(String url, KastenUrl.Kind kind, String value, String anchor) {
        KastenUrl read = KastenUrl.read(url);
        assertThat(read.kind()).isEqualTo(kind);
        assertThat(read.value()).isEqualTo(value);
        assertThat(read.anchor()).isEqualTo(anchor);
    }

    /** The window's own reader answered "50%" for this and the renderer's threw: one decoder now, the vault's. */
    @Test
    void badEscapesStayAsWrittenAndTheGoodOnesAreDecoded() {
        assertThat(KastenUrl.read("kasten://note/100%25%20done%zz.md").value()).isEqualTo("100% done%zz.md");
        assertThat(PercentEncoding.decode("a+b%20c%")).isEqualTo("a+b c%");
    }

    @Test
    void buildsUrlsThatParseBack() {
        String url = KastenUrl.note(NotePath.of("Sources/Q&A #1 + more.md"), "Part 2");
        assertThat(url).isEqualTo("kasten://note/Sources/Q%26A%20%231%20%2B%20more.md#Part%202");
        assertThat(KastenUrl.read(url).value()).isEqualTo("Sources/Q&A #1 + more.md");
        assertThat(KastenUrl.read(url).anchor()).isEqualTo("Part 2");
        assertThat(KastenUrl.read(KastenUrl.ghost("Scaling Laws")).value()).isEqualTo("Scaling Laws");
        String image = KastenUrl.attachment(NotePath.of("img/why?.png"));
        assertThat(KastenUrl.read(KastenUrl.versioned(image, "abc")).value()).isEqualTo("img/why?.png");
        assertThat(KastenUrl.versioned(image, "abc")).isNotEqualTo(KastenUrl.versioned(image, "abd"));
    }
}
