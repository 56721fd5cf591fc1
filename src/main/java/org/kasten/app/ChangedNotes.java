package org.kasten.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.ResolvedLink;
import org.kasten.search.AnchorText;
import org.kasten.vault.VaultFiles;
import org.kasten.vault.VaultLoader;

/**
 * What a batch of changed files (from the folder watcher) does to the notes: the graph after it, the notes
 * changed and removed, and the notes to re-index. Those are the changed notes and every note whose anchor text
 * (what other notes' links call it) may have changed: the old and new targets of the changed notes' links, and
 * of links elsewhere that a new, renamed or removed note takes over or gives back (two notes of one name).
 */
record ChangedNotes(ConceptGraph graph, Set<NotePath> changed, Set<NotePath> removed, List<Note> reindex) {

    /** Re-reads the files at {@code paths} (a missing file is a removed note) against {@code before}. */
    static ChangedNotes read(Path root, ConceptGraph before, Collection<NotePath> paths) {
        ConceptGraph graph = before;
        Set<NotePath> changed = new HashSet<>();
        Set<NotePath> removed = new HashSet<>();
        VaultLoader loader = new VaultLoader();
        for (NotePath path : paths) {
            Optional<Note> old = graph.note(path);
            Note note = Files.isRegularFile(VaultFiles.file(root, path)) ? loader.loadOne(root, path).note() : null;
            if (note == null && old.isPresent()) {
                graph = graph.withoutNote(path);
                removed.add(path);
            } else if (note != null && (old.isEmpty() || old.get().size() != note.size()
                    || old.get().modified() != note.modified() || !Objects.equals(old.get().hash(), note.hash()))) {
                graph = graph.withNote(note);
                changed.add(path);
            }
        }
        Set<NotePath> relinked = new HashSet<>(changed);
        Set<NotePath> sources = new HashSet<>(changed); // notes whose links may now lead elsewhere
        sources.addAll(removed);
        for (NotePath path : Set.copyOf(sources)) {
            before.backlinks(path).stream().map(ResolvedLink::source).forEach(sources::add);
            graph.backlinks(path).stream().map(ResolvedLink::source).forEach(sources::add);
        }
        for (NotePath source : sources) {
            relinked.addAll(AnchorText.targets(before, source));
            relinked.addAll(AnchorText.targets(graph, source));
        }
        relinked.removeAll(removed);
        ConceptGraph after = graph;
        return new ChangedNotes(after, changed, removed, relinked.stream().map(after::note).flatMap(Optional::stream).toList());
    }
}
