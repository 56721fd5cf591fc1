package org.kasten.ui.viewmodel;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;

/**
 * A deliberately small page for a note when no renderer is available (headings, paragraphs, lists and
 * followable {@code [[links]]}); everything is HTML-escaped. The real pages come from the render package.
 */
public final class FallbackHtml {

    private static final Pattern WIKI = Pattern.compile("\\[\\[([^\\]|#]*)(#[^\\]|]*)?(\\|[^\\]]*)?]]");

    private FallbackHtml() {
    }

    /** The body HTML of a note; {@code resolve} decides where each {@code [[target]]} leads. */
    public static String body(Note note, BiFunction<String, NotePath, Resolution> resolve) {
        StringBuilder html = new StringBuilder();
        boolean inList = false;
        StringBuilder para = new StringBuilder();
        for (String line : note.body().split("\\R", -1)) {
            String trimmed = line.strip();
            boolean item = trimmed.startsWith("- ") || trimmed.startsWith("* ");
            if (trimmed.isEmpty() || trimmed.startsWith("#") || item) {
                flush(html, para);
            }
            if (!item && inList) {
                html.append("</ul>\n");
                inList = false;
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher heading = Pattern.compile("^(#{1,6})\\s+(.*)$").matcher(trimmed);
            if (heading.matches()) {
                int level = heading.group(1).length();
                String text = heading.group(2);
                html.append("<h").append(level).append(" id=\"").append(escape(anchor(text))).append("\">")
                        .append(inline(text, note.path(), resolve)).append("</h").append(level).append(">\n");
            } else if (item) {
                if (!inList) {
                    html.append("<ul>\n");
                    inList = true;
                }
                html.append("<li>").append(inline(trimmed.substring(2), note.path(), resolve)).append("</li>\n");
            } else {
                para.append(para.length() == 0 ? "" : " ").append(inline(trimmed, note.path(), resolve));
            }
        }
        flush(html, para);
        if (inList) {
            html.append("</ul>\n");
        }
        return html.toString();
    }

    /** The anchor a heading gets: lower case, spaces as dashes. */
    public static String anchor(String heading) {
        return heading.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void flush(StringBuilder html, StringBuilder para) {
        if (para.length() > 0) {
            html.append("<p>").append(para).append("</p>\n");
            para.setLength(0);
        }
    }

    private static String inline(String text, NotePath from, BiFunction<String, NotePath, Resolution> resolve) {
        Matcher m = WIKI.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(escape(text.substring(last, m.start())));
            String target = m.group(1).strip();
            String anchor = m.group(2) == null ? null : m.group(2).substring(1);
            String shown = m.group(3) == null ? (target.isEmpty() ? anchor : target) : m.group(3).substring(1);
            String href;
            String cls;
            if (target.isEmpty()) {
                href = "#" + anchor(anchor == null ? "" : anchor);
                cls = "internal";
            } else {
                Resolution r = resolve.apply(target, from);
                boolean note = r.status() == Resolution.Status.NOTE;
                href = note ? KastenUrls.note(r.path(), anchor == null ? null : anchor(anchor)) : KastenUrls.ghost(r.name());
                cls = note ? "internal" : "internal ghost";
            }
            out.append("<a class=\"").append(cls).append("\" href=\"").append(escape(href)).append("\">")
                    .append(escape(shown == null ? "" : shown)).append("</a>");
            last = m.end();
        }
        out.append(escape(text.substring(last)));
        return out.toString();
    }
}
