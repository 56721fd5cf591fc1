package org.kasten.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The stemmed chain's steps after folding ({@link NoteAnalyzers#stemmedOf}: possessives, British spellings,
 * stop words, Porter stemmer) for indexing, with each word's outcome remembered per thread. Those steps look
 * at one word at a time and nothing else, so a word seen before (most words of a vault's notes are) takes a
 * look-up instead of four filters: they were a fifth of a first index build's CPU time. Unseen words go
 * through the real filters. Stop words are dropped as {@code StopFilter} drops them: their positions are
 * added to the next word's increment, or to the end-of-stream increment.
 */
final class StemmedWords extends TokenFilter {

    /** Words remembered per thread at most; then the memo starts again (a few MB). */
    private static final int MAX_WORDS = 50_000;
    private static final char[] STOPPED = new char[0];
    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private Memo memo;
    private int skipped;

    StemmedWords(TokenStream folded) {
        super(folded);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        memo = MEMO.get(); // the thread that reads the words
        skipped = 0;
    }

    @Override
    public boolean incrementToken() throws IOException {
        skipped = 0;
        while (input.incrementToken()) {
            char[] word = memo.stemmed(term.buffer(), term.length());
            if (word != STOPPED) {
                term.copyBuffer(word, 0, word.length);
                if (skipped != 0) {
                    increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
                }
                return true;
            }
            skipped += increment.getPositionIncrement();
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
    }

    /** One thread's words and what the filters made of them, and those filters over a one-word stream. */
    private static final class Memo {
        private final CharArrayMap<char[]> words = new CharArrayMap<>(1024, false);
        private final OneWord source = new OneWord();
        private final TokenStream chain = NoteAnalyzers.stemmedOf(source);
        private final CharTermAttribute out = chain.addAttribute(CharTermAttribute.class);

        char[] stemmed(char[] buffer, int length) throws IOException {
            char[] known = words.get(buffer, 0, length);
            if (known != null) {
                return known;
            }
            source.set(buffer, length);
            chain.reset();
            char[] result = chain.incrementToken() ? Arrays.copyOf(out.buffer(), out.length()) : STOPPED;
            chain.end();
            chain.close();
            if (words.size() >= MAX_WORDS) {
                words.clear();
            }
            words.put(Arrays.copyOf(buffer, length), result);
            return result;
        }
    }

    /** A token stream of one word. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] buffer;
        private int length;
        private boolean pending;

        void set(char[] buffer, int length) {
            this.buffer = buffer;
            this.length = length;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = true;
        }

        @Override
        public boolean incrementToken() {
            if (!pending) {
                return false;
            }
            pending = false;
            clearAttributes();
            term.copyBuffer(buffer, 0, length);
            return true;
        }
    }
}
