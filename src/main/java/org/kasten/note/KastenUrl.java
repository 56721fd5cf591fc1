package org.kasten.note;

import java.util.Locale;
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
 *       pages load their images from these URLs, which only ever serve files inside the vault; an image's URL
 *       carries the version of its file as a query ({@link #versioned}), which reading the URL leaves out.</li>
 * </ul>
 * Same-note links are plain {@code #anchor} fragments. Pages never hold {@code file:} URLs. {@link #read} tells
 * what any clicked URL asks for, {@link #parse} reads only Kasten's own; both decode with {@link PercentEncoding}.
 *
 * @param kind   what the URL points to
 * @param value  the decoded note path, ghost name or tag; the URL itself for {@code EXTERNAL} and {@code OTHER};
 *               empty for {@code ANCHOR}
 * @param anchor the decoded fragment, or null when there is none or it is empty
 */
public record KastenUrl(Kind kind, String value, String anchor) {

    /** The scheme prefix every internal URL starts with. */
    public static final String SCHEME = "kasten://";

    /** What a URL points to: the first four are Kasten's own URLs. */
    public enum Kind {
        NOTE, GHOST, TAG, ATTACHMENT,
        /** a fragment of the page shown: {@code #anchor} */
        ANCHOR,
        /** a web or mail address, opened outside Kasten */
        EXTERNAL,
        /** anything else ({@code javascript:}, {@code file:}, an unknown {@code kasten://} kind) */
        OTHER
    }

    private static final Kind[] INTERNAL = {Kind.NOTE, Kind.GHOST, Kind.TAG, Kind.ATTACHMENT};

    /** The URL of a note, with an optional anchor (null or empty: none). */
    public static String note(NotePath path, String anchor) {
        return path(Kind.NOTE, path, anchor);
    }

    /** The URL of an attachment (a file of the vault that is not a note). */
    public static String attachment(NotePath path) {
        return path(Kind.ATTACHMENT, path, null);
    }

    /**
     * {@code url} (one without an anchor) with {@code version} as its query, {@code ?v=version}: another address for
     * the same file, which {@link #read} reads as {@code url}. A page's images carry the version of their file, so
     * WebKit, which keeps images by address for the whole session, loads an image again once its file changed.
     */
    public static String versioned(String url, String version) {
        return url + "?v=" + version;
    }

    private static String path(Kind kind, NotePath path, String anchor) {
        StringBuilder url = new StringBuilder(SCHEME).append(kind.name().toLowerCase(Locale.ROOT)).append('/');
        String[] segments = path.value().split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                url.append('/');
            }
            url.append(PercentEncoding.encode(segments[i]));
        }
        if (anchor != null && !anchor.isEmpty()) {
            url.append('#').append(PercentEncoding.encode(anchor));
        }
        return url.toString();
    }

    /** The URL of a ghost concept's page. */
    public static String ghost(String name) {
        return SCHEME + "ghost/" + PercentEncoding.encode(name);
    }

    /** The URL of a tag search. */
    public static String tag(String tag) {
        return SCHEME + "tag/" + PercentEncoding.encode(tag.startsWith("#") ? tag.substring(1) : tag);
    }

    /** Reads an internal URL; empty when {@code url} is not one of Kasten's own. */
    public static Optional<KastenUrl> parse(String url) {
        KastenUrl read = read(url);
        return read.kind().ordinal() <= Kind.ATTACHMENT.ordinal() ? Optional.of(read) : Optional.empty();
    }

    /** What a clicked URL asks for; never throws. Scheme and kind are read without regard to case, as URLs are. */
    public static KastenUrl read(String url) {
        if (url == null || url.isBlank()) {
            return new KastenUrl(Kind.OTHER, "", null);
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            return new KastenUrl(Kind.EXTERNAL, url, null);
        }
        if (url.startsWith("#")) {
            return new KastenUrl(Kind.ANCHOR, "", anchor(url.substring(1)));
        }
        for (Kind kind : INTERNAL) {
            String prefix = SCHEME + kind.name().toLowerCase(Locale.ROOT) + "/";
            if (lower.startsWith(prefix)) {
                String rest = url.substring(prefix.length());
                int hash = rest.indexOf('#');
                String value = hash < 0 ? rest : rest.substring(0, hash);
                int query = value.indexOf('?'); // a version (versioned()); a '?' in a name is encoded
                return new KastenUrl(kind, PercentEncoding.decode(query < 0 ? value : value.substring(0, query)),
                        hash < 0 ? null : anchor(rest.substring(hash + 1)));
            }
        }
        return new KastenUrl(Kind.OTHER, url, null);
    }

    private static String anchor(String fragment) {
        return fragment.isEmpty() ? null : PercentEncoding.decode(fragment);
    }
}
