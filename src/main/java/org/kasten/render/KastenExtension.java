package org.kasten.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Kasten's flexmark extension: Obsidian syntax for the parser ({@code ==highlight==}, {@code #tags}, math, bare URLs)
 * and the renderers for links, embeds, callouts, anchors and syntax nodes. Listed after flexmark's
 * wiki-link extension: for one node type, the renderer of the later extension takes precedence.
 */
final class KastenExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customDelimiterProcessor(new HighlightDelimiterProcessor());
        builder.customInlineParserExtensionFactory(new InlineParserFactory("#", TagInlineParser::new));
        builder.customInlineParserExtensionFactory(new InlineParserFactory("$", MathInlineParser::new));
        builder.customInlineParserExtensionFactory(new InlineParserFactory("hHwW", BareUrlInlineParser::new));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new LinkNodeRenderer.Factory());
        builder.nodeRendererFactory(new CalloutRenderer.Factory());
        builder.nodeRendererFactory(new SyntaxRenderer.Factory());
        builder.linkResolverFactory(new KastenLinkResolver.Factory());
        builder.attributeProviderFactory(new AnchorAttributeProvider.Factory());
    }
}
