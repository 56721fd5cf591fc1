package org.kasten.note;

import java.util.Locale;

/** The one rule that turns a heading's text into its anchor, shared by the parser and the renderer. */
public final class Anchors {

    private Anchors() {
    }

    /**
     * GitHub-style slug: lower case, drop every character that is not a letter, digit, space, hyphen or
     * underscore, then spaces become hyphens. {@code "Why Models Don't Generalise"} gives
     * {@code "why-models-dont-generalise"}.
     */
    public static String slug(String heading) {
        String lower = heading.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                out.appendCodePoint(cp);
            } else if (cp == ' ') {
                out.append('-');
            }
        });
        return out.toString();
    }
}
