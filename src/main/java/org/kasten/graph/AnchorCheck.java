package org.kasten.graph;

import java.util.Arrays;
import java.util.List;

import org.kasten.note.BlockId;
import org.kasten.note.Heading;
import org.kasten.note.Link;
import org.kasten.note.Note;

/**
 * Checks that a link's {@code #Heading}, {@code #H1#H2} or {@code #^block} anchor exists in the target note.
 * A heading part matches a heading's text or anchor ignoring case, or, failing that, comparing only letters
 * and digits (so {@code #Whats new} finds "What's new?"). {@code H1#H2} is nested: H2 must be a heading
 * inside H1's section (each later part inside the section of the one before).
 */
final class AnchorCheck {

    private AnchorCheck() {
    }

    /** Null when the link has no anchor or the anchor exists in {@code target}; else a message for the user. */
    static String problem(Link link, Note target) {
        String anchor = link.anchor();
        if (anchor == null || anchor.isBlank()) {
            return null;
        }
        if (anchor.startsWith("^")) {
            String id = Keys.key(anchor.substring(1));
            for (BlockId block : target.blocks()) {
                if (Keys.key(stripCaret(block.id())).equals(id)) {
                    return null;
                }
            }
            return describe(link) + ": no block \"" + anchor.strip() + "\" in " + target.path();
        }
        String[] parts = Arrays.stream(anchor.split("#")).filter(p -> !p.isBlank()).toArray(String[]::new);
        if (parts.length == 0 || nestedHeadingExists(parts, target.headings())) {
            return null;
        }
        return describe(link) + ": no heading \"" + anchor.strip() + "\" in " + target.path();
    }

    private static boolean nestedHeadingExists(String[] parts, List<Heading> headings) {
        int from = 0;
        int end = headings.size();
        for (String part : parts) {
            int found = -1;
            for (int i = from; i < end && found < 0; i++) {
                if (matches(headings.get(i), part)) {
                    found = i;
                }
            }
            if (found < 0) {
                return false;
            }
            int level = headings.get(found).level();
            int sectionEnd = found + 1;
            while (sectionEnd < end && headings.get(sectionEnd).level() > level) {
                sectionEnd++;
            }
            from = found + 1;
            end = sectionEnd;
        }
        return true;
    }

    private static boolean matches(Heading heading, String part) {
        String key = Keys.key(part);
        if (Keys.key(heading.text()).equals(key)
                || heading.anchor() != null && Keys.key(heading.anchor()).equals(key)) {
            return true;
        }
        String loose = Keys.loose(part);
        return !loose.isEmpty() && Keys.loose(heading.text()).equals(loose);
    }

    private static String stripCaret(String id) {
        return id.startsWith("^") ? id.substring(1) : id;
    }

    /** The link as the user wrote it, roughly: {@code [[Note#Heading]]}, {@code ![alt](file.md#h)}. */
    static String describe(Link link) {
        String target = link.target() + (link.anchor() == null ? "" : "#" + link.anchor());
        return switch (link.kind()) {
            case EMBED -> "![[" + target + "]]";
            case MARKDOWN -> "[" + nullToEmpty(link.display()) + "](" + target + ")";
            case MARKDOWN_EMBED -> "![" + nullToEmpty(link.display()) + "](" + target + ")";
            default -> "[[" + target + "]]";
        };
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
