package org.kasten.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text made clickable: {@code [[wiki-links]]} resolved like the Markdown ones and bare http(s) URLs
 * as external links; everything else escaped. Used for frontmatter values and plain-text notes.
 */
final class InlineText {

    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]\\n]+)]]|(https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]'])");

    private InlineText() {
    }

    /** The HTML of {@code text}. */
    static String html(String text, RenderContext context) {
        Matcher matcher = LINK.matcher(text);
        StringBuilder html = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            html.append(MarkdownPipeline.escape(text.substring(last, matcher.start())));
            if (matcher.group(1) != null) {
                WikiTarget wiki = WikiTarget.parse(matcher.group(1));
                LinkTarget target = HrefResolver.resolve(wiki.target(), false, context);
                anchor(html, target, wiki.text() != null ? wiki.text() : wiki.defaultText());
            } else {
                String url = matcher.group(2);
                anchor(html, new LinkTarget(LinkTarget.Kind.EXTERNAL, url, "external", url, null, null), url);
            }
            last = matcher.end();
        }
        return html.append(MarkdownPipeline.escape(text.substring(last))).toString();
    }

    /** Appends {@code <a href class>text</a>} for a resolved target. */
    static void anchor(StringBuilder html, LinkTarget target, String text) {
        html.append("<a");
        if (!target.url().isEmpty()) {
            html.append(" href=\"").append(MarkdownPipeline.escape(target.url())).append('"');
        }
        html.append(" class=\"").append(target.cssClass()).append('"');
        if (target.kind() == LinkTarget.Kind.EXTERNAL) {
            html.append(" rel=\"noopener noreferrer\"");
        }
        html.append('>').append(MarkdownPipeline.escape(text)).append("</a>");
    }
}
