package org.kasten.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class WordFilterTest {

    @Test
    void holdsEveryWordOfTheTextAndRulesOutMostOthers() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append("w").append(random.nextInt(100_000)).append(i % 7 == 0 ? ", " : " ");
        }
        text.append("über straße 42 ünïcode");
        WordFilter filter = WordFilter.of(text.toString());
        for (String word : text.toString().split("[^\\p{L}\\p{N}]+")) {
            assertThat(filter.mayContain(WordFilter.words(word))).as(word).isTrue();
        }
        assertThat(filter.mayContain(WordFilter.words("über straße"))).isTrue();
        int falsePositives = 0;
        for (int i = 0; i < 1_000; i++) {
            falsePositives += filter.mayContain(WordFilter.words("absent" + i)) ? 1 : 0;
        }
        assertThat(falsePositives).isLessThan(150);
        assertThat(filter.mayContain(WordFilter.words("über absent1 straße"))).isFalse();
    }

    @Test
    void aNameWithoutWordsIsNeverRuledOut() {
        assertThat(WordFilter.of("nothing here").mayContain(WordFilter.words("?!…"))).isTrue();
    }

    @Test
    void ignoresCaseAndNormalisationFormAsMentionSearchDoes() {
        WordFilter filter = WordFilter.of("Die U\u0308BER-Stra\u00DFe, `code` [[Link]] https://x.org/path");
        for (String word : new String[] {"über", "straße", "die", "code", "link", "https", "x", "org", "path"}) {
            assertThat(filter.mayContain(WordFilter.words(word))).as(word).isTrue();
        }
    }

    @Test
    void survivesItsBytesAndRefusesBytesNoFilterGives() {
        WordFilter filter = WordFilter.of("some words to keep");
        assertThat(WordFilter.fromBytes(filter.toBytes())).isEqualTo(filter);
        assertThat(WordFilter.fromBytes(filter.toBytes()).mayContain(WordFilter.words("keep"))).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WordFilter.fromBytes(new byte[12]))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WordFilter.fromBytes(new byte[24]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
