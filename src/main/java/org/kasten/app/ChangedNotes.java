package org.kasten.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.ResolvedLink;
import org.kasten.search.AnchorText;
import org.kasten.search.IndexedNote;
import org.kasten.vault.VaultFiles;
import org.kasten.vault.VaultLoader;

/**
 * What a batch of changed files (from the folder watcher) does to the notes: the graph after it, the notes
 * changed and removed, and the notes to re-index: the changed notes and every note whose anchor text (what other
 * notes' links call it) or number of linking notes changed, looked for among the old and new targets of every
 * note whose links the new graph resolved again (the changed notes', and links elsewhere that a new, renamed or
 * removed note takes over or gives back).
 */
record ChangedNotes(ConceptGraph graph, Set<NotePath> changed, Set<NotePath> removed, List<Note> reindex) {

    /** Re-reads the files at {@code paths} (a missing file is a removed note) against {@code before}. */
    static ChangedNotes read(Path root, ConceptGraph before, Collection<NotePath> paths) {
        return apply(before, reread(root, paths));
    }

    /** The notes in the files at {@code paths}, in their order: null for a file that is gone or is no note. */
    static Map<NotePath, Note> reread(Path root, Collection<NotePath> paths) {
        Map<NotePath, Note> read = new LinkedHashMap<>();
        VaultLoader loader = new VaultLoader();
        for (NotePath path : paths) {
            read.put(path, Files.isRegularFile(VaultFiles.file(root, path)) ? loader.loadOne(root, path).note() : null);
        }
        return read;
    }

    /** The notes of {@code read} that replace a note of {@code before} whose file changed (not added, not removed). */
    static List<Note> edited(ConceptGraph before, Map<NotePath, Note> read) {
        List<Note> edited = new ArrayList<>();
        read.forEach((path, note) -> {
            if (note != null && before.note(path).filter(old -> !sameFile(old, note)).isPresent()) {
                edited.add(note);
            }
        });
        return edited;
    }

    /** What the notes {@link #reread} does to {@code before}. */
    static ChangedNotes apply(ConceptGraph before, Map<NotePath, Note> read) {
        ConceptGraph graph = before;
        Set<NotePath> changed = new HashSet<>();
        Set<NotePath> removed = new HashSet<>();
        for (Map.Entry<NotePath, Note> entry : read.entrySet()) {
            NotePath path = entry.getKey();
            Optional<Note> old = graph.note(path);
            Note note = entry.getValue();
            if (note == null && old.isPresent()) {
                graph = graph.withoutNote(path);
                removed.add(path);
            } else if (note != null && (old.isEmpty() || !sameFile(old.get(), note))) {
                graph = graph.withNote(note);
                changed.add(path);
            }
        }
        return new ChangedNotes(graph, changed, removed, reindex(before, graph, changed, removed));
    }

    /** True when both notes were read from the same version of a file (size, time and hash). */
    private static boolean sameFile(Note old, Note now) {
        return old.size() == now.size() && old.modified() == now.modified() && Objects.equals(old.hash(), now.hash());
    }

    /**
     * The changed notes and the notes whose indexed graph values (anchor text, number of linking notes) differ
     * between the graphs: only targets of links that changed can differ, and of those only the ones whose values
     * really did are written again (an edit that leaves links alone re-indexes the edited note alone).
     */
    private static List<Note> reindex(ConceptGraph before, ConceptGraph after, Set<NotePath> changed, Set<NotePath> removed) {
        Set<NotePath> targets = new HashSet<>();
        for (Note note : after.notes()) {
            List<ResolvedLink> was = before.outgoing(note.path());
            List<ResolvedLink> is = after.outgoing(note.path());
            if (!was.equals(is)) { // the same list, unless the graph resolved the note's links again
                targets.addAll(AnchorText.targets(before, note.path()));
                targets.addAll(AnchorText.targets(after, note.path()));
            }
        }
        for (NotePath path : removed) {
            targets.addAll(AnchorText.targets(before, path));
        }
        List<Note> reindex = new ArrayList<>();
        for (Note note : after.notes()) {
            NotePath path = note.path();
            if (changed.contains(path)) {
                reindex.add(note);
            } else if (targets.contains(path) && !removed.contains(path)
                    && (!before.backlinks(path).equals(after.backlinks(path)))
                    && !sameIndexedValues(before, after, note)) {
                reindex.add(note);
            }
        }
        return reindex;
    }

    /** True when the index would take {@code note} with the same anchor text and backlink count in both graphs. */
    private static boolean sameIndexedValues(ConceptGraph before, ConceptGraph after, Note note) {
        return before.note(note.path()).map(old -> {
            IndexedNote was = IndexedNote.of(before, old);
            IndexedNote is = IndexedNote.of(after, note);
            return was.anchorText().equals(is.anchorText()) && was.backlinks() == is.backlinks();
        }).orElse(false);
    }
}
