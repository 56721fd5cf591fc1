package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class NoteAnalyzersTest {

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    @Test
    void mathematicalBoldLettersReadAsPlainWords() throws IOException {
        assertThat(tokens(NoteAnalyzers.stemmed(), "𝐄𝐏𝐈𝐒𝐎𝐃𝐄")).isEqualTo(tokens(NoteAnalyzers.stemmed(), "episode"));
        assertThat(tokens(NoteAnalyzers.exact(), "𝐄𝐏𝐈𝐒𝐎𝐃𝐄 ５")).containsExactly("episode", "5");
    }

    @Test
    void accentsAndCaseFold() throws IOException {
        assertThat(tokens(NoteAnalyzers.exact(), "Café NAÏVE Ångström")).containsExactly("cafe", "naive", "angstrom");
    }

    @Test
    void britishAndAmericanSpellingsMeet() throws IOException {
        Analyzer a = NoteAnalyzers.stemmed();
        assertThat(tokens(a, "generalise")).isEqualTo(tokens(a, "generalize"));
        assertThat(tokens(a, "generalisation")).isEqualTo(tokens(a, "generalization"));
        assertThat(tokens(a, "colours")).isEqualTo(tokens(a, "color"));
        assertThat(tokens(a, "organised")).isEqualTo(tokens(a, "organize"));
    }

    @Test
    void stemsAndDropsStopWords() throws IOException {
        assertThat(tokens(NoteAnalyzers.stemmed(), "How do I link the notes?")).containsExactly("link", "note");
        assertThat(tokens(NoteAnalyzers.exact(), "How do I link the notes?"))
                .containsExactly("how", "do", "i", "link", "the", "notes");
    }

    @Test
    void cjkTextBecomesBigrams() throws IOException {
        assertThat(tokens(NoteAnalyzers.stemmed(), "東京都")).containsExactly("東京", "京都");
        assertThat(tokens(NoteAnalyzers.exact(), "日本語のノート")).containsExactly("日本", "本語", "語の", "のノ", "ノト");
    }

    @Test
    void foldedWordsHoldNoCharacterThatLowerCasesToAnAsciiLetter() throws IOException {
        // the stop filter looks words up case-sensitively: it relies on folding having lower-cased them
        int checked = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int lower = Character.toLowerCase(cp);
            if (lower >= 'a' && lower <= 'z' && cp != lower) {
                String c = Character.toString(cp);
                for (String word : tokens(NoteAnalyzers.exact(), "x" + c + "y " + c + " " + c + c + "s")) {
                    assertThat(word.codePoints()).as("U+%04X in %s", cp, word).allMatch(w -> Character.toLowerCase(w) == w || w > 'z');
                    assertThat(word).doesNotContain(c);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(28); // A-Z, dotted capital I, Kelvin sign
    }

    @Test
    void stopWordsAreRemovedWhateverTheirCase() throws IOException {
        assertThat(tokens(NoteAnalyzers.stemmed(), "THE Notes OF İTS ＷＨＥＮ what Ｔｈｅ")).containsExactly("note");
    }
}
