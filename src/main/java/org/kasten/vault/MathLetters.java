package org.kasten.vault;

/**
 * The Latin letters and digits of Unicode's Mathematical Alphanumeric Symbols (𝐀 𝐁 … 𝟎), which social
 * media text uses as "bold" or "italic" styling: each style is a run of 26 capitals then 26 small letters.
 */
final class MathLetters {

    private static final int LETTERS_START = 0x1D400;
    private static final int LETTERS_END = 0x1D6A3;
    private static final int DIGITS_START = 0x1D7CE;
    private static final int DIGITS_END = 0x1D7FF;

    private MathLetters() {
    }

    static boolean isLetterOrDigit(int cp) {
        return (cp >= LETTERS_START && cp <= LETTERS_END) || (cp >= DIGITS_START && cp <= DIGITS_END);
    }

    static boolean isLetter(int cp) {
        return cp >= LETTERS_START && cp <= LETTERS_END;
    }

    /** A key shared by letters of the same style and case (e.g. "bold capitals"), or -1 for other characters. */
    static int styleAndCase(int cp) {
        return isLetter(cp) ? (cp - LETTERS_START) / 26 : -1;
    }

    /** The plain lowercase letter a math letter stands for ('e' for 𝐄 or 𝐞). */
    static char plainLower(int cp) {
        return (char) ('a' + (cp - LETTERS_START) % 26);
    }
}
