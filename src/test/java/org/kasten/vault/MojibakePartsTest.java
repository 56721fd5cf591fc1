package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pieces of mojibake repair, each against facts worked out by hand from the code page tables. */
class MojibakePartsTest {

    private static int[] cps(String s) {
        return s.codePoints().toArray();
    }

    @Test
    void codePagesMapCharactersBackToTheirBytes() {
        assertThat(LegacyCodePages.byteOf('ğ')).isEqualTo(0xF0); // windows-1254
        assertThat(LegacyCodePages.byteOf('ð')).isEqualTo(0xF0); // windows-1252
        assertThat(LegacyCodePages.byteOf('€')).isEqualTo(0x80);
        assertThat(LegacyCodePages.byteOf('„')).isEqualTo(0x84);
        assertThat(LegacyCodePages.byteOf('™')).isEqualTo(0x99);
        assertThat(LegacyCodePages.byteOf('\u00A0')).isEqualTo(0xA0);
        assertThat(LegacyCodePages.isImage('a')).isFalse();
        assertThat(LegacyCodePages.isImage('Ω')).isFalse();
        assertThat(LegacyCodePages.isImage('\u0081')).isFalse();
    }

    @Test
    void completeSequencesHaveOneReading() {
        assertThat(Utf8Candidates.of(0xE2, new int[] {0x80, 0x93}, 0, LegacyCodePages.DROPPED_1252)).containsExactly(0x2013);
        assertThat(Utf8Candidates.of(0xC3, new int[] {0xA9}, 0, LegacyCodePages.DROPPED_1252)).containsExactly('é');
        assertThat(Utf8Candidates.of(0xC2, new int[] {0x85}, 0, LegacyCodePages.DROPPED_1252)).isEmpty(); // U+0085, a control
        assertThat(Utf8Candidates.of(0xE0, new int[] {0x80, 0x80}, 0, LegacyCodePages.DROPPED_1252)).isEmpty(); // overlong
        assertThat(Utf8Candidates.of(0xED, new int[] {0xA0, 0x80}, 0, LegacyCodePages.DROPPED_1252)).isEmpty(); // surrogate
    }

    @Test
    void aLoneMathLeadCouldBeAnyBoldLetterEndingInADroppedByte() {
        // F0 9D 90 xx with 9D, 90 and xx all dropped by windows-1254: xx in 81 8D 8E 8F 90 9D 9E
        assertThat(Utf8Candidates.of(0xF0, new int[0], 3, LegacyCodePages.DROPPED_1254)).containsExactly(cps("𝐁𝐍𝐎𝐏𝐐𝐝𝐞"));
        // windows-1252 defines 0x8E (Ž) and 0x9E (ž): 𝐎 and 𝐞 cannot have lost their last byte there
        assertThat(Utf8Candidates.of(0xF0, new int[0], 3, LegacyCodePages.DROPPED_1252)).containsExactly(cps("𝐁𝐍𝐏𝐐𝐝"));
    }

    @Test
    void aMathLeadWithItsLastByteIsOneLetter() {
        assertThat(Utf8Candidates.of(0xF0, new int[] {0x84}, 2, LegacyCodePages.DROPPED_1254)).containsExactly(cps("𝐄"));
    }

    @Test
    void aQuoteLeadWithOneDroppedByteHasTenReadings() {
        assertThat(Utf8Candidates.of(0xE2, new int[] {0x80}, 1, LegacyCodePages.DROPPED_1252)).containsExactlyInAnyOrder(
                0x2001, 0x200D, 0x200F, 0x2010, 0x201D, 0x2040, 0x2340, 0x23C0, 0x2400, 0x2740);
    }

    @Test
    void theEnglishWordDecidesBetweenLetters() {
        int[] pq = cps("𝐁𝐍𝐎𝐏𝐐");
        int[][] episode = {cps("𝐄"), pq, cps("𝐈"), cps("𝐒"), pq, cps("𝐃"), cps("𝐄")};
        assertThat(EnglishSpelling.choose(episode, 1000)).containsExactly(cps("𝐄𝐏𝐈𝐒𝐎𝐃𝐄"));

        int[][] noWord = {cps("𝐗"), pq, cps("𝐗")};
        assertThat(EnglishSpelling.choose(noWord, 1000)).isNull();

        int[][] twoWords = {cps("𝐓"), cps("𝐎𝐏")}; // of "to" and "tp" only "to" is a word
        assertThat(EnglishSpelling.choose(twoWords, 1000)).containsExactly(cps("𝐓𝐎"));

        int[][] bee = {cps("𝐁𝐍𝐎"), cps("𝐄"), cps("𝐄")}; // of bee, nee, oee only "bee" is listed
        assertThat(EnglishSpelling.choose(bee, 1000)).containsExactly(cps("𝐁𝐄𝐄"));

        int[][] ambiguous = {cps("𝐁𝐍𝐏"), cps("𝐄"), cps("𝐓")}; // bet, net, pet: all words, so no choice
        assertThat(EnglishSpelling.choose(ambiguous, 1000)).isNull();
    }

    @Test
    void wordListKnowsCommonWordsOnly() {
        assertThat(EnglishWords.contains("sponsors".toCharArray())).isTrue();
        assertThat(EnglishWords.contains("timestamps".toCharArray())).isTrue();
        assertThat(EnglishWords.contains("characteristics".toCharArray())).isTrue();
        assertThat(EnglishWords.contains("spbnsqrs".toCharArray())).isFalse();
        assertThat(EnglishWords.contains("Links".toCharArray())).isFalse(); // lowercase only
    }

    @Test
    void loneLeadsWithoutEvidenceStay() {
        assertThat(MojibakeRun.read("ğğ", 0, 2)).isNull();
        assertThat(MojibakeRun.read("ðÃ©", 0, 3)).isNull(); // ð (F0) alone next to a different sequence
        assertThat(MojibakeRun.read("ğ‹ğˆğğŠğ’", 0, 9).text()).isEqualTo("𝐋𝐈𝐍𝐊𝐒");
    }
}
