package org.kasten.vault;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the inside of {@code [[...]]}: target, anchor and shown text, Obsidian style ({@code [[page#anchor|text]]}). */
final class WikiLinkSyntax {

    /** {@code [[...]]} or {@code ![[...]]} on one line; used where there is no Markdown parser (plain text, YAML). */
    static final Pattern WIKI_LINK = Pattern.compile("(!?)\\[\\[([^\\[\\]\\n]+?)]]");

    /** A block id at the end of a line: {@code text ^id}, or right after an embed: {@code ![[img.png]]^id}. */
    static final Pattern BLOCK_ID = Pattern.compile("(?:^|\\s|(?<=]]))\\^([A-Za-z0-9][A-Za-z0-9-]*)\\s*$");

    /** The parts of one wiki-link. */
    record Parts(String target, String anchor, String display) {
    }

    private WikiLinkSyntax() {
    }

    /** Splits the inner text: the first '|' (or '\|' inside tables) starts the shown text, the first '#' the anchor. */
    static Parts split(String inner) {
        String text = inner.replace("\\|", "|");
        String display = null;
        int pipe = text.indexOf('|');
        if (pipe >= 0) {
            display = text.substring(pipe + 1).strip();
            text = text.substring(0, pipe);
        }
        String anchor = null;
        int hash = text.indexOf('#');
        if (hash >= 0) {
            anchor = text.substring(hash + 1).strip();
            text = text.substring(0, hash);
            if (anchor.isEmpty()) {
                anchor = null;
            }
        }
        return new Parts(text.strip(), anchor, display == null || display.isEmpty() ? null : display);
    }

    /** A matcher over {@code text} for wiki-links. */
    static Matcher matcher(CharSequence text) {
        return WIKI_LINK.matcher(text);
    }
}
