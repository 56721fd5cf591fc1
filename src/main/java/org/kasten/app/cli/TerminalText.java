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

    /** True for a character that acts on a terminal or on how the line is shown. */
    static boolean controls(char c) {
        return c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029'
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }
}
