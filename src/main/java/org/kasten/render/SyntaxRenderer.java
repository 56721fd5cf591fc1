package org.kasten.render;

import java.util.Locale;
import java.util.Set;

import org.kasten.note.KastenUrl;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * Renders Kasten's own syntax nodes ({@code ==highlight==}, {@code #tags}, bare URLs, math) and the fenced blocks the
 * page scripts typeset: {@code mermaid} diagrams and {@code math} blocks. A paragraph that holds only an
 * embed renders without its {@code <p>}, since a transcluded note is a block.
 */
final class SyntaxRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Highlight.class, this::renderHighlight),
                new NodeRenderingHandler<>(TagNode.class, this::renderTag),
                new NodeRenderingHandler<>(BareUrl.class, this::renderUrl),
                new NodeRenderingHandler<>(SeeAlsoText.class, this::renderSeeAlso),
                new NodeRenderingHandler<>(MathNode.class, this::renderMath),
                new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderFenced),
                new NodeRenderingHandler<>(Paragraph.class, this::renderParagraph));
    }

    private void renderHighlight(Highlight node, NodeRendererContext context, HtmlWriter html) {
        html.withAttr().tag("mark");
        context.renderChildren(node);
        html.tag("/mark");
    }

    private void renderTag(TagNode node, NodeRendererContext context, HtmlWriter html) {
        RenderContext.KEY.get(context.getDocument()).budget.tick();
        html.attr("href", KastenUrl.tag(node.tag())).attr("class", "tag").withAttr().tag("a");
        html.text("#" + node.tag());
        html.tag("/a");
    }

    private void renderUrl(BareUrl node, NodeRendererContext context, HtmlWriter html) {
        String text = node.getChars().toString();
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof LinkNode || parent instanceof WikiNode) {
                html.text(text);
                return;
            }
        }
        String url = text.regionMatches(true, 0, "www.", 0, 4) ? "https://" + text : text;
        html.attr("href", url).attr("class", "external").attr("rel", "noopener noreferrer").withAttr().tag("a");
        html.text(text);
        html.tag("/a");
    }

    private void renderSeeAlso(SeeAlsoText node, NodeRendererContext context, HtmlWriter html) {
        RenderContext render = RenderContext.KEY.get(context.getDocument());
        html.raw(SeeAlsoEntries.html(node.getChars().toString(), node.concepts(), render));
    }

    private void renderMath(MathNode node, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", node.display() ? "math math-display" : "math math-inline").withAttr().tag("span");
        html.text(node.tex());
        html.tag("/span");
    }

    private void renderFenced(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        String info = node.getInfo().toString().strip().toLowerCase(Locale.ROOT);
        String content = node.getContentChars().toString();
        if (info.equals("mermaid")) {
            html.attr("class", "mermaid").withAttr().tag("pre").text(content).tag("/pre").line();
        } else if (info.equals("math")) {
            html.attr("class", "math math-display math-block").withAttr().tag("div").text(content.strip()).tag("/div").line();
        } else {
            context.delegateRender();
        }
    }

    private void renderParagraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
        RenderContext.KEY.get(context.getDocument()).budget.tick();
        Node only = node.getFirstChild();
        if (only != null && only == node.getLastChild() && (only instanceof WikiImage || only instanceof Image || only instanceof ImageRef)) {
            context.renderChildren(node);
            html.line();
        } else {
            context.delegateRender();
        }
    }

    /** Creates the renderer for {@link MarkdownPipeline}. */
    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new SyntaxRenderer();
        }
    }
}
