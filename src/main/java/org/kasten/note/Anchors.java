package org.kasten.note;

/** The one rule for heading anchors, shared by the parser (links) and the renderer (ids). */
public final class Anchors {

    private Anchors() {
    }

    /**
     * GitHub-style slug: lower case; letters, digits, '-' and '_' kept; spaces become '-'; everything else
     * dropped. "Why Models Don't Generalise" becomes "why-models-dont-generalise".
     */
    public static String slug(String text) {
        String trimmed = text.strip();
        StringBuilder slug = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); ) {
            int cp = trimmed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                slug.appendCodePoint(Character.toLowerCase(cp));
            } else if (cp == ' ') {
                slug.append('-');
            }
        }
        return slug.toString();
    }
}
