package org.kasten.render;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kasten.note.HtmlText;
import org.kasten.note.Frontmatter;
import org.kasten.note.KastenUrl;

/**
 * The frontmatter as a properties table at the top of a note: lists as chips, tags as chips that start a tag
 * search, URLs and {@code [[links]]} clickable, dates readable, booleans as ticks. Every value is escaped.
 */
final class PropertiesTable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private PropertiesTable() {
    }

    /** The table's HTML, or "" when there is no frontmatter. */
    static String html(Frontmatter frontmatter, RenderContext context) {
        if (frontmatter.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<table class=\"properties\">\n<tbody>\n");
        for (Map.Entry<String, Object> entry : frontmatter.values().entrySet()) {
            String key = entry.getKey();
            html.append("<tr><th>").append(HtmlText.escape(key)).append("</th><td>");
            if (key.equalsIgnoreCase("tags") || key.equalsIgnoreCase("tag")) {
                for (String tag : frontmatter.strings(key)) {
                    String name = tag.startsWith("#") ? tag.substring(1) : tag;
                    html.append("<a class=\"tag\" href=\"").append(HtmlText.escape(KastenUrl.tag(name)))
                            .append("\">#").append(HtmlText.escape(name)).append("</a> ");
                }
            } else {
                value(entry.getValue(), html, context);
            }
            html.append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static void value(Object value, StringBuilder html, RenderContext context) {
        if (value == null) {
            html.append("<span class=\"empty\">—</span>");
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                html.append("<span class=\"chip\">");
                value(item, html, context);
                html.append("</span>");
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                html.append("<span class=\"chip\">").append(HtmlText.escape(String.valueOf(entry.getKey())))
                        .append(": ");
                value(entry.getValue(), html, context);
                html.append("</span>");
            }
        } else if (value instanceof Boolean flag) {
            html.append("<input type=\"checkbox\" disabled").append(flag ? " checked" : "").append(">");
        } else if (value instanceof TemporalAccessor time) {
            html.append(date(time));
        } else {
            html.append(InlineText.html(String.valueOf(value), context));
        }
    }

    private static String date(TemporalAccessor time) {
        String iso = time.toString();
        String shown;
        try {
            shown = time instanceof java.time.LocalDate ? DATE.format(time) : DATE_TIME.format(time);
        } catch (RuntimeException e) {
            shown = iso;
        }
        return "<time datetime=\"" + HtmlText.escape(iso) + "\">" + HtmlText.escape(shown) + "</time>";
    }
}
