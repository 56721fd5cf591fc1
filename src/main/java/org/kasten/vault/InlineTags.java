package org.kasten.vault;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds inline {@code #tags} the way Obsidian does: after a space or line start, letters, digits, '_', '-'
 * and '/' (nested tags), at least one of them not a digit. Not a tag: {@code #123}, URL fragments, CSS
 * colours such as {@code fill:#dcddde} or {@code #a1b2c3} (six or eight hex digits, one a digit).
 */
final class InlineTags {

    private static final Pattern TAG = Pattern.compile("#([\\p{L}\\p{N}_/\\-]+)");
    private static final Pattern HEX_COLOUR = Pattern.compile("(?i)[0-9a-f]{6}|[0-9a-f]{8}");

    private InlineTags() {
    }

    /** Adds the tags found in {@code text[from, to)} to {@code tags}; {@code text} gives the preceding character. */
    static void find(CharSequence text, int from, int to, Collection<String> tags) {
        if (!hasHash(text, from, to)) {
            return; // most text has no '#': no matcher needed
        }
        Matcher m = TAG.matcher(text).region(from, to);
        while (m.find()) {
            int start = m.start();
            char before = start == 0 ? ' ' : text.charAt(start - 1);
            if (!(Character.isWhitespace(before) || before == '(' || before == ',' || before == ';')) {
                continue;
            }
            String tag = trimSlashes(m.group(1));
            if (tag.isEmpty() || tag.chars().allMatch(Character::isDigit) || looksLikeColour(tag)
                    || followsCssProperty(text, start)) {
                continue;
            }
            tags.add(tag);
        }
    }

    private static boolean hasHash(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '#') {
                return true;
            }
        }
        return false;
    }

    /** Normalises a tag from frontmatter: no '#', no surrounding slashes or spaces. */
    static String normalise(String tag) {
        String t = tag.strip();
        while (t.startsWith("#")) {
            t = t.substring(1);
        }
        return trimSlashes(t.strip());
    }

    /** True after "color:" or "fill: " and the like, where '#' starts a colour value. */
    private static boolean followsCssProperty(CharSequence text, int hash) {
        int i = hash - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    private static boolean looksLikeColour(String tag) {
        return HEX_COLOUR.matcher(tag).matches() && tag.chars().anyMatch(Character::isDigit);
    }

    private static String trimSlashes(String tag) {
        int start = 0;
        int end = tag.length();
        while (start < end && (tag.charAt(start) == '/' || tag.charAt(start) == '-')) {
            start++;
        }
        while (end > start && tag.charAt(end - 1) == '/') {
            end--;
        }
        return tag.substring(start, end);
    }
}
