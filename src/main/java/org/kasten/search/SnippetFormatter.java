package org.kasten.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.kasten.note.HtmlText;

/**
 * Formats highlighted passages as HTML: text escaped, matches in {@code <mark>}, each passage cut to a
 * window of about {@link #WINDOW} characters around its first match, passages joined by " … ". A match that the
 * query's regexes do not really match is not marked ({@link RegexMarks}).
 */
final class SnippetFormatter extends PassageFormatter {

    static final int WINDOW = 220;
    private static final int BEFORE = 70;

    /** The regex checks of the query, or null when it has no regex (every match is marked). */
    private final RegexMarks regexMarks;

    SnippetFormatter(RegexMarks regexMarks) {
        this.regexMarks = regexMarks;
    }

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        for (Passage passage : passages) {
            if (!out.isEmpty()) {
                out.append(" … ");
            }
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            if (end - start > WINDOW) {
                int first = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
                int from = Math.max(start, first - BEFORE);
                if (from > start) {
                    from = wordStart(content, from, first);
                }
                int to = Math.min(end, from + WINDOW);
                if (to < end) {
                    to = wordEnd(content, to, from);
                }
                if (from > start) {
                    out.append("… ");
                }
                appendMarked(out, passage, content, from, to);
                if (to < end) {
                    out.append(" …");
                }
            } else {
                appendMarked(out, passage, content, start, end);
            }
        }
        return out.toString().strip();
    }

    private void appendMarked(StringBuilder out, Passage passage, String content, int from, int to) {
        int pos = from;
        for (int i = 0; i < passage.getNumMatches(); i++) {
            if (regexMarks != null && !regexMarks.keep(content, passage.getMatchStarts()[i], passage.getMatchEnds()[i],
                    passage.getMatchTerms()[i])) {
                continue;
            }
            int ms = Math.max(passage.getMatchStarts()[i], pos);
            int me = Math.min(passage.getMatchEnds()[i], to);
            if (me <= ms) {
                continue;
            }
            escape(out, content, pos, ms);
            out.append("<mark>");
            escape(out, content, ms, me);
            out.append("</mark>");
            pos = me;
        }
        escape(out, content, pos, to);
    }

    /** Moves {@code from} forward to the start of a word, not past {@code limit}. */
    private static int wordStart(String content, int from, int limit) {
        int i = from;
        while (i < limit && !Character.isWhitespace(content.charAt(i - 1))) {
            i++;
        }
        return i;
    }

    /** Moves {@code to} back to the end of a word, not before {@code limit}. */
    private static int wordEnd(String content, int to, int limit) {
        int i = to;
        while (i > limit + 1 && !Character.isWhitespace(content.charAt(i))) {
            i--;
        }
        return i > limit + 1 ? i : to;
    }

    /** Appends content[from, to) escaped ({@link HtmlText}), with line breaks and tabs as spaces. */
    static void escape(StringBuilder out, String content, int from, int to) {
        int start = out.length();
        HtmlText.escape(content, from, to, out);
        for (int i = start; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.setCharAt(i, ' ');
            }
        }
    }
}
