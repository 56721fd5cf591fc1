package org.kasten.vault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kasten.note.Frontmatter;
import org.kasten.note.Heading;
import org.kasten.note.Link;

/**
 * Gives one copy of equal strings read or parsed one after another, so that the notes of a vault share them
 * instead of each holding its own: link targets, anchors and shown texts, the line around a link (the same for
 * every link on a line), heading texts and anchors, tags, aliases, frontmatter keys and values. These are most of
 * a loaded vault's strings (its texts stay in the parse cache, {@link org.kasten.note.NoteText}), and in a real
 * vault many of them repeat: the notes linking to one concept, the same frontmatter keys in every note, "See
 * also" headings.
 *
 * <p>A bounded table rather than a map of every string seen: each string has one slot (by its hash), which keeps
 * the last string put there. A repeat is found while it is still in its slot, which is the case for the frequent
 * ones. The table never grows: it keeps at most one string a slot alive (until another takes the slot, or the
 * table goes), so reading a vault of unique strings makes no extra garbage beyond the table itself. Safe to
 * share between threads without locking: a slot holds a reference to an immutable string, so a race can only
 * lose a repeat, never give a wrong string.
 */
final class SharedStrings {

    private static final int SLOTS = 1 << 16;

    private final String[] slots = new String[SLOTS];

    /** {@code s}, or an equal string given before (null stays null). */
    String of(String s) {
        if (s == null) {
            return null;
        }
        int h = s.hashCode();
        int slot = (h ^ h >>> 16) & (SLOTS - 1);
        String kept = slots[slot];
        if (s.equals(kept)) {
            return kept;
        }
        slots[slot] = s;
        return s;
    }

    /** The list's strings shared, in a new list. */
    List<String> of(List<String> values) {
        List<String> shared = new ArrayList<>(values.size());
        for (String value : values) {
            shared.add(of(value));
        }
        return shared;
    }

    /** The link with its strings shared (the same link when they already were). */
    Link of(Link link) {
        String target = of(link.target());
        String anchor = of(link.anchor());
        String display = of(link.display());
        String context = of(link.context());
        if (target == link.target() && anchor == link.anchor() && display == link.display()
                && context == link.context()) {
            return link;
        }
        return new Link(target, anchor, display, link.kind(), link.line(), link.column(), context, link.seeAlso());
    }

    /** The frontmatter with its keys and its string values (at the top and in top-level lists) shared. */
    Frontmatter of(Frontmatter frontmatter) {
        if (frontmatter.isEmpty()) {
            return frontmatter;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        frontmatter.values().forEach((key, value) -> values.put(of(key), value instanceof String s ? of(s)
                : value instanceof List<?> list ? ofAny(list) : value));
        return new Frontmatter(values);
    }

    private List<Object> ofAny(List<?> list) {
        List<Object> shared = new ArrayList<>(list.size());
        for (Object value : list) {
            shared.add(value instanceof String s ? of(s) : value);
        }
        return java.util.Collections.unmodifiableList(shared);
    }

    /** The heading with its strings shared. */
    Heading of(Heading heading) {
        String text = of(heading.text());
        String anchor = of(heading.anchor());
        return text == heading.text() && anchor == heading.anchor() ? heading
                : new Heading(heading.level(), text, anchor, heading.line());
    }
}
