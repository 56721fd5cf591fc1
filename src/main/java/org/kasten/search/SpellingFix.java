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

/** The fuzzy retry: replaces words the vault does not contain by the closest word it does ("backlnks" → "backlinks"). */
final class SpellingFix {

    private SpellingFix() {
    }

    /** The query with misspelt words replaced, or null when nothing could be corrected. */
    static String correct(IndexReader reader, String query, List<String> words) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinPrefix(0);
        checker.setMaxEdits(2);
        String corrected = query;
        boolean changed = false;
        for (String word : words) {
            String folded = NoteAnalyzers.fold(word);
            if (folded.length() < 3 || !folded.codePoints().allMatch(Character::isLetterOrDigit)
                    || reader.docFreq(new Term(NoteFields.EXACT, folded)) > 0) {
                continue;
            }
            SuggestWord[] suggestions = checker.suggestSimilar(new Term(NoteFields.EXACT, folded), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length > 0) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(corrected);
                corrected = m.replaceFirst(Matcher.quoteReplacement(suggestions[0].string));
                changed = true;
            }
        }
        return changed ? corrected : null;
    }
}
