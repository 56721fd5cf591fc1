package org.kasten.render;

import java.util.Locale;
import org.kasten.note.HtmlText;

/**
 * The body of a note that is over its {@link RenderBudget}: its title, a "large note" notice saying why, and
 * its text escaped in a {@code <pre>}, cut after {@link RenderBudget#MAX_SHOWN_CHARS} chars so the page the
 * window hands to WebKit stays bounded. Linear in the part shown; nothing of the text is interpreted.
 */
final class LargeNote {

    /** Why a note is shown as plain text. */
    enum Reason {
        TOO_LONG("is too long to format"),
        TOO_SLOW("took too long to format"),
        TOO_BIG("formats to a page too large to show"),
        TOO_DEEP("is nested too deeply to format");

        private final String text;

        Reason(String text) {
            this.text = text;
        }
    }

    private LargeNote() {
    }

    /** The body of the note {@code title} whose text is {@code text}: plain text under a notice giving {@code reason}. */
    static String body(String title, String text, Reason reason) {
        int shown = Math.min(text.length(), RenderBudget.MAX_SHOWN_CHARS);
        if (shown < text.length() && shown > 0 && Character.isHighSurrogate(text.charAt(shown - 1))) {
            shown--;
        }
        StringBuilder html = new StringBuilder(shown + shown / 8 + 512);
        html.append("<h1 class=\"note-title\">").append(HtmlText.escape(title)).append("</h1>\n")
                .append("<p class=\"large-note-notice\" role=\"note\"><strong>Large note.</strong> This note ")
                .append(reason.text).append(", so it is shown as plain text");
        if (shown < text.length()) {
            html.append(": the first ").append(count(shown)).append(" of ").append(count(text.length()))
                    .append(" characters");
        }
        html.append(".</p>\n<pre class=\"large-note-text\">");
        HtmlText.escape(text.substring(0, shown).replace('\u0000', '\uFFFD'), 0, shown, html);
        return html.append("</pre>\n").toString();
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
