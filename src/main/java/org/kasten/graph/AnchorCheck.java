package org.kasten.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kasten.note.BlockId;
import org.kasten.note.Link;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * Checks that a link's {@code #Heading}, {@code #H1#H2} or {@code #^block} anchor exists in the target note.
 * A heading part matches a heading's text or anchor ignoring case, or, failing that, comparing only letters
 * and digits (so {@code #Whats new} finds "What's new?"). {@code H1#H2} is nested: H2 must be a heading
 * inside H1's section (each later part inside the section of the one before). Keeps the headings' keys
 * of the notes it has seen: one instance per graph build, not shared between threads.
 */
final class AnchorCheck {

    /**
     * A heading's comparison keys, computed once per note (by {@link #keys}); the loose key only when a part is
     * not found by the others (most anchors are: making every heading's loose key was most of this check's garbage).
     */
    private static final class HeadingKey {
        private final int level;
        private final String text;
        private final String anchor;
        private final String heading;
        private String loose;

        HeadingKey(int level, String text, String anchor, String heading) {
            this.level = level;
            this.text = text;
            this.anchor = anchor;
            this.heading = heading;
        }

        int level() {
            return level;
        }

        String text() {
            return text;
        }

        String anchor() {
            return anchor;
        }

        String loose() {
            if (loose == null) {
                loose = Keys.loose(heading);
            }
            return loose;
        }
    }

    private final Map<NotePath, List<HeadingKey>> headingKeys = new HashMap<>();

    /** Null when the link has no anchor or the anchor exists in {@code target}; else a message for the user. */
    String problem(Link link, Note target) {
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
        String[] parts = anchor.indexOf('#') < 0 ? new String[] {anchor}
                : Arrays.stream(anchor.split("#")).filter(p -> !p.isBlank()).toArray(String[]::new);
        if (parts.length == 0 || nestedHeadingExists(parts, keys(target))) {
            return null;
        }
        return describe(link) + ": no heading \"" + anchor.strip() + "\" in " + target.path();
    }

    private List<HeadingKey> keys(Note note) {
        return headingKeys.computeIfAbsent(note.path(), p -> note.headings().stream()
                .map(h -> new HeadingKey(h.level(), Keys.key(h.text()),
                        h.anchor() == null ? null : Keys.key(h.anchor()), h.text()))
                .toList());
    }

    private static boolean nestedHeadingExists(String[] parts, List<HeadingKey> headings) {
        int from = 0;
        int end = headings.size();
        for (String part : parts) {
            int found = find(headings, from, end, Keys.key(part), null);
            if (found < 0) {
                String loose = Keys.loose(part);
                found = loose.isEmpty() ? -1 : find(headings, from, end, null, loose);
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

    /** The first heading in [from, end) whose text or anchor has this key (or, key null, this loose key). */
    private static int find(List<HeadingKey> headings, int from, int end, String key, String loose) {
        for (int i = from; i < end; i++) {
            HeadingKey heading = headings.get(i);
            if (key != null ? key.equals(heading.text()) || key.equals(heading.anchor())
                    : loose.equals(heading.loose())) {
                return i;
            }
        }
        return -1;
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
