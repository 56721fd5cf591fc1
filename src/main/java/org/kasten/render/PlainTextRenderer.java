package org.kasten.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kasten.note.HtmlText;
import org.kasten.note.Anchors;
import org.kasten.note.Heading;
import org.kasten.note.Note;

/**
 * Renders a plain-text note as structured HTML: the first line is the title, section headings ("Key ideas",
 * "See also") are the lines the parser found as headings (or, for a note built without them, short lines
 * before a list or a longer paragraph), {@code - } lines are list items, other lines are paragraphs. The graph's "See also" entries link the concepts they name ({@link SeeAlsoEntries}).
 */
final class PlainTextRenderer {

    private static final int MAX_HEADING = 80;

    private PlainTextRenderer() {
    }

    /** The body HTML of {@code note} (title included). */
    static String body(Note note, RenderContext context) {
        String[] lines = note.body().split("\\R", -1);
        Map<Integer, Heading> parsed = new HashMap<>();
        note.headings().forEach(h -> parsed.put(h.line(), h));
        StringBuilder html = new StringBuilder("<div class=\"plain-text\">\n");
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i < lines.length) {
            String title = lines[i].strip();
            html.append("<h1 id=\"").append(HtmlText.escape(context.uniqueId(Anchors.slug(title)))).append("\">")
                    .append(HtmlText.escape(title)).append("</h1>\n");
            i++;
        }
        Map<Integer, List<String>> seeAlso = SeeAlsoEntries.byLine(context);
        boolean lead = true;
        while (i < lines.length) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                i++;
            } else if (isItem(line)) {
                html.append("<ul>\n");
                while (i < lines.length && isItem(lines[i].strip())) {
                    String item = lines[i].strip().substring(2).strip();
                    List<String> concepts = seeAlso.get(note.bodyLine() + i);
                    html.append("<li>").append(concepts != null
                            ? SeeAlsoEntries.html(item, concepts, context) : InlineText.html(item, context))
                            .append("</li>\n");
                    i++;
                }
                html.append("</ul>\n");
            } else if (parsed.isEmpty() ? isHeading(lines, i) : parsed.containsKey(note.bodyLine() + i)) {
                Heading heading = parsed.get(note.bodyLine() + i);
                String anchor = heading == null ? Anchors.slug(line) : heading.anchor();
                html.append("<h2 id=\"").append(HtmlText.escape(context.uniqueId(anchor)))
                        .append("\">").append(HtmlText.escape(line)).append("</h2>\n");
                i++;
            } else {
                html.append(lead ? "<p class=\"lead\">" : "<p>").append(InlineText.html(line, context)).append("</p>\n");
                i++;
            }
            lead = false;
        }
        return html.append("</div>\n").toString();
    }

    private static boolean isItem(String line) {
        return line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• ");
    }

    /** A short line without closing punctuation, followed by a list or a longer paragraph. */
    private static boolean isHeading(String[] lines, int i) {
        String line = lines[i].strip();
        if (line.length() > MAX_HEADING || ".:;,!?…\"”)".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        int next = i + 1;
        while (next < lines.length && lines[next].isBlank()) {
            next++;
        }
        if (next >= lines.length) {
            return false;
        }
        String following = lines[next].strip();
        return isItem(following) || following.length() > line.length();
    }
}
