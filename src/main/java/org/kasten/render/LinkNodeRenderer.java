package org.kasten.render;

import java.util.Set;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.sequence.BasedSequence;


/**
 * Renders links and embeds: wiki-links and Markdown links as anchors whose href and class come from
 * {@link KastenLinkResolver}; {@code ![[…]]}, {@code ![…](…)} and {@code ![…][ref]} through {@link EmbedExpander}.
 */
final class LinkNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(WikiLink.class, this::renderWikiLink),
                new NodeRenderingHandler<>(WikiImage.class, this::renderWikiEmbed),
                new NodeRenderingHandler<>(Link.class, this::renderLink),
                new NodeRenderingHandler<>(Image.class, this::renderImage),
                new NodeRenderingHandler<>(ImageRef.class, this::renderImageRef));
    }

    private void renderWikiLink(WikiLink node, NodeRendererContext context, HtmlWriter html) {
        org.kasten.markdown.WikiLink wiki = org.kasten.markdown.WikiLink.parse(inside(node.getChars(), 2));
        if (wiki.isEmpty()) { // [[]], [[#]], [[|x]]: the graph has no link here, so the page shows none
            html.text(node.getChars().toString());
            return;
        }
        ResolvedLink link = context.resolveLink(WikiLinkExtension.WIKI_LINK, wiki.targetWithAnchor(), null);
        String text = wiki.display() != null ? wiki.display() : wiki.defaultText();
        anchor(link, context, html);
        html.text(text);
        html.tag("/a");
    }

    private void renderLink(Link node, NodeRendererContext context, HtmlWriter html) {
        ResolvedLink link = context.resolveLink(LinkType.LINK, node.getUrl().unescape(), null);
        if (node.getTitle().isNotNull()) {
            html.attr("title", node.getTitle().unescape());
        }
        anchor(link, context, html);
        context.renderChildren(node);
        html.tag("/a");
    }

    private void renderWikiEmbed(WikiImage node, NodeRendererContext context, HtmlWriter html) {
        org.kasten.markdown.WikiLink wiki = org.kasten.markdown.WikiLink.parse(inside(node.getChars(), 3));
        if (wiki.isEmpty()) {
            html.text(node.getChars().toString());
            return;
        }
        RenderContext render = RenderContext.KEY.get(context.getDocument());
        new EmbedExpander(render, html).embed(wiki.targetWithAnchor(), false, wiki.display(), null);
    }

    private void renderImage(Image node, NodeRendererContext context, HtmlWriter html) {
        RenderContext render = RenderContext.KEY.get(context.getDocument());
        String alt = new com.vladsch.flexmark.util.ast.TextCollectingVisitor().collectAndGetText(node);
        String size = null;
        int bar = alt.lastIndexOf('|');
        if (bar >= 0 && EmbedExpander.isSize(alt.substring(bar + 1).strip())) {
            size = alt.substring(bar + 1).strip();
            alt = alt.substring(0, bar).strip();
        }
        new EmbedExpander(render, html).embed(node.getUrl().unescape(), true, size, alt);
    }

    private void renderImageRef(ImageRef node, NodeRendererContext context, HtmlWriter html) {
        Reference reference = node.isDefined() ? node.getReferenceNode(context.getDocument()) : null;
        if (reference == null) {
            context.delegateRender();
            return;
        }
        RenderContext render = RenderContext.KEY.get(context.getDocument());
        String alt = new com.vladsch.flexmark.util.ast.TextCollectingVisitor().collectAndGetText(node);
        new EmbedExpander(render, html).embed(reference.getUrl().unescape(), true, null, alt);
    }

    private static void anchor(ResolvedLink link, NodeRendererContext context, HtmlWriter html) {
        if (!link.getUrl().isEmpty()) {
            html.attr("href", link.getUrl());
        }
        html.attr(link.getNonNullAttributes());
        html.withAttr(link).tag("a");
    }

    private static BasedSequence inside(BasedSequence chars, int open) {
        return chars.subSequence(open, Math.max(open, chars.length() - 2));
    }

    /** Creates the renderer for {@link MarkdownPipeline}. */
    static final class Factory implements com.vladsch.flexmark.html.renderer.NodeRendererFactory {
        @Override
        public NodeRenderer apply(com.vladsch.flexmark.util.data.DataHolder options) {
            return new LinkNodeRenderer();
        }
    }
}
