package org.kasten.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Parses inline {@code #tags} as Obsidian does: after a space (or at the start), letters, digits, {@code _},
 * {@code -} and {@code /}, with at least one character that is not a digit ({@code #123} is no tag).
 */
final class TagInlineParser implements InlineParserExtension {

    private static final Pattern TAG = Pattern.compile("#([\\p{L}\\p{N}_/-]*[\\p{L}_/-][\\p{L}\\p{N}_/-]*)");

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        int index = parser.getIndex();
        BasedSequence input = parser.getInput();
        if (index > 0) {
            char before = input.charAt(index - 1);
            if (!Character.isWhitespace(before) && before != '(') {
                return false;
            }
        }
        Matcher matcher = TAG.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.lookingAt()) {
            return false;
        }
        String tag = matcher.group(1);
        while (tag.endsWith("/")) {
            tag = tag.substring(0, tag.length() - 1);
        }
        if (tag.isEmpty()) {
            return false;
        }
        int end = index + 1 + tag.length();
        parser.flushTextNode();
        parser.getBlock().appendChild(new TagNode(input.subSequence(index, end), tag));
        parser.setIndex(end);
        return true;
    }

}
