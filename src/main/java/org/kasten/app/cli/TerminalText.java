package org.kasten.app.cli;

/**
 * Text for a terminal: control characters that a note or file name may hold are shown as escapes instead of
 * acting on the terminal. {@code ESC} would set the window title or clear the screen ({@code \x1b]0;…},
 * {@code \x1b[2J}), a line break in a file name would forge a line of output, a bidirectional override would
 * reorder what is shown. Escaped: C0 controls but the tab, DEL, C1 controls, line and paragraph separators, and
 * the bidirectional embeddings, overrides and isolates; as {@code \xHH} (below 256) or {@code \\uHHHH}.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} with every control character escaped; the same string when it has none. */
    static String escape(CharSequence text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (controls(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(c < 256 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    /**
     * {@code html} for a terminal that still reads as the same page: a control character becomes a character
     * reference ({@code &#x1B;}), which a browser shows as the character and a terminal as text; line feeds and tabs
     * stay. C1 controls become U+FFFD, the character HTML itself turns most of their references into (the rest into
     * Windows-1252 letters), so no reference can smuggle one back.
     */
    static String escapeHtml(CharSequence html) {
        StringBuilder out = null;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            boolean escape = controls(c) && c != '\n';
            if (escape && out == null) {
                out = new StringBuilder(html.length() + 16).append(html, 0, i);
            }
            if (escape) {
                if (c >= 0x80 && c <= 0x9f) {
                    out.append('\uFFFD');
                } else {
                    out.append("&#x").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(';');
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? html.toString() : out.toString();
    }

    /** True for a character that acts on a terminal or on how the line is shown. */
    static boolean controls(char c) {
        return c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029'
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }
}
