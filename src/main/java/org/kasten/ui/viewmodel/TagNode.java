package org.kasten.ui.viewmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kasten.note.Note;

/**
 * A node of the nested tag tree ({@code a/b/c}): its last segment, the full tag, how many notes carry it
 * or a tag below it, and its children sorted by name.
 */
public record TagNode(String name, String tag, int count, List<TagNode> children) {

    /** The tree of all tags of {@code notes}, under a nameless root. */
    public static TagNode tree(Collection<Note> notes) {
        Builder root = new Builder("", "");
        for (Note note : notes) {
            java.util.Set<String> counted = new java.util.HashSet<>();
            for (String tag : note.tags()) {
                Builder at = root;
                String full = "";
                for (String part : tag.split("/")) {
                    if (part.isEmpty()) {
                        continue;
                    }
                    full = full.isEmpty() ? part : full + "/" + part;
                    String key = full;
                    at = at.children.computeIfAbsent(part.toLowerCase(java.util.Locale.ROOT), k -> new Builder(part, key));
                    if (counted.add(full)) {
                        at.count++;
                    }
                }
            }
        }
        return root.build();
    }

    private static final class Builder {
        final String name;
        final String tag;
        int count;
        final Map<String, Builder> children = new TreeMap<>();

        Builder(String name, String tag) {
            this.name = name;
            this.tag = tag;
        }

        TagNode build() {
            List<TagNode> kids = new ArrayList<>();
            children.values().forEach(b -> kids.add(b.build()));
            return new TagNode(name, tag, count, List.copyOf(kids));
        }
    }
}
