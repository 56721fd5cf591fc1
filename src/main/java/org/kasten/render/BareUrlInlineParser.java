package org.kasten.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * GFM-style autolinks for bare {@code http(s)://…} and {@code www.…} URLs, found while parsing inlines (much
 * cheaper than flexmark's autolink post-processor on large notes): trailing punctuation and unbalanced
 * closing parentheses are not part of the URL, and a URL must not start in the middle of a word.
 */
final class BareUrlInlineParser extends NodeInlineParser {

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"`\\]]*", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = "?!.,:;*_~'\"";

    @Override
    public boolean parse(LightInlineParser parser) {
        int index = parser.getIndex();
        BasedSequence input = parser.getInput();
        if (index > 0 && (Character.isLetterOrDigit(input.charAt(index - 1)) || input.charAt(index - 1) == '/')) {
            return false;
        }
        char first = input.charAt(index);
        if (first == 'h' ? !startsWith(input, index, "http") : !startsWith(input, index, "www.")) {
            return false;
        }
        Matcher matcher = URL.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.lookingAt()) {
            return false;
        }
        int end = balance(input, index, matcher.end());
        if (end - index < 8) {
            return false;
        }
        return emit(parser, new BareUrl(input.subSequence(index, end)), end);
    }

    /** Drops trailing punctuation, and closing parentheses that have no opening one inside the URL. */
    private static int balance(BasedSequence input, int start, int end) {
        while (end > start && TRAILING.indexOf(input.charAt(end - 1)) >= 0) {
            end--;
        }
        while (end > start && input.charAt(end - 1) == ')') {
            int open = 0;
            int close = 0;
            for (int i = start; i < end; i++) {
                if (input.charAt(i) == '(') {
                    open++;
                } else if (input.charAt(i) == ')') {
                    close++;
                }
            }
            if (close <= open) {
                break;
            }
            end--;
            while (end > start && TRAILING.indexOf(input.charAt(end - 1)) >= 0) {
                end--;
            }
        }
        return end;
    }

    private static boolean startsWith(BasedSequence input, int index, String prefix) {
        return index + prefix.length() <= input.length()
                && input.subSequence(index, index + prefix.length()).toString().equalsIgnoreCase(prefix);
    }

}
