package org.kasten.search;

import java.io.IOException;
import java.util.Arrays;

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
        private final WordTable words = new WordTable();
        private final OneWord source = new OneWord();
        private final TokenStream chain = NoteAnalyzers.stemmedOf(source);
        private final CharTermAttribute out = chain.addAttribute(CharTermAttribute.class);

        char[] stemmed(char[] buffer, int length) throws IOException {
            char[] known = words.get(buffer, length);
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

    /**
     * Words (as char runs) to what the filters made of them: open addressing over two arrays. Lucene's
     * {@code CharArrayMap} does the same job, but reads every key code point by code point (for its
     * case-insensitive mode), which made the look-ups a quarter of this filter's time.
     */
    private static final class WordTable {
        private char[][] keys = new char[2048][];
        private char[][] values = new char[2048][];
        private int size;

        char[] get(char[] buffer, int length) {
            int mask = keys.length - 1;
            for (int i = hash(buffer, length) & mask; ; i = (i + 1) & mask) {
                char[] key = keys[i];
                if (key == null) {
                    return null;
                }
                if (key.length == length && Arrays.equals(key, 0, length, buffer, 0, length)) {
                    return values[i];
                }
            }
        }

        /** Adds a word not in the table. */
        void put(char[] key, char[] value) {
            if (2 * (size + 1) > keys.length) {
                char[][] oldKeys = keys;
                char[][] oldValues = values;
                keys = new char[oldKeys.length * 2][];
                values = new char[oldKeys.length * 2][];
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != null) {
                        insert(oldKeys[i], oldValues[i]);
                    }
                }
            }
            insert(key, value);
            size++;
        }

        private void insert(char[] key, char[] value) {
            int mask = keys.length - 1;
            int i = hash(key, key.length) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
        }

        int size() {
            return size;
        }

        void clear() {
            Arrays.fill(keys, null);
            Arrays.fill(values, null);
            size = 0;
        }

        private static int hash(char[] buffer, int length) {
            int h = 0;
            for (int i = 0; i < length; i++) {
                h = 31 * h + buffer[i];
            }
            return h ^ (h >>> 16);
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
