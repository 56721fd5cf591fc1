package org.kasten.ui.viewmodel;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.kasten.note.NotePath;

/**
 * The page's internal URL scheme (shared with the renderer): {@code kasten://note/<url-encoded path>#anchor},
 * {@code kasten://ghost/<name>}, {@code kasten://tag/<tag>}; anything http(s) is external.
 */
public final class KastenUrls {

    private KastenUrls() {
    }

    /** What a clicked URL asks for. */
    public enum Kind { NOTE, GHOST, TAG, EXTERNAL, ANCHOR, OTHER }

    /** A parsed URL: its kind, the decoded value (path, ghost name, tag or the URL itself) and anchor. */
    public record Target(Kind kind, String value, String anchor) {
    }

    /** The URL of a note, with an optional anchor. */
    public static String note(NotePath path, String anchor) {
        return org.kasten.note.KastenUrl.note(path, anchor);
    }

    /** The URL of a ghost concept's page. */
    public static String ghost(String name) {
        return org.kasten.note.KastenUrl.ghost(name);
    }

    /** The URL that starts a search for a tag. */
    public static String tag(String tag) {
        return org.kasten.note.KastenUrl.tag(tag);
    }

    /** Parses a clicked URL; never throws. */
    public static Target parse(String url) {
        if (url == null || url.isBlank()) {
            return new Target(Kind.OTHER, "", null);
        }
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            return new Target(Kind.EXTERNAL, url, null);
        }
        if (url.startsWith("#")) {
            return new Target(Kind.ANCHOR, "", decode(url.substring(1)));
        }
        for (Kind kind : new Kind[] {Kind.NOTE, Kind.GHOST, Kind.TAG}) {
            String prefix = "kasten://" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/";
            if (lower.startsWith(prefix)) {
                String rest = url.substring(prefix.length());
                int hash = rest.indexOf('#');
                String anchor = hash < 0 ? null : decode(rest.substring(hash + 1));
                String value = decode(hash < 0 ? rest : rest.substring(0, hash));
                return new Target(kind, value, anchor == null || anchor.isEmpty() ? null : anchor);
            }
        }
        return new Target(Kind.OTHER, url, null);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
