package org.kasten.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a {@code /regex/} pattern to plan its search: whether it stays within one word (then the index's
 * words are matched directly), and which runs of letters every match must contain (then only notes holding
 * a word with each run are read and verified).
 */
final class RegexLiterals {

    /** Runs shorter than this select too many words to be worth a filter. */
    static final int MIN_RUN = 3;

    private RegexLiterals() {
    }

    /**
     * True when every match of {@code pattern} lies within one word: it has no space, no {@code \s \W \b \B},
     * no {@code .}, no negated character class and no punctuation other than regex syntax.
     */
    static boolean withinWord(String pattern) {
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : ' ';
                if ("sWbBpPQ".indexOf(next) >= 0 || !Character.isLetterOrDigit(next)) {
                    return false;
                }
                i++;
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                } else if (c == '^' || !Character.isLetterOrDigit(c) && c != '-') {
                    return false;
                }
            } else if (c == '[') {
                inClass = true;
            } else if (!Character.isLetterOrDigit(c) && "^$()|?*+{},".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The literal text every match of {@code pattern} starts with: its leading ASCII letters, digits, spaces and
     * punctuation that is no regex syntax, less a last character that a quantifier makes optional ("" when the
     * pattern starts otherwise, has an alternative {@code |} at the top level, or quotes or comments that this
     * reading would misread).
     */
    static String prefix(String pattern) {
        if (misread(pattern) || topLevelAlternative(pattern)) {
            return "";
        }
        int end = 0;
        while (end < pattern.length() && isLiteral(pattern.charAt(end))) {
            end++;
        }
        if (end > 0 && end < pattern.length() && "?*{".indexOf(pattern.charAt(end)) >= 0) {
            end--;
        }
        return pattern.substring(0, end);
    }

    /** True for a character that stands for itself outside a character class, in every mode but comments. */
    private static boolean isLiteral(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || " !\"#%&',-/:;<=>@_`~".indexOf(c) >= 0);
    }

    /** True when {@code pattern} quotes ({@code \Q}) or may turn on comments ({@code (?x)}): runs and prefix are unsure. */
    private static boolean misread(String pattern) {
        if (pattern.contains("\\Q")) {
            return true;
        }
        for (int i = pattern.indexOf("(?"); i >= 0; i = pattern.indexOf("(?", i + 1)) {
            for (int j = i + 2; j < pattern.length() && (Character.isLetter(pattern.charAt(j)) || pattern.charAt(j) == '-'); j++) {
                if (pattern.charAt(j) == 'x') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * For a pattern with alternatives {@code |} at the top level, the runs each alternative requires
     * ({@link #required}): every match contains all the runs of one of them. Empty when some alternative requires
     * none (or the pattern is misread), so any note may match; one list when the pattern has no alternative.
     */
    static List<List<String>> requiredByAlternative(String pattern) {
        if (misread(pattern)) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        int start = 0;
        for (int bar : topLevelBars(pattern)) {
            out.add(required(pattern.substring(start, bar)));
            start = bar + 1;
        }
        out.add(required(pattern.substring(start)));
        return out.stream().anyMatch(List::isEmpty) ? List.of() : out;
    }

    private static boolean topLevelAlternative(String pattern) {
        return !topLevelBars(pattern).isEmpty();
    }

    /** The places of {@code |} outside groups and character classes. */
    private static List<Integer> topLevelBars(String pattern) {
        List<Integer> bars = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = closingBracket(pattern, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '|' && depth == 0) {
                bars.add(i);
            }
        }
        return bars;
    }

    /**
     * Runs of letters and digits (folded to lower case, at least {@link #MIN_RUN} long) that every match of
     * {@code pattern} contains inside one word; empty when none is certain (e.g. an alternative {@code |} at
     * the top level). Runs inside groups and character classes are skipped; a character made optional by
     * {@code ? * {} is dropped from its run.
     */
    static List<String> required(String pattern) {
        if (misread(pattern)) {
            return List.of();
        }
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                end(run, runs, pattern, i);
                i++;
                continue;
            }
            if (c == '[') {
                end(run, runs, pattern, i);
                i = closingBracket(pattern, i);
                continue;
            }
            if (c == '{' && pattern.indexOf('}', i) > 0) {
                end(run, runs, pattern, i); // a count ({2,5}): its digits are no text
                i = pattern.indexOf('}', i);
                continue;
            }
            if (c == '(') {
                end(run, runs, pattern, i);
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '|' && depth == 0) {
                return List.of();
            } else if (depth == 0 && Character.isLetterOrDigit(c) && c < 128) {
                run.append(c);
            } else if (depth == 0) {
                end(run, runs, pattern, i);
            }
        }
        end(run, runs, pattern, pattern.length());
        return runs;
    }

    /** Ends the current run before {@code next}: its last character is dropped when a quantifier makes it optional. */
    private static void end(StringBuilder run, List<String> runs, String pattern, int next) {
        if (run.isEmpty()) {
            return;
        }
        if (next < pattern.length() && "?*{".indexOf(pattern.charAt(next)) >= 0) {
            run.setLength(run.length() - 1);
        }
        if (run.length() >= MIN_RUN) {
            runs.add(run.toString().toLowerCase(Locale.ROOT));
        }
        run.setLength(0);
    }

    /** The index of the {@code ]} closing the character class that opens at {@code open}. */
    private static int closingBracket(String pattern, int open) {
        int i = open + 1;
        if (i < pattern.length() && pattern.charAt(i) == '^') {
            i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++;
        }
        for (; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '\\') {
                i++;
            } else if (pattern.charAt(i) == ']') {
                return i;
            }
        }
        return pattern.length();
    }
}
