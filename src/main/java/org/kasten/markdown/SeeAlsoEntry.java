package org.kasten.markdown;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads "See also" sections: recognises the heading or line that starts one, and takes the concept name of a
 * bare entry — the text before the dash in {@code Age of Research — the scaling→research periodisation}.
 * Splitting an entry that names several concepts is the graph's job (it knows which titles exist); the
 * renderer links what the graph read, so this is the one rule for what a "See also" entry is.
 */
public final class SeeAlsoEntry {

    private static final Pattern LABEL = Pattern.compile("(?i)\\**\\s*see\\s+also\\s*:?\\s*\\**\\s*:?");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[—–-]\\s+|\\s*[—–]\\s*|:\\s+");

    private SeeAlsoEntry() {
    }

    /** True when a heading's or line's text reads "See also" (any case, optional colon or bold). */
    public static boolean isLabel(String text) {
        return LABEL.matcher(text.strip()).matches();
    }

    /** The concept name of a bare entry (list marker already removed), or "" when there is none. */
    public static String name(String entry) {
        String text = entry.strip();
        var m = SEPARATOR.matcher(text);
        if (m.find() && m.start() > 0) {
            text = text.substring(0, m.start());
        }
        text = text.strip();
        while (!text.isEmpty() && ".,;:".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.startsWith("**") && text.endsWith("**") && text.length() > 4) {
            text = text.substring(2, text.length() - 2).strip();
        }
        return text.toLowerCase(Locale.ROOT).startsWith("http") ? "" : text;
    }
}
