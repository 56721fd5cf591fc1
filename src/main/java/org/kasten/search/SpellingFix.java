package org.kasten.search;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The fuzzy retry: when a query finds nothing or little, replaces misspelt words by the closest word the vault
 * has ("backlnks" → "backlinks"). A word the vault lacks is always a candidate; a word found in a single note
 * (a typo that also occurs in the vault) only when a word one letter away is far more common. The retry is kept only
 * when it finds clearly more notes ({@link #clearlyMore}).
 */
final class SpellingFix {

    /** Fewer strict matches than this and the query "finds little": a spelling fix is tried. */
    static final int FEW = 3;
    /** A word in at most this many notes may be a typo when a close word is in {@link #POPULAR} times as many. */
    private static final int RARE = 1;
    private static final int POPULAR = 20;
    /** Words this short are corrected by one edit at most ("money" is not "moved"); longer ones by two. */
    private static final int SHORT = 5;

    private SpellingFix() {
    }

    /** True when a query with {@code matches} strict matches finds little enough to try a spelling fix. */
    static boolean findsLittle(long matches) {
        return matches < FEW;
    }

    /** True when the corrected query's {@code after} matches are clearly more than the {@code before} ones. */
    static boolean clearlyMore(long before, long after) {
        return after > 0 && after >= 2 * before + 1;
    }

    /**
     * The query with misspelt words replaced, or null when nothing could be corrected. Words the vault lacks
     * are corrected first; only when there are none, words of a single note that are one letter away from a
     * far more common word.
     */
    static String correct(IndexReader reader, String query, List<String> words) throws IOException {
        String corrected = correct(reader, query, words, false);
        return corrected != null ? corrected : correct(reader, query, words, true);
    }

    private static String correct(IndexReader reader, String query, List<String> words, boolean rare) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinPrefix(0);
        String corrected = query;
        boolean changed = false;
        for (String word : words) {
            String folded = NoteAnalyzers.fold(word);
            if (folded.length() < 3 || !folded.codePoints().allMatch(Character::isLetterOrDigit)) {
                continue;
            }
            Term term = new Term(NoteFields.EXACT, folded);
            int notes = reader.docFreq(term);
            if (rare ? notes == 0 || notes > RARE : notes > 0) {
                continue;
            }
            checker.setMaxEdits(rare || folded.length() <= SHORT ? 1 : 2);
            SuggestWord[] suggestions = checker.suggestSimilar(term, 1, reader,
                    rare ? SuggestMode.SUGGEST_MORE_POPULAR : SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length > 0 && (!rare || suggestions[0].freq >= POPULAR * notes)) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(corrected);
                corrected = m.replaceFirst(Matcher.quoteReplacement(suggestions[0].string));
                changed = true;
            }
        }
        return changed ? corrected : null;
    }
}
