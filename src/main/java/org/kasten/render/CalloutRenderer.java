package org.kasten.render;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import org.kasten.note.HtmlText;

/**
 * Renders Obsidian callouts: a block quote whose first line is {@code [!type] Title} becomes a titled box
 * ({@code <details>} when folded with {@code -}, open with {@code +}); nested callouts work as nested quotes.
 * Other block quotes render as usual.
 */
final class CalloutRenderer implements NodeRenderer {

    private static final Pattern HEADER = Pattern.compile("^\\[!([\\w-]+)]([+-]?)[ \\t]*(.*)$");

    /** Obsidian's aliases, mapped to the type that gives the colour and icon. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("summary", "abstract"), Map.entry("tldr", "abstract"),
            Map.entry("hint", "tip"), Map.entry("important", "tip"),
            Map.entry("check", "success"), Map.entry("done", "success"),
            Map.entry("help", "question"), Map.entry("faq", "question"),
            Map.entry("caution", "warning"), Map.entry("attention", "warning"),
            Map.entry("fail", "failure"), Map.entry("missing", "failure"),
            Map.entry("error", "danger"), Map.entry("cite", "quote"));

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(BlockQuote.class, this::render));
    }

    private void render(BlockQuote quote, NodeRendererContext context, HtmlWriter html) {
        Node first = quote.getFirstChild();
        Matcher header = first instanceof Paragraph ? HEADER.matcher(firstLine(first)) : null;
        if (header == null || !header.matches()) {
            context.delegateRender();
            return;
        }
        String written = header.group(1).toLowerCase(Locale.ROOT);
        String type = ALIASES.getOrDefault(written, written);
        String fold = header.group(2);
        String title = header.group(3).isBlank()
                ? Character.toUpperCase(written.charAt(0)) + written.substring(1) : header.group(3);
        RenderContext render = RenderContext.KEY.get(context.getDocument());
        String titleHtml = render == null ? HtmlText.escape(title) : render.pipeline.renderInline(title, render);

        String box = fold.isEmpty() ? "div" : "details";
        html.attr("class", "callout").attr("data-callout", type);
        if (fold.equals("+")) {
            html.attr("open", "");
        }
        html.withAttr().tagLine(box);
        html.attr("class", "callout-title").withAttr().tag(fold.isEmpty() ? "div" : "summary");
        html.raw(titleHtml);
        html.tag(fold.isEmpty() ? "/div" : "/summary").line();
        Node lineBreak = firstBreak(first);
        boolean hasContent = (lineBreak != null && lineBreak.getNext() != null) || first.getNext() != null;
        if (!hasContent) { // a callout that is only a title: no empty content box under it
            html.tagLine("/" + box);
            return;
        }
        html.attr("class", "callout-content").withAttr().tagLine("div");
        if (lineBreak != null && lineBreak.getNext() != null) {
            html.tag("p");
            for (Node node = lineBreak.getNext(); node != null; node = node.getNext()) {
                context.render(node);
            }
            html.tag("/p").line();
        }
        for (Node node = first.getNext(); node != null; node = node.getNext()) {
            context.render(node);
        }
        html.tagLine("/div");
        html.tagLine("/" + box);
    }

    private static String firstLine(Node paragraph) {
        String text = paragraph.getChars().toString();
        int eol = text.indexOf('\n');
        return (eol < 0 ? text : text.substring(0, eol)).strip();
    }

    private static Node firstBreak(Node paragraph) {
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                return node;
            }
        }
        return null;
    }

    /** Creates the renderer for {@link MarkdownPipeline}. */
    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new CalloutRenderer();
        }
    }
}
