package org.kasten.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import com.ibm.icu.text.Normalizer2;

/**
 * The analysis chains of the index. Every chain folds each word with ICU (NFKC case folding, so
 * {@code 𝐄𝐏𝐈𝐒𝐎𝐃𝐄} reads "episode" and full-width letters read as ASCII; accents removed), and joins CJK
 * characters into bigrams so Chinese and Japanese text is searchable without a dictionary. The {@link #stemmed()} chain adds
 * British→American spelling, stop words and the Porter stemmer; {@link #exact()} keeps every word as written
 * (for "exact phrases" and prefixes).
 */
final class NoteAnalyzers {

    /** English stop words plus question words people type in natural-language queries. */
    static final CharArraySet STOP_WORDS;

    /**
     * {@link #STOP_WORDS} for the analysis chains, whose words reach the stop filter folded (no character of
     * theirs lower-cases to an ASCII letter but the letters themselves): a case-sensitive look-up finds the same
     * words without lower-casing each character of each word (which took 7% of a first index build).
     */
    private static final CharArraySet FOLDED_STOP_WORDS;

    static {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        for (String word : new String[]{"i", "me", "my", "you", "your", "we", "our", "how", "what", "when",
                "where", "which", "who", "why", "do", "does", "did", "can", "could", "should", "would", "from",
                "about", "so", "than", "too", "very", "has", "have", "had", "am", "its", "see", "get", "want", "need",
                "way", "any", "some", "just", "also", "there", "here"}) {
            stop.add(word);
        }
        STOP_WORDS = CharArraySet.unmodifiableSet(stop);
        FOLDED_STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(stop, false));
    }

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);

    private NoteAnalyzers() {
    }

    private static final Analyzer STEMMED = createStemmed();
    private static final Analyzer EXACT_ANALYZER = createExact();
    private static final Analyzer STEMMED_REMEMBERED = createStemmedRemembered();

    /** Words, folded, British spellings made American, stop words removed, Porter-stemmed: for ranking. */
    static Analyzer stemmed() {
        return STEMMED;
    }

    /** Words, folded, nothing removed or stemmed: exact phrases and prefix matching. */
    static Analyzer exact() {
        return EXACT_ANALYZER;
    }

    private static Analyzer createStemmed() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, stemmedOf(folded(tokenizer)));
            }

        };
    }

    /**
     * The {@link #stemmed()} chain with each word's outcome remembered per thread ({@link StemmedWords}): the same
     * tokens, for the stemmed fields of a document being indexed (headings and the text's lead, title, aliases,
     * anchor text, properties, tags), whose words a build meets again and again. Queries keep {@link #stemmed()}.
     */
    private static Analyzer createStemmedRemembered() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new StemmedWords(folded(tokenizer)));
            }

        };
    }

    private static Analyzer createExact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, folded(tokenizer));
            }

        };
    }

    /**
     * The analyzer of every indexed field: exact fields unstemmed, the rest stemmed, as {@link #stemmed()} does it
     * with each word's outcome remembered (what that saves: docs/performance.md, "Issue 16: cold index, session 15").
     */
    static Analyzer perField() {
        Analyzer exact = exact();
        return new PerFieldAnalyzerWrapper(STEMMED_REMEMBERED, Map.of(
                NoteFields.EXACT, exact,
                NoteFields.TITLE_EXACT, exact));
    }

    /** Folds a keyword (tag, path, key) to NFKC lower case: the form keyword fields are indexed and queried in. */
    static String fold(String value) {
        return NFKC_CASEFOLD.normalize(value);
    }

    /** The stemmed chain's steps after folding: {@code folded} is what {@link #exact()} gives. */
    static TokenStream stemmedOf(TokenStream folded) {
        TokenStream stream = new EnglishPossessiveFilter(folded);
        stream = new SpellingNormalizationFilter(stream);
        stream = new StopFilter(stream, FOLDED_STOP_WORDS);
        return new PorterStemFilter(stream);
    }

    private static TokenStream folded(Tokenizer tokenizer) {
        TokenStream stream = new FoldingFilter(tokenizer);
        return new CJKBigramFilter(stream);
    }
}
