package org.kasten.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a text regex ({@code CASE_INSENSITIVE | UNICODE_CASE}, as {@link OperatorQueries} compiles it)
 * occurs in a note's text, looking at no more than {@link TextRegexQuery#MAX_STEPS} characters. When every match
 * starts with a literal ({@link RegexLiterals#prefix}: {@code back} of {@code /back.*s/}), the matcher is tried
 * only where that literal occurs, found with {@link String#indexOf(int, int)} (vectorised by the JVM) for its
 * rarest character, instead of at every position of the text. One finder per thread: it reuses its matcher.
 */
final class RegexFinder {

    /** For each ASCII character, every char the pattern's case-insensitive match accepts for it. */
    private static final char[][] VARIANTS = variants();
    /** English letters from rare to common: the literal's character searched is the first in this order. */
    private static final String BY_FREQUENCY = "zqxjkvbpygfwmucldrhsnioate ";

    private final Matcher matcher;
    /** The literal every match starts with, folded as the pattern folds it; empty when none. */
    private final char[] prefix;
    /** Which character of {@link #prefix} is searched for. */
    private final int searched;
    private final int[] next;

    /** A finder of {@code pattern}, which was compiled from {@code source} with {@code CASE_INSENSITIVE | UNICODE_CASE}. */
    RegexFinder(Pattern pattern, String source) {
        this.matcher = pattern.matcher("");
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        String literal = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 && (pattern.flags() & Pattern.UNICODE_CASE) != 0
                ? RegexLiterals.prefix(source) : "";
        this.prefix = new char[literal.length()];
        int rarest = 0;
        for (int i = 0; i < prefix.length; i++) {
            prefix[i] = fold(literal.charAt(i));
            if (rank(prefix[i]) < rank(prefix[rarest])) {
                rarest = i;
            }
        }
        this.searched = rarest;
        this.next = new int[prefix.length == 0 ? 0 : VARIANTS[prefix[rarest]].length];
    }

    /** True when the pattern occurs in {@code text} (false when it took more than the steps allowed). */
    boolean find(String text) {
        BoundedText bounded = new BoundedText(text, new int[]{TextRegexQuery.MAX_STEPS});
        try {
            matcher.reset(bounded);
            return prefix.length == 0 ? matcher.find() : findAtPrefix(text);
        } catch (BoundedText.TooLong e) {
            return false;
        } finally {
            matcher.reset("");
        }
    }

    /**
     * True when a match of the pattern, looking from {@code from} on, overlaps {@code text[start, end)} (false when
     * it took more than the steps allowed): whether a highlighted word lies within a match ({@link RegexMarks}).
     */
    boolean overlaps(String text, int from, int start, int end) {
        BoundedText bounded = new BoundedText(text, new int[]{TextRegexQuery.MAX_STEPS});
        try {
            matcher.reset(bounded);
            matcher.region(from, text.length());
            while (matcher.find()) {
                if (matcher.start() >= end) {
                    return false;
                }
                if (matcher.end() > start) {
                    return true;
                }
            }
            return false;
        } catch (BoundedText.TooLong e) {
            return false;
        } finally {
            matcher.reset("");
        }
    }

    /**
     * Tries the matcher (anchored there, seeing the text around) at each place the literal prefix occurs, in
     * order: the pattern occurs in the text exactly when it matches at one of them, since a match can start
     * nowhere else.
     */
    private boolean findAtPrefix(String text) {
        char[] variants = VARIANTS[prefix[searched]];
        for (int v = 0; v < variants.length; v++) {
            next[v] = text.indexOf(variants[v], searched);
        }
        while (true) {
            int at = -1;
            int which = -1;
            for (int v = 0; v < variants.length; v++) {
                if (next[v] >= 0 && (at < 0 || next[v] < at)) {
                    at = next[v];
                    which = v;
                }
            }
            if (at < 0) {
                return false;
            }
            next[which] = text.indexOf(variants[which], at + 1);
            int start = at - searched;
            if (start + prefix.length <= text.length() && prefixAt(text, start)) {
                matcher.region(start, text.length());
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
    }

    private boolean prefixAt(String text, int start) {
        for (int j = 0; j < prefix.length; j++) {
            char c = text.charAt(start + j);
            if (c != prefix[j] && fold(c) != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    /** A char as {@code Pattern} compares it case-insensitively with Unicode case: lower case of upper case. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return (char) Character.toLowerCase(Character.toUpperCase((int) c));
    }

    private static int rank(char c) {
        int i = BY_FREQUENCY.indexOf(c);
        return i < 0 ? -1 : i;
    }

    /** For each ASCII char a: the chars c with c == a or fold(c) == a (e.g. k, K and the Kelvin sign for k). */
    private static char[][] variants() {
        List<List<Character>> lists = new ArrayList<>();
        for (int a = 0; a < 128; a++) {
            lists.add(new ArrayList<>());
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char f = fold((char) c);
            if (f < 128) {
                lists.get(f).add((char) c);
            }
        }
        char[][] out = new char[128][];
        for (int a = 0; a < 128; a++) {
            List<Character> list = lists.get(a);
            out[a] = new char[list.size()];
            for (int i = 0; i < list.size(); i++) {
                out[a][i] = list.get(i);
            }
        }
        return out;
    }

    /** A text that stops the matcher (by an exception) once it has looked at too many characters. */
    private record BoundedText(String text, int[] steps) implements CharSequence {

        /** Thrown when the matcher has used up its steps. */
        static final class TooLong extends RuntimeException {
            TooLong() {
                super("regex took too long", null, false, false);
            }
        }

        @Override
        public char charAt(int index) {
            if (--steps[0] < 0) {
                throw new TooLong();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BoundedText(text.substring(start, end), steps);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
