package org.kasten.vault;

/**
 * Chooses among the possible spellings of a word in mathematical letters (𝐄?𝐈𝐒?𝐃𝐄) the single one that
 * is an English word ("episode").
 */
final class EnglishSpelling {

    private EnglishSpelling() {
    }

    /**
     * One code point per position, or null unless exactly one spelling is an English word. Positions with a
     * single option are fixed; if any position with several options is not a math letter, null.
     */
    static int[] choose(int[][] options, int maxSpellings) {
        long spellings = 1;
        for (int[] option : options) {
            for (int cp : option) {
                if (option.length > 1 && !MathLetters.isLetter(cp)) {
                    return null;
                }
            }
            spellings *= option.length;
            if (spellings > maxSpellings) {
                return null;
            }
        }
        for (int[] option : options) {
            if (!MathLetters.isLetter(option[0])) {
                return null; // the word check only makes sense for a word made of letters
            }
        }
        int[] found = null;
        int[] pick = new int[options.length];
        char[] word = new char[options.length];
        for (long n = 0; n < spellings; n++) {
            long rest = n;
            for (int i = 0; i < options.length; i++) {
                pick[i] = options[i][(int) (rest % options[i].length)];
                rest /= options[i].length;
                word[i] = MathLetters.plainLower(pick[i]);
            }
            if (EnglishWords.contains(new String(word))) {
                if (found != null) {
                    return null;
                }
                found = pick.clone();
            }
        }
        return found;
    }
}
