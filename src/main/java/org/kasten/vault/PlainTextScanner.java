package org.kasten.vault;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kasten.markdown.InlineTags;
import org.kasten.markdown.SeeAlsoEntry;
import org.kasten.markdown.WikiLink;
import org.kasten.markdown.Comments;
import org.kasten.note.Anchors;
import org.kasten.note.BlockId;
import org.kasten.note.Heading;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;

/**
 * Gives structure to a plain-text note (like seed 000): the first line is the title; a short line without
 * closing punctuation that is followed by text ("Key ideas", "See also") starts a section; {@code - } lines
 * are list entries; entries under "See also" name concepts even without brackets. {@code [[links]]} and
 * {@code #tags} in the text count as in Markdown.
 */
final class PlainTextScanner {

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*•]|\\d+[.)])\\s+(.*)$");
    private static final int MAX_HEADING_LENGTH = 80;
    private static final int MAX_HEADING_WORDS = 10;

    /** Scans {@code body}, whose first line is line {@code firstLine} of the file. */
    ParsedBody scan(String body, int firstLine) {
        String visible = Comments.blank(body);
        TextLines lines = new TextLines(visible, firstLine);
        ParsedBody out = new ParsedBody();
        int titleIndex = -1;
        boolean inSeeAlso = false;
        for (int i = 0; i < lines.count(); i++) {
            String raw = lines.raw(i);
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int offset = lines.start(i);
            if (titleIndex < 0) {
                titleIndex = i;
                out.firstHeading = line;
                out.headings.add(new Heading(1, line, Anchors.slug(line), lines.firstLine() + i));
                continue;
            }
            Matcher item = LIST_ITEM.matcher(raw);
            if (!item.matches() && isHeading(line, nextNonEmpty(lines, i))) {
                inSeeAlso = SeeAlsoEntry.isLabel(line);
                out.headings.add(new Heading(2, line, Anchors.slug(line), lines.firstLine() + i));
                continue;
            }
            int before = out.links.size();
            wikiLinks(visible, offset, offset + raw.length(), lines, inSeeAlso && item.matches(), out);
            if (inSeeAlso && item.matches() && out.links.size() == before) {
                String name = SeeAlsoEntry.name(item.group(2));
                if (!name.isEmpty()) {
                    out.links.add(new Link(name, null, null, LinkKind.SEE_ALSO, lines.firstLine() + i,
                            item.start(2) + 1, lines.context(offset), true));
                }
            }
            InlineTags.find(visible, offset, offset + raw.length(), out.tags);
            Matcher block = WikiLink.BLOCK_ID.matcher(raw);
            if (block.find()) {
                out.blocks.add(new BlockId(block.group(1), lines.firstLine() + i));
            }
        }
        out.plainText = visible;
        return out;
    }

    /** A short line without closing punctuation, followed by more text, reads as a section heading. */
    static boolean isHeading(String line, String next) {
        if (next != null && SeeAlsoEntry.isLabel(line)) {
            return true;
        }
        if (next == null || line.length() > MAX_HEADING_LENGTH || line.split("\\s+").length > MAX_HEADING_WORDS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".,;:!?\"”)".indexOf(last) < 0 && Character.isLetterOrDigit(line.codePointAt(0));
    }

    private static String nextNonEmpty(TextLines lines, int index) {
        for (int j = index + 1; j < lines.count(); j++) {
            String s = lines.raw(j).strip();
            if (!s.isEmpty()) {
                return s;
            }
        }
        return null;
    }

    private static void wikiLinks(String text, int from, int to, TextLines lines, boolean seeAlso, ParsedBody out) {
        Matcher m = WikiLink.matcher(text).region(from, to);
        while (m.find()) {
            WikiLink parts = WikiLink.parse(m.group(2));
            if (!parts.isVaultLink()) {
                continue;
            }
            boolean embed = !m.group(1).isEmpty();
            out.links.add(new Link(parts.target(), parts.anchor(), parts.display(),
                    embed ? LinkKind.EMBED : LinkKind.WIKI, lines.line(m.start()), lines.column(m.start()),
                    lines.context(m.start()), seeAlso));
        }
    }
}
