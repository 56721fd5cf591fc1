package org.kasten.markdown;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline {@code #tags} as Obsidian reads them, one rule for the vault (which lists a note's tags) and the
 * renderer (which makes them links): after a space, a line start, {@code (}, {@code ,} or {@code ;}, letters,
 * digits, '_', '-' and '/' (nested tags), at least one of them not a digit; leading '/' and '-' and trailing
 * '/' are not part of the name. Not a tag: {@code #123}, URL fragments, CSS colours such as
 * {@code fill:#dcddde} or {@code #a1b2c3} (six or eight hex digits, one a digit).
 */
public final class InlineTags {

    private static final Pattern RUN = Pattern.compile("#[\\p{L}\\p{N}_/\\-]+");
    private static final Pattern HEX_COLOUR = Pattern.compile("(?i)[0-9a-f]{6}|[0-9a-f]{8}");

    /**
     * One tag as written.
     *
     * @param name the tag without '#' ({@code a/b})
     * @param end  the index after the written tag (trailing '/' left out)
     */
    public record Tag(String name, int end) {
    }

    private InlineTags() {
    }

    /** Adds the tags found in {@code text[from, to)} to {@code tags}; {@code text} gives the preceding character. */
    public static void find(CharSequence text, int from, int to, Collection<String> tags) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '#') { // most text has no '#': no matcher needed
                Tag tag = at(text, i, to);
                if (tag != null) {
                    tags.add(tag.name());
                    i = tag.end() - 1;
                }
            }
        }
    }

    /** The tag whose '#' is {@code text[hash]}, read no further than {@code limit}; null when there is none. */
    public static Tag at(CharSequence text, int hash, int limit) {
        char before = hash == 0 ? ' ' : text.charAt(hash - 1);
        if (!(Character.isWhitespace(before) || before == '(' || before == ',' || before == ';')) {
            return null;
        }
        Matcher m = RUN.matcher(text).region(hash, limit);
        if (!m.lookingAt()) {
            return null;
        }
        int end = m.end();
        while (end > hash + 1 && text.charAt(end - 1) == '/') {
            end--;
        }
        String tag = trimSlashes(text.subSequence(hash + 1, end).toString());
        if (tag.isEmpty() || tag.chars().allMatch(Character::isDigit) || looksLikeColour(tag)
                || followsCssProperty(text, hash)) {
            return null;
        }
        return new Tag(tag, end);
    }

    /** Normalises a tag from frontmatter: no '#', no surrounding slashes or spaces. */
    public static String normalise(String tag) {
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
