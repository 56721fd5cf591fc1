package org.kasten.render;


import org.kasten.note.HtmlText;
import org.kasten.markdown.Comments;
import org.kasten.markdown.FlexmarkOptions;
import org.kasten.note.Anchors;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;


/**
 * The flexmark {@link Parser} and {@link HtmlRenderer}, configured once for Obsidian-flavoured Markdown
 * (the shared {@link FlexmarkOptions}, with strikethrough, task lists, footnotes, embeds and Kasten's own inline syntax)
 * and reused for every render; thread-safe. Its output is not yet sanitised.
 */
public final class MarkdownPipeline {

    private final Parser parser;
    private final HtmlRenderer renderer;

    /** Builds the parser and renderer. */
    public MarkdownPipeline() {
        MutableDataSet options = FlexmarkOptions.with(StrikethroughExtension.create(), TaskListExtension.create(),
                FootnoteExtension.create(), new KastenExtension());
        options.set(WikiLinkExtension.IMAGE_LINKS, true); // ![[…]] as its own node, for embeds
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** The body HTML of a Markdown text rendered in {@code context}. */
    String renderMarkdown(String markdown, RenderContext context) {
        return renderer.render(parse(markdown, context));
    }

    /** Inline Markdown (a callout title) without the surrounding paragraph. */
    String renderInline(String markdown, RenderContext context) {
        String html = renderMarkdown(markdown, context).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>")) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }

    /** A transcluded note: all of it, the section under heading {@code anchor}, or the block {@code ^id}. */
    String renderEmbedded(Note note, String anchor, RenderContext context) {
        if (note.format() == NoteFormat.PLAIN_TEXT) {
            return PlainTextRenderer.body(note, context);
        }
        if (anchor == null) {
            return renderMarkdown(note.body(), context);
        }
        Document document = parse(note.body(), context);
        String id = HrefResolver.anchorId(anchor);
        StringBuilder html = new StringBuilder();
        if (id.startsWith("^")) {
            context.blockIds.forEach((node, block) -> {
                if (block.equals(id) && html.isEmpty()) {
                    boolean item = node instanceof ListItem;
                    html.append(item ? "<ul>\n" : "").append(renderer.render(node)).append(item ? "</ul>\n" : "");
                }
            });
        } else {
            Heading start = findHeading(document, id);
            if (start != null) {
                html.append(renderer.render(start));
                for (Node node = start.getNext(); node != null; node = node.getNext()) {
                    if (node instanceof Heading heading && heading.getLevel() <= start.getLevel()) {
                        break;
                    }
                    html.append(renderer.render(node));
                }
            }
        }
        if (html.isEmpty()) {
            return "<p class=\"missing-embed\">No " + (id.startsWith("^") ? "block " : "section ")
                    + HtmlText.escape(anchor) + " in " + HtmlText.escape(note.title()) + "</p>\n";
        }
        return html.toString();
    }

    private Document parse(String markdown, RenderContext context) {
        Document document = parser.parse(BasedSequence.of(context.budget.watch(Comments.strip(markdown))));
        document.set(RenderContext.KEY, context);
        BlockIds.collect(document, context);
        SeeAlsoLinker.link(document, context);
        return document;
    }

    private static Heading findHeading(Document document, String id) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading
                    && Anchors.slug(new TextCollectingVisitor().collectAndGetText(heading)).equals(id)) {
                return heading;
            }
        }
        return null;
    }
}
