package org.kasten.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Rewrites British spellings to American ones ({@link SpellingVariants}) before stemming. */
final class SpellingNormalizationFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    SpellingNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword() && term.length() > 3 && SpellingVariants.mayChange(term.buffer(), term.length())) {
            String original = term.toString();
            String american = SpellingVariants.americanize(original);
            if (!american.equals(original)) {
                term.setEmpty().append(american);
            }
        }
        return true;
    }
}
