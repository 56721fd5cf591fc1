package org.kasten.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kasten.testing.SharedFolders;

class WordFilterTest {

    /** Characters that test the UTF-8 walk: ASCII, inert letters and punctuation, and every kind it must decode for. */
    private static final String ALPHABET = "aZ09 ,.-_'\n\t#[]" + "éÜßøĳǅİıſÅ" + "ΑαΣςάЖжёҐ" + "–—‘’“”…•\u00A0\u200B\u2028"
            + "\u0301\u0308\u0327\u0345" // combining marks: NFC joins them to the letter before
            + "\u2000\u2001\u212A\u212B\u0387\u037E\u0374" // singletons: NFC replaces them
            + "\u1100\u1161\u11A8\uAC00" // Hangul jamo and a syllable: NFC joins them
            + "中文\uFB01\uFFFD\uD83D\uDE00\uD835\uDC04" + "\uD800"; // CJK, a ligature, emoji and math letters, a lone surrogate

    @Test
    void fromUtf8ItIsTheFilterOfTheDecodedText() {
        Random random = new Random(11);
        int walked = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            boolean inertOnly = i % 2 == 0; // half of them of characters the walk reads byte by byte
            for (int k = 0; k < length; k++) {
                char c = ALPHABET.charAt(random.nextInt(inertOnly ? 45 : ALPHABET.length()));
                text.append(c);
            }
            byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
            assertThat(WordFilter.ofUtf8(utf8)).as(text.toString()).isEqualTo(WordFilter.of(new String(utf8, StandardCharsets.UTF_8)));
            walked += WordFilter.readsBytes(utf8) ? 1 : 0;
        }
        assertThat(walked).isGreaterThan(10_000);
        for (int i = 0; i < 20_000; i++) { // any bytes, malformed UTF-8 included
            byte[] bytes = new byte[random.nextInt(12)];
            random.nextBytes(bytes);
            assertThat(WordFilter.ofUtf8(bytes)).isEqualTo(WordFilter.of(new String(bytes, StandardCharsets.UTF_8)));
        }
        assertThat(WordFilter.ofUtf8(null)).isEqualTo(WordFilter.of(null));
    }

    @Test
    void textOfAsciiAndInertCharactersIsInNfcWhateverTheirOrder() {
        StringBuilder inert = new StringBuilder();
        for (char c = 0x20; c < 0x7F; c++) {
            inert.append(c);
        }
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (NfcInert.is(c)) {
                inert.append(c);
            }
        }
        assertThat(inert.length()).isGreaterThan(1_000);
        assertThat(inert.toString()).contains("é", "–", "’", "ж").doesNotContain("\u0301", "\u212B", "\u2000", "\u0387");
        // arrows, symbols and box drawing, but not the singletons or marks among them
        assertThat(inert.toString()).contains("→", "€", "™", "≠", "✓", "─", "⭐")
                .doesNotContain("\u2126", "\u2329", "\u2ADC", "\u20D7", "\u2C00");
        assertThat(WordFilter.readsBytes("a → b ✓ ≠ c".getBytes(StandardCharsets.UTF_8))).isTrue();
        char[] pair = new char[2];
        for (int i = 0; i < inert.length(); i++) { // NFC composes, reorders or replaces pairs: none of these pairs change
            for (int k = 0; k < inert.length(); k++) {
                pair[0] = inert.charAt(i);
                pair[1] = inert.charAt(k);
                String two = new String(pair);
                assertThat(Normalizer.isNormalized(two, Normalizer.Form.NFC)).as(two).isTrue();
            }
        }
    }

    @Test
    void fromUtf8EveryNoteOfTheCorporaHasTheFilterOfItsText() throws IOException {
        int notes = 0;
        int walked = 0;
        for (String corpus : new String[] {"corpora/obsidian-help-en", "corpora/foam-docs"}) {
            try (Stream<Path> files = Files.walk(SharedFolders.require(corpus))) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md"))::iterator) {
                    byte[] utf8 = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
                    assertThat(WordFilter.ofUtf8(utf8)).as(file.toString()).isEqualTo(WordFilter.of(new String(utf8, StandardCharsets.UTF_8)));
                    notes++;
                    walked += WordFilter.readsBytes(utf8) ? 1 : 0;
                }
            }
        }
        assertThat(notes).isGreaterThan(100);
        assertThat(walked).as("most notes are read byte by byte").isGreaterThan(notes / 2);
    }

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
