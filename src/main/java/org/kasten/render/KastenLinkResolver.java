package org.kasten.render;

import java.util.Set;

import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.ext.wikilink.internal.WikiLinkLinkResolver;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * flexmark's hook for links: resolves wiki-links, Markdown links and images through the concept graph to
 * Kasten URLs, with the link's class as an attribute and {@link LinkStatus#NOT_FOUND} for ghosts. Its factory
 * runs before flexmark's own {@link WikiLinkLinkResolver}, which would otherwise end the chain.
 */
final class KastenLinkResolver implements LinkResolver {

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        RenderContext render = RenderContext.KEY.get(context.getDocument());
        LinkType type = link.getLinkType();
        boolean wiki = type == WikiLinkExtension.WIKI_LINK;
        if (render == null || !(wiki || type == LinkType.LINK || type == LinkType.IMAGE)) {
            return link;
        }
        LinkTarget target = HrefResolver.resolve(link.getUrl(), !wiki, render);
        LinkStatus status = target.kind() == LinkTarget.Kind.GHOST ? LinkStatus.NOT_FOUND
                : target.kind() == LinkTarget.Kind.BLOCKED ? LinkStatus.INVALID : LinkStatus.VALID;
        ResolvedLink resolved = new ResolvedLink(wiki ? LinkType.LINK : type, target.url(), null, status);
        MutableAttributes attributes = resolved.getMutableAttributes();
        attributes.addValue("class", target.cssClass());
        if (target.kind() == LinkTarget.Kind.EXTERNAL) {
            attributes.addValue("rel", "noopener noreferrer");
        }
        return resolved;
    }

    /** Creates the resolver; declared to run before flexmark's wiki-link resolver. */
    static final class Factory implements LinkResolverFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(WikiLinkLinkResolver.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new KastenLinkResolver();
        }
    }
}
