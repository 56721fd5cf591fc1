package org.kasten.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kasten.note.HtmlText;
import org.kasten.note.LinkKind;
import org.kasten.note.ResolvedLink;

/**
 * The bare entries of a "See also" list ({@code Scaling Laws, Pretraining — the backdrop}) as links. Which
 * lines are entries and which concepts each names is the graph's answer (the vault reads the section, the
 * graph splits a name list): the page links exactly those names where they are written, the rest stays text.
 */
final class SeeAlsoEntries {

    private SeeAlsoEntries() {
    }

    /** The concepts the graph read from each bare "See also" entry of the note being rendered, by file line. */
    static Map<Integer, List<String>> byLine(RenderContext context) {
        Map<Integer, List<String>> names = new HashMap<>();
        for (ResolvedLink link : context.targets.seeAlso(context.from)) {
            if (link.link().kind() == LinkKind.SEE_ALSO) {
                names.computeIfAbsent(link.link().line(), l -> new ArrayList<>()).add(link.link().target());
            }
        }
        return names;
    }

    /** The HTML of {@code item} (plain text) whose concepts are {@code concepts}, in order. */
    static String html(String item, List<String> concepts, RenderContext context) {
        StringBuilder html = new StringBuilder();
        String lower = item.toLowerCase(Locale.ROOT);
        int cursor = 0;
        for (String name : concepts) {
            int at = lower.indexOf(name.toLowerCase(Locale.ROOT), cursor);
            if (at < 0) {
                continue;
            }
            HtmlText.escape(item, cursor, at, html);
            String written = item.substring(at, at + name.length());
            InlineText.anchor(html, HrefResolver.resolve(name, false, context), written);
            cursor = at + name.length();
        }
        HtmlText.escape(item, cursor, item.length(), html);
        return html.toString();
    }
}
