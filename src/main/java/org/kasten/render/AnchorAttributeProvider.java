package org.kasten.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.html.MutableAttributes;

import org.kasten.note.Anchors;

/** Gives headings their {@link Anchors#slug} id and blocks with a {@code ^id} that id, so links can scroll there. */
final class AnchorAttributeProvider implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (part != AttributablePart.NODE && part != CoreNodeRenderer.TIGHT_LIST_ITEM
                && part != CoreNodeRenderer.LOOSE_LIST_ITEM) {
            return;
        }
        RenderContext context = RenderContext.KEY.get(node.getDocument());
        if (context == null) {
            return;
        }
        if (node instanceof Heading heading) {
            String id = context.blockIds.computeIfAbsent(heading, h -> {
                String slug = Anchors.slug(new TextCollectingVisitor().collectAndGetText(h));
                return context.uniqueId(slug.isEmpty() ? "section" : slug);
            });
            attributes.replaceValue("id", id);
        } else {
            String block = context.blockIds.get(node);
            if (block != null) {
                attributes.replaceValue("id", block);
            }
        }
    }

    /** Creates the provider for {@link MarkdownPipeline}. */
    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new AnchorAttributeProvider();
        }
    }
}
