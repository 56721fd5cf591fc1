package org.kasten.render;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.kasten.markdown.WikiLink;
import org.kasten.note.Anchors;
import org.kasten.note.KastenUrl;
import org.kasten.note.PercentEncoding;
import org.kasten.note.Resolution;

/**
 * Turns a link target as written ({@code Note#Heading}, {@code Some%20Note.md}, {@code https://…}) into the
 * href of a page, a {@link LinkTarget}: local targets through {@link LinkTargets}, anchors through
 * {@link Anchors#slug}, percent-escapes through {@link PercentEncoding}. Files of the vault get {@code kasten://attachment/} URLs (served by {@link AttachmentUrls}); {@code file:} and every
 * other scheme that could reach outside the vault is blocked.
 */
final class HrefResolver {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto");

    private HrefResolver() {
    }

    /** Resolves {@code raw}; {@code percentEncoded} for Markdown link URLs ({@code %20}), false for wiki-links. */
    static LinkTarget resolve(String raw, boolean percentEncoded, RenderContext context) {
        context.budget.tick();
        String target = raw.strip();
        // a wiki-link's target is a name unless it is a web address: [[Re: Planning]] names a note
        if (percentEncoded ? SCHEME.matcher(target).find() : WikiLink.isWebAddress(target)) {
            String scheme = target.substring(0, target.indexOf(':')).toLowerCase(Locale.ROOT);
            if (EXTERNAL_SCHEMES.contains(scheme)) {
                return new LinkTarget(LinkTarget.Kind.EXTERNAL, target, "external", target, null, null);
            }
            Optional<KastenUrl> internal = KastenUrl.parse(target);
            if (internal.isPresent() && internal.get().kind() == KastenUrl.Kind.ATTACHMENT) {
                // written by hand: only a file the vault knows, under its canonical URL
                return resolve(PercentEncoding.encode(internal.get().value()).replace("%2F", "/"), true, context);
            }
            if (internal.isPresent()) {
                return new LinkTarget(LinkTarget.Kind.NOTE, target, "internal", target, null, null);
            }
            return new LinkTarget(LinkTarget.Kind.BLOCKED, "", "blocked", target, null, null);
        }
        if (percentEncoded && target.startsWith("//")) {
            return new LinkTarget(LinkTarget.Kind.BLOCKED, "", "blocked", target, null, null);
        }
        int hash = target.indexOf('#');
        String page = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        if (percentEncoded) {
            page = PercentEncoding.decode(page);
            anchor = anchor == null ? null : PercentEncoding.decode(anchor);
        }
        page = page.strip();
        String anchorId = anchorId(anchor);
        if (page.isEmpty()) {
            String url = anchorId == null ? "#" : "#" + PercentEncoding.encode(anchorId);
            return new LinkTarget(LinkTarget.Kind.SAME_NOTE, url, "internal", "", anchor, null);
        }
        Resolution resolution = context.targets.resolve(page, context.from, percentEncoded);
        return switch (resolution.status()) {
            case NOTE -> new LinkTarget(LinkTarget.Kind.NOTE, KastenUrl.note(resolution.path(), anchorId),
                    "internal", page, anchor, resolution);
            case ATTACHMENT -> new LinkTarget(LinkTarget.Kind.ATTACHMENT, KastenUrl.attachment(resolution.path()),
                    "attachment", page, anchor, resolution);
            case GHOST, MISSING_ATTACHMENT -> new LinkTarget(LinkTarget.Kind.GHOST,
                    KastenUrl.ghost(resolution.name() == null ? page : resolution.name()), "ghost", page, anchor,
                    resolution);
        };
    }

    /** The element id an anchor names: {@code ^id} for blocks, the slug of the last heading otherwise. */
    static String anchorId(String anchor) {
        if (anchor == null || anchor.isBlank()) {
            return null;
        }
        if (anchor.startsWith("^")) {
            return anchor.strip();
        }
        String[] parts = anchor.split("#");
        String last = parts.length == 0 ? anchor : parts[parts.length - 1];
        return Anchors.slug(last);
    }
}
