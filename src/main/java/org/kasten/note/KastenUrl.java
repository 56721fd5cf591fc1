package org.kasten.note;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Kasten's internal link URLs, as written into rendered pages and intercepted by the window:
 * <ul>
 *   <li>{@code kasten://note/<path>#<anchor>}: a note by vault-relative path (each segment percent-encoded,
 *       {@code /} kept); the optional fragment is the id of the element to scroll to: a heading anchor
 *       ({@link Anchors#slug}) or a block id written {@code ^id} (encoded {@code %5Eid});</li>
 *   <li>{@code kasten://ghost/<name>}: the page of a concept that has no note;</li>
 *   <li>{@code kasten://tag/<tag>}: a tag search (tag without {@code #});</li>
 *   <li>{@code kasten://attachment/<path>}: a file of the vault by vault-relative path (encoded as for notes);
 *       pages load their images from these URLs, which only ever serve files inside the vault.</li>
 * </ul>
 * Same-note links are plain {@code #anchor} fragments. Pages never hold {@code file:} URLs.
 *
 * @param kind   what the URL points to
 * @param value  the decoded note path, ghost name or tag
 * @param anchor the decoded fragment, or null
 */
public record KastenUrl(Kind kind, String value, String anchor) {

    /** The scheme prefix every internal URL starts with. */
    public static final String SCHEME = "kasten://";

    /** What an internal URL points to. */
    public enum Kind {
        NOTE, GHOST, TAG, ATTACHMENT
    }

    /** The URL of a note, with an optional anchor (null or empty: none). */
    public static String note(NotePath path, String anchor) {
        return path(Kind.NOTE, path, anchor);
    }

    /** The URL of an attachment (a file of the vault that is not a note). */
    public static String attachment(NotePath path) {
        return path(Kind.ATTACHMENT, path, null);
    }

    private static String path(Kind kind, NotePath path, String anchor) {
        StringBuilder url = new StringBuilder(SCHEME).append(kind.name().toLowerCase(java.util.Locale.ROOT)).append('/');
        String[] segments = path.value().split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                url.append('/');
            }
            url.append(encode(segments[i]));
        }
        if (anchor != null && !anchor.isEmpty()) {
            url.append('#').append(encode(anchor));
        }
        return url.toString();
    }

    /** The URL of a ghost concept's page. */
    public static String ghost(String name) {
        return SCHEME + "ghost/" + encode(name);
    }

    /** The URL of a tag search. */
    public static String tag(String tag) {
        return SCHEME + "tag/" + encode(tag.startsWith("#") ? tag.substring(1) : tag);
    }

    /** Reads an internal URL; empty when {@code url} is not one. */
    public static Optional<KastenUrl> parse(String url) {
        if (url == null || !url.startsWith(SCHEME)) {
            return Optional.empty();
        }
        String rest = url.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        Kind kind = switch (rest.substring(0, slash)) {
            case "note" -> Kind.NOTE;
            case "ghost" -> Kind.GHOST;
            case "tag" -> Kind.TAG;
            case "attachment" -> Kind.ATTACHMENT;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        String body = rest.substring(slash + 1);
        String anchor = null;
        int hash = body.indexOf('#');
        if (hash >= 0) {
            anchor = decode(body.substring(hash + 1));
            body = body.substring(0, hash);
        }
        return Optional.of(new KastenUrl(kind, decode(body), anchor));
    }

    /** Percent-encodes one URL component (spaces as {@code %20}, never {@code +}). */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
