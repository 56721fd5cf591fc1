package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A note's text split into words by the {@link NoteAnalyzers#exact()} chain (tokenized, folded, CJK bigrams)
 * once, for the two fields that index it: {@link NoteFields#BODY} (stemmed on top of these words) and
 * {@link NoteFields#EXACT} (these words after those of the title and aliases). Analysing the text twice
 * cost about a tenth of a first build's CPU time. The token streams give exactly what analysing the strings
 * would: the words, offsets, position increments, lengths, types and the end-of-stream state.
 */
final class FoldedWords {

    private final Recorded prefix;
    private final Recorded text;
    private final int prefixLength;

    private FoldedWords(Recorded prefix, Recorded text, int prefixLength) {
        this.prefix = prefix;
        this.text = text;
        this.prefixLength = prefixLength;
    }

    /**
     * The words of {@code text}, and of {@code prefix + text} for the exact field; {@code prefix} must end
     * where a word ends (it ends with a line break in the exact field), so no word spans the join.
     */
    static FoldedWords of(String prefix, String text) {
        return new FoldedWords(Recorded.of(prefix), Recorded.of(text), prefix.length());
    }

    /** The stemmed chain's tokens of the text, as {@link NoteAnalyzers#stemmed()} gives them. */
    TokenStream body() {
        return new StemmedWords(new Replay(text, null, 0));
    }

    /** The exact chain's tokens of prefix and text, as {@link NoteAnalyzers#exact()} gives them for the joined string. */
    TokenStream exact() {
        return new Replay(prefix, text, prefixLength);
    }

    /**
     * The stemmed chain's tokens of the text's first {@code end} characters, as {@link NoteAnalyzers#stemmed()}
     * gives them for that opening alone (the text's lead, indexed with the headings), without splitting the
     * words again. {@code end} must be the text's length or the index of a space: no word spans a space, so the
     * opening's words are the text's words that start before it.
     */
    TokenStream leadBody(int end) {
        return new StemmedWords(new Replay(text, null, 0, end));
    }

    /** Tokens of one string, in flat arrays. */
    private static final class Recorded {
        private char[] chars;
        private int[] ints;
        private String[] types;
        private int count;
        private int charCount;
        private int endOffset;
        private int endPositionIncrement;

        private static final int START = 0;
        private static final int LENGTH = 1;
        private static final int START_OFFSET = 2;
        private static final int END_OFFSET = 3;
        private static final int POSITION_INCREMENT = 4;
        private static final int POSITION_LENGTH = 5;
        private static final int INTS = 6;

        private Recorded(int textLength) {
            // about one word in six characters of prose
            int words = textLength / 6 + 4;
            chars = new char[textLength + 16];
            ints = new int[words * INTS];
            types = new String[words];
        }

        static Recorded of(String value) {
            Recorded r = new Recorded(value.length());
            try (TokenStream stream = NoteAnalyzers.exact().tokenStream(NoteFields.EXACT, value)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
                TypeAttribute type = stream.addAttribute(TypeAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    r.add(term, offset.startOffset(), offset.endOffset(), increment.getPositionIncrement(),
                            length.getPositionLength(), type.type());
                }
                stream.end();
                r.endOffset = offset.endOffset();
                r.endPositionIncrement = increment.getPositionIncrement();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a string reader does not fail
            }
            return r;
        }

        private void add(CharTermAttribute term, int start, int end, int increment, int length, String type) {
            if (charCount + term.length() > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + term.length()));
            }
            System.arraycopy(term.buffer(), 0, chars, charCount, term.length());
            if ((count + 1) * INTS > ints.length) {
                ints = Arrays.copyOf(ints, ints.length * 2 + INTS);
            }
            if (count == types.length) {
                types = Arrays.copyOf(types, types.length * 2 + 1);
            }
            int at = count * INTS;
            ints[at + START] = charCount;
            ints[at + LENGTH] = term.length();
            ints[at + START_OFFSET] = start;
            ints[at + END_OFFSET] = end;
            ints[at + POSITION_INCREMENT] = increment;
            ints[at + POSITION_LENGTH] = length;
            types[count] = type;
            charCount += term.length();
            count++;
        }
    }

    /** Plays back {@code first}, then {@code second} (if any) with its offsets moved by {@code shift}. */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final Recorded first;
        private final Recorded second;
        private final int shift;
        private Recorded current;
        private int next;
        /** Where the played text ends: tokens starting there or later are not played ({@link #first} alone). */
        private final int limit;
        /** Positions skipped at the end of {@link #first}, carried to the first token of {@link #second}. */
        private int carried;

        Replay(Recorded first, Recorded second, int shift) {
            this(first, second, shift, Integer.MAX_VALUE);
        }

        Replay(Recorded first, Recorded second, int shift, int limit) {
            this.first = first;
            this.second = second;
            this.shift = shift;
            this.limit = limit;
        }

        /** True when the text played is all of {@link #first}'s. */
        private boolean whole() {
            return limit >= first.endOffset;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            current = first;
            next = 0;
            carried = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next == current.count) {
                if (current != first || second == null) {
                    return false;
                }
                carried = first.endPositionIncrement;
                current = second;
                next = 0;
                if (second.count == 0) {
                    return false;
                }
            }
            Recorded r = current;
            int at = next * Recorded.INTS;
            if (r.ints[at + Recorded.START_OFFSET] >= limit) {
                next = r.count; // the rest lies beyond the opening played
                return false;
            }
            clearAttributes();
            term.copyBuffer(r.chars, r.ints[at + Recorded.START], r.ints[at + Recorded.LENGTH]);
            int moved = r == first ? 0 : shift;
            offset.setOffset(r.ints[at + Recorded.START_OFFSET] + moved, r.ints[at + Recorded.END_OFFSET] + moved);
            increment.setPositionIncrement(r.ints[at + Recorded.POSITION_INCREMENT] + carried);
            carried = 0;
            length.setPositionLength(r.ints[at + Recorded.POSITION_LENGTH]);
            type.setType(r.types[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            if (second == null && !whole()) {
                // the opening analysed alone ends after its last word: nothing skipped beyond it
                offset.setOffset(limit, limit);
                increment.setPositionIncrement(0);
            } else if (second == null) {
                offset.setOffset(first.endOffset, first.endOffset);
                increment.setPositionIncrement(first.endPositionIncrement);
            } else {
                offset.setOffset(second.endOffset + shift, second.endOffset + shift);
                // positions skipped after the last word: those at the end of the prefix count when the text has none
                increment.setPositionIncrement(second.endPositionIncrement + (second.count == 0 ? first.endPositionIncrement : 0));
            }
        }
    }
}
