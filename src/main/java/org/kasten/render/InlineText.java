package org.kasten.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kasten.markdown.WikiLink;
import org.kasten.note.HtmlText;

/**
 * Plain text made clickable: {@code [[wiki-links]]} resolved like the Markdown ones and bare http(s) URLs
 * as external links; everything else escaped. Used for frontmatter values and plain-text notes.
 */
final class InlineText {

    private static final Pattern LINK = Pattern.compile(WikiLink.PATTERN.pattern() + "|(https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]'])");

    private InlineText() {
    }

    /** The HTML of {@code text}. */
    static String html(String text, RenderContext context) {
        Matcher matcher = LINK.matcher(text);
        StringBuilder html = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            html.append(HtmlText.escape(text.substring(last, matcher.start())));
            WikiLink wiki = matcher.group(2) == null ? null : WikiLink.parse(matcher.group(2));
            if (wiki != null && wiki.isEmpty()) {
                html.append(HtmlText.escape(matcher.group()));
            } else if (wiki != null) {
                html.append(matcher.group(1)); // "!": an embed in plain text is shown as its link
                LinkTarget target = HrefResolver.resolve(wiki.targetWithAnchor(), false, context);
                anchor(html, target, wiki.display() != null ? wiki.display() : wiki.defaultText());
            } else {
                String url = matcher.group(3);
                anchor(html, new LinkTarget(LinkTarget.Kind.EXTERNAL, url, "external", url, null, null), url);
            }
            last = matcher.end();
        }
        return html.append(HtmlText.escape(text.substring(last))).toString();
    }

    /** Appends {@code <a href class>text</a>} for a resolved target. */
    static void anchor(StringBuilder html, LinkTarget target, String text) {
        html.append("<a");
        if (!target.url().isEmpty()) {
            html.append(" href=\"").append(HtmlText.escape(target.url())).append('"');
        }
        html.append(" class=\"").append(target.cssClass()).append('"');
        if (target.kind() == LinkTarget.Kind.EXTERNAL) {
            html.append(" rel=\"noopener noreferrer\"");
        }
        html.append('>').append(HtmlText.escape(text)).append("</a>");
    }
}
