package org.kasten.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

/**
 * One entry of a "See also" list, as DESIGN.md reads it: the concept names before the dash become links, the
 * description stays text. The graph's resolved entries for that line are used when it has them; otherwise a
 * name list is split at commas unless the whole name is a note's.
 */
final class SeeAlsoEntries {

    private static final Pattern DASH = Pattern.compile("\\s+[—–-]\\s+");

    private SeeAlsoEntries() {
    }

    /** The HTML of {@code item} (plain text) written on {@code fileLine} of the note being rendered. */
    static String html(String item, int fileLine, RenderContext context) {
        String[] parts = DASH.split(item, 2);
        String names = parts[0];
        String rest = parts.length > 1 ? item.substring(names.length()) : "";
        List<String> concepts = new ArrayList<>();
        for (ResolvedLink link : context.targets.seeAlso(context.from)) {
            if (link.link().line() == fileLine) {
                concepts.add(link.link().target());
            }
        }
        if (concepts.isEmpty()) {
            concepts = splitConcepts(names, context);
        }
        StringBuilder html = new StringBuilder();
        String lower = names.toLowerCase(Locale.ROOT);
        int cursor = 0;
        for (String name : concepts) {
            int at = lower.indexOf(name.toLowerCase(Locale.ROOT), cursor);
            if (at < 0) {
                continue;
            }
            html.append(MarkdownPipeline.escape(names.substring(cursor, at)));
            String written = names.substring(at, at + name.length());
            InlineText.anchor(html, HrefResolver.resolve(name, false, context), written);
            cursor = at + name.length();
        }
        html.append(MarkdownPipeline.escape(names.substring(cursor)));
        return html.append(MarkdownPipeline.escape(rest)).toString();
    }

    /** One concept when the whole name resolves or has no comma; else each comma-separated name. */
    private static List<String> splitConcepts(String names, RenderContext context) {
        String whole = names.strip();
        if (whole.isEmpty()) {
            return List.of();
        }
        if (!whole.contains(",") || context.targets.resolve(whole, context.from, false).status() == Resolution.Status.NOTE) {
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
