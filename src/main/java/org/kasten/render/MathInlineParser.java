package org.kasten.render;

import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Parses TeX math: {@code $$…$$} (display, may span the lines of one paragraph) and {@code $…$} (inline: no
 * space just inside the dollars, and a closing dollar not followed by a digit, so "$5 and $10" is text).
 */
final class MathInlineParser extends NodeInlineParser {

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        boolean display = start + 1 < input.length() && input.charAt(start + 1) == '$';
        int open = start + (display ? 2 : 1);
        int close = display ? closeDisplay(input, open) : closeInline(input, open);
        if (close < 0) {
            return false;
        }
        String tex = input.subSequence(open, close).toString();
        if (tex.isBlank()) {
            return false;
        }
        int end = close + (display ? 2 : 1);
        return emit(parser, new MathNode(input.subSequence(start, end), tex.strip(), display), end);
    }

    private static int closeDisplay(BasedSequence input, int from) {
        for (int i = from; i + 1 < input.length(); i++) {
            if (input.charAt(i) == '\\') {
                i++;
            } else if (input.charAt(i) == '$' && input.charAt(i + 1) == '$') {
                return i;
            }
        }
        return -1;
    }

    private static int closeInline(BasedSequence input, int from) {
        if (from >= input.length() || Character.isWhitespace(input.charAt(from)) || input.charAt(from) == '$') {
            return -1;
        }
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\n' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                return -1;
            } else if (c == '$') {
                boolean spaceBefore = Character.isWhitespace(input.charAt(i - 1));
                boolean digitAfter = i + 1 < input.length() && Character.isDigit(input.charAt(i + 1));
                return spaceBefore || digitAfter ? -1 : i;
            }
        }
        return -1;
    }

}
