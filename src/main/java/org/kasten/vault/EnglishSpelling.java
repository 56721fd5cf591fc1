package org.kasten.vault;

/**
 * Chooses among the possible spellings of a word in mathematical letters (𝐄?𝐈𝐒?𝐃𝐄) the single one that
 * is an English word ("episode"). Tries letters left to right, dropping any prefix no word starts with.
 */
final class EnglishSpelling {

    private final int[][] options;
    private final int[] pick;
    private final char[] word;
    private int[] found;
    private int matches;

    private EnglishSpelling(int[][] options) {
        this.options = options;
        this.pick = new int[options.length];
        this.word = new char[options.length];
    }

    /**
     * One code point per position, or null unless exactly one spelling is an English word. Every option
     * must be a math letter; at most {@code maxSpellings} spellings are considered (else null).
     */
    static int[] choose(int[][] options, int maxSpellings) {
        long spellings = 1;
        for (int[] option : options) {
            for (int cp : option) {
                if (!MathLetters.isLetter(cp)) {
                    return null; // the word check only makes sense for a word made of letters
                }
            }
            spellings *= option.length;
            if (spellings > maxSpellings) {
                return null;
            }
        }
        EnglishSpelling search = new EnglishSpelling(options);
        search.extend(0);
        return search.matches == 1 ? search.found : null;
    }

    private void extend(int position) {
        if (position == options.length) {
            if (EnglishWords.contains(word)) {
                matches++;
                found = pick.clone();
            }
            return;
        }
        for (int cp : options[position]) {
            pick[position] = cp;
            word[position] = MathLetters.plainLower(cp);
            if (matches < 2 && EnglishWords.hasPrefix(word, position + 1)) {
                extend(position + 1);
            }
        }
    }
}
