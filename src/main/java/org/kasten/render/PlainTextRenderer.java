package org.kasten.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.kasten.note.Anchors;
import org.kasten.note.Heading;
import org.kasten.note.Note;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

/**
 * Renders a plain-text note as structured HTML: the first line is the title, section headings ("Key ideas",
 * "See also") are the lines the parser found as headings (or, for a note built without them, short lines
 * before a list or a longer paragraph), {@code - } lines are list items, other lines are paragraphs. Entries of a "See also" section link the concepts they name (the text before the dash).
 */
final class PlainTextRenderer {

    private static final Pattern DASH = Pattern.compile("\\s+[—–-]\\s+");
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
            html.append("<h1 id=\"").append(MarkdownPipeline.escape(context.uniqueId(Anchors.slug(title)))).append("\">")
                    .append(MarkdownPipeline.escape(title)).append("</h1>\n");
            i++;
        }
        String section = "";
        boolean lead = true;
        while (i < lines.length) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                i++;
            } else if (isItem(line)) {
                html.append("<ul>\n");
                while (i < lines.length && isItem(lines[i].strip())) {
                    String item = lines[i].strip().substring(2).strip();
                    html.append("<li>").append(section.equalsIgnoreCase("see also")
                            ? seeAlso(item, note.bodyLine() + i, note, context) : InlineText.html(item, context))
                            .append("</li>\n");
                    i++;
                }
                html.append("</ul>\n");
            } else if (parsed.isEmpty() ? isHeading(lines, i) : parsed.containsKey(note.bodyLine() + i)) {
                section = line;
                Heading heading = parsed.get(note.bodyLine() + i);
                String anchor = heading == null ? Anchors.slug(line) : heading.anchor();
                html.append("<h2 id=\"").append(MarkdownPipeline.escape(context.uniqueId(anchor)))
                        .append("\">").append(MarkdownPipeline.escape(line)).append("</h2>\n");
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

    /** One "See also" entry: the concept names before the dash become links, the description stays text. */
    private static String seeAlso(String item, int fileLine, Note note, RenderContext context) {
        String[] parts = DASH.split(item, 2);
        String names = parts[0];
        String rest = parts.length > 1 ? item.substring(names.length()) : "";
        List<String> concepts = new ArrayList<>();
        for (ResolvedLink link : context.targets.seeAlso(note.path())) {
            if (link.link().line() == fileLine) {
                concepts.add(link.link().target());
            }
        }
        if (concepts.isEmpty()) {
            concepts = splitConcepts(names, context);
        }
        StringBuilder html = new StringBuilder();
        String lower = names.toLowerCase(java.util.Locale.ROOT);
        int cursor = 0;
        for (String name : concepts) {
            int at = lower.indexOf(name.toLowerCase(java.util.Locale.ROOT), cursor);
            if (at < 0) {
                continue;
            }
            html.append(MarkdownPipeline.escape(names.substring(cursor, at)));
            String written = names.substring(at, at + name.length());
            InlineText.anchor(html, TargetResolver.resolve(name, false, context), written);
            cursor = at + name.length();
        }
        html.append(MarkdownPipeline.escape(names.substring(cursor)));
        return html.append(MarkdownPipeline.escape(rest)).toString();
    }

    /** One concept when the whole name resolves or has no comma; else each comma-separated name. */
    private static List<String> splitConcepts(String names, RenderContext context) {
        String whole = names.strip();
        if (!whole.contains(",") || context.targets.resolve(whole, context.from).status() == Resolution.Status.NOTE) {
            return List.of(whole);
        }
        List<String> out = new ArrayList<>();
        for (String part : whole.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
