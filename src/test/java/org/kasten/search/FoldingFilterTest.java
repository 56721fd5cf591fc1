package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The folding shortcut gives what ICU folding gives. */
class FoldingFilterTest {

    private static final Analyzer ICU = analyzer(false);
    private static final Analyzer SHORTCUT = analyzer(true);

    private static Analyzer analyzer(boolean shortcut) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new WhitespaceTokenizer();
                return new TokenStreamComponents(tokenizer, shortcut ? new FoldingFilter(tokenizer) : new ICUFoldingFilter(tokenizer));
            }
        };
    }

    @Test
    void everyAsciiLetterAndDigitFoldsToItsLowerCase() {
        for (char c = 0; c < 128; c++) {
            boolean word = FoldingFilter.isAsciiWord(new char[]{c}, 1);
            assertThat(word).isEqualTo(Character.isLetterOrDigit(c));
            if (word) {
                assertThat(ICUFoldingFilter.NORMALIZER.normalize(String.valueOf(c)))
                        .as("ICU folding of %s", c).isEqualTo(String.valueOf(Character.toLowerCase(c)));
            }
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Generalisation, generalisation",
            "HTTP2, http2",
            "Café, cafe",
            "NAÏVE, naive",
            "𝐄𝐏𝐈𝐒𝐎𝐃𝐄, episode",
            "ＦＵＬＬ５, full5",
            "Straße, strasse",
            "東京, 東京",
            "don't, don't",
            "e\u0301cole, ecole",
    })
    void foldsAsIcuDoes(String word, String expected) throws IOException {
        assertThat(NoteAnalyzersTest.tokens(SHORTCUT, word)).containsExactly(expected);
        assertThat(NoteAnalyzersTest.tokens(SHORTCUT, word)).isEqualTo(NoteAnalyzersTest.tokens(ICU, word));
    }

    @Test
    void aSentenceFoldsAsIcuDoes() throws IOException {
        String text = "The Ångström unit, ＡＢＣ and 𝐄𝐏𝐈𝐒𝐎𝐃𝐄 12 of Straße: Über-cool ÉCOLE x86_64 v1.2 ß ﬁ";
        List<String> icu = NoteAnalyzersTest.tokens(ICU, text);
        assertThat(NoteAnalyzersTest.tokens(SHORTCUT, text)).isEqualTo(icu).hasSize(15);
    }
}
