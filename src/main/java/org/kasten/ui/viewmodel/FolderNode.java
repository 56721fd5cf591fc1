package org.kasten.ui.viewmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kasten.note.Note;

/**
 * A folder of the Files tree: its name, sub-folders (sorted) and notes (sorted by title; each row shows the
 * title with the path as detail).
 */
public record FolderNode(String name, String path, List<FolderNode> folders, List<PanelItem> notes) {

    /** The tree of the vault's notes, under a root named {@code rootName}. */
    public static FolderNode tree(String rootName, Collection<Note> notes) {
        Builder root = new Builder(rootName, "");
        for (Note note : notes) {
            Builder at = root;
            String folder = note.path().folder();
            if (!folder.isEmpty()) {
                String full = "";
                for (String part : folder.split("/")) {
                    full = full.isEmpty() ? part : full + "/" + part;
                    String key = full;
                    at = at.folders.computeIfAbsent(part, k -> new Builder(part, key));
                }
            }
            at.notes.add(new PanelItem(note.title(), note.path().value(), Location.note(note.path()), false));
        }
        return root.build();
    }

    private static final class Builder {
        final String name;
        final String path;
        final Map<String, Builder> folders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final List<PanelItem> notes = new ArrayList<>();

        Builder(String name, String path) {
            this.name = name;
            this.path = path;
        }

        FolderNode build() {
            List<FolderNode> kids = new ArrayList<>();
            folders.values().forEach(b -> kids.add(b.build()));
            notes.sort(Comparator.comparing(PanelItem::label, String.CASE_INSENSITIVE_ORDER));
            return new FolderNode(name, path, List.copyOf(kids), List.copyOf(notes));
        }
    }
}
