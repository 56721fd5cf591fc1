package org.kasten.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.kasten.note.Ghost;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution.Status;
import org.kasten.note.ResolvedLink;
import org.kasten.note.Warning;

/**
 * One note changed, added or removed, applied to a graph without building it again, with the same answers a
 * full build would give. The name table changes only under the keys the note was or is named by
 * ({@link NameTable#edit}); the links that may resolve differently are the note's own, the links whose
 * targets look up one of those keys ({@link LinkBuckets}) and the links to the note (their anchors are
 * checked against its headings). Those notes' links are resolved again; backlinks, ghosts, missing
 * attachments, ambiguous links and warnings are mended for exactly the links that left and came, in the order
 * a full build sorts them. Everything else is shared with the graph before.
 */
final class GraphUpdate {

    private GraphUpdate() {
    }

    /** {@code before} with the note at {@code path} replaced by {@code now} (null: removed). */
    static ConceptGraph apply(ConceptGraph before, NotePath path, Note now) {
        Note old = before.byPath.get(path);
        NameTable.Edit edit = before.resolver.table().edit(path, old, now);
        LinkBuckets buckets = before.buckets();

        List<Note> notes = new ArrayList<>(before.notes);
        int at = indexOf(notes, path);
        if (at >= 0 && now != null) {
            notes.set(at, now);
        } else if (at >= 0) {
            notes.remove(at);
        } else if (now != null) {
            notes.add(-at - 1, now);
        }
        // a table built afresh answers as the edited one (NameTable#edit), without the edits' growing overlay
        TargetResolver resolver = edit.table() == before.resolver.table() ? before.resolver
                : new TargetResolver(edit.table().overEdited() ? new NameTable(notes, before.attachments) : edit.table());
        Map<NotePath, Note> byPath = new HashMap<>(before.byPath);
        if (now != null) {
            byPath.put(path, now);
        } else {
            byPath.remove(path);
        }

        // the notes whose links are resolved again: this one, those looking up a changed name, those linking here
        Set<NotePath> relinked = new TreeSet<>(buckets.sources(edit.keys()));
        relinked.add(path);
        before.backlinks(path).forEach(r -> relinked.add(r.source()));
        Map<NotePath, List<ResolvedLink>> outgoing = new HashMap<>(before.outgoing);
        List<ResolvedLink> gone = new ArrayList<>();
        List<ResolvedLink> came = new ArrayList<>(); // in path order, then link order, as a full build files them
        for (NotePath source : relinked) {
            gone.addAll(before.outgoing(source));
            Note note = byPath.get(source);
            if (note == null) {
                outgoing.remove(source);
            } else {
                List<ResolvedLink> links = GraphBuilder.resolveLinks(note, resolver);
                outgoing.put(source, links);
                came.addAll(links);
            }
        }

        // asked once for every ambiguous link and warning of the vault below: hashed, not the sorted set's
        // comparisons of long shared path prefixes
        Set<NotePath> isRelinked = new HashSet<>(relinked);
        Map<NotePath, List<ResolvedLink>> backlinks = backlinks(before.backlinks, isRelinked, gone, came);
        Map<String, Ghost> ghosts = concepts(before.ghosts, isRelinked, gone, came, Status.GHOST);
        Map<String, Ghost> missing = concepts(before.missing, isRelinked, gone, came, Status.MISSING_ATTACHMENT);
        List<ResolvedLink> ambiguous = merged(before.ambiguous, isRelinked, ResolvedLink::source,
                sortedStable(came.stream().filter(r -> r.resolution().ambiguous()).toList(),
                        GraphBuilder.BY_SOURCE_AND_LINE), GraphBuilder.BY_SOURCE_AND_LINE);
        List<Warning> warnings = merged(before.warnings, isRelinked, Warning::path,
                sortedStable(warnings(came, byPath), LinkFiling.WARNING_ORDER), LinkFiling.WARNING_ORDER);
        int linkCount = before.linkCount - gone.size() + came.size();
        int resolvedCount = before.resolvedCount - resolved(gone) + resolved(came);
        return new ConceptGraph(List.copyOf(notes), Collections.unmodifiableMap(byPath), before.attachments, resolver,
                Collections.unmodifiableMap(outgoing), backlinks, ghosts, missing, ambiguous, warnings, linkCount,
                resolvedCount, before, buckets.with(path, old, now));
    }

    private static int indexOf(List<Note> sorted, NotePath path) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = sorted.get(mid).path().compareTo(path);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** The backlink lists of the notes that links left or came to, filed again; the others are shared. */
    private static Map<NotePath, List<ResolvedLink>> backlinks(Map<NotePath, List<ResolvedLink>> before,
            Set<NotePath> relinked, List<ResolvedLink> gone, List<ResolvedLink> came) {
        Map<NotePath, List<ResolvedLink>> arrived = new HashMap<>();
        for (ResolvedLink link : gone) {
            if (LinkFiling.isBacklink(link)) {
                arrived.putIfAbsent(link.resolution().path(), new ArrayList<>());
            }
        }
        for (ResolvedLink link : came) {
            if (LinkFiling.isBacklink(link)) {
                arrived.computeIfAbsent(link.resolution().path(), p -> new ArrayList<>()).add(link);
            }
        }
        Map<NotePath, List<ResolvedLink>> after = new HashMap<>(before);
        arrived.forEach((target, links) -> {
            List<ResolvedLink> list = kept(before.getOrDefault(target, List.of()), relinked);
            list.addAll(links);
            if (list.isEmpty()) {
                after.remove(target);
            } else {
                after.put(target, GraphBuilder.sorted(list));
            }
        });
        return Collections.unmodifiableMap(after);
    }

    /** Ghosts (or missing attachments) with the concepts that links left or came to made again. */
    private static Map<String, Ghost> concepts(Map<String, Ghost> before, Set<NotePath> relinked,
            List<ResolvedLink> gone, List<ResolvedLink> came, Status status) {
        Map<String, List<ResolvedLink>> arrived = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (ResolvedLink link : gone) {
            if (link.resolution().status() == status) {
                keys.add(Keys.key(link.resolution().name()));
            }
        }
        for (ResolvedLink link : came) {
            if (link.resolution().status() == status) {
                String key = Keys.key(link.resolution().name());
                keys.add(key);
                arrived.computeIfAbsent(key, k -> new ArrayList<>()).add(link);
            }
        }
        if (keys.isEmpty()) {
            return before;
        }
        TreeMap<String, Ghost> after = new TreeMap<>(before);
        for (String key : keys) {
            Ghost old = before.get(key);
            List<ResolvedLink> links = kept(old == null ? List.of() : old.backlinks(), relinked);
            links.addAll(arrived.getOrDefault(key, List.of()));
            if (links.isEmpty()) {
                after.remove(key);
            } else {
                after.put(key, GraphBuilder.concept(links));
            }
        }
        return Collections.unmodifiableSortedMap(after);
    }

    /** The links of {@code links} from notes not resolved again, in their order. */
    private static List<ResolvedLink> kept(List<ResolvedLink> links, Set<NotePath> relinked) {
        List<ResolvedLink> kept = new ArrayList<>(links.size() + 4);
        for (ResolvedLink link : links) {
            if (!relinked.contains(link.source())) {
                kept.add(link);
            }
        }
        return kept;
    }

    /** The anchor warnings of these links, in the order they come: filed as the full build files them. */
    private static List<Warning> warnings(List<ResolvedLink> links, Map<NotePath, Note> byPath) {
        LinkFiling filing = new LinkFiling(byPath, false);
        links.forEach(filing::file);
        return filing.warnings;
    }

    private static <T> List<T> sortedStable(List<T> items, Comparator<T> order) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(order); // List.sort is stable: ties keep the order the links came in
        return copy;
    }

    /**
     * {@code before} without the items of relinked notes, merged with {@code added} (sorted). Items of one note
     * are never split by the merge: the order compares the note first, and one note's items are all on one side.
     */
    private static <T> List<T> merged(List<T> before, Set<NotePath> relinked, Function<T, NotePath> note,
                                      List<T> added, Comparator<T> order) {
        List<T> out = new ArrayList<>(before.size() + added.size());
        int a = 0;
        for (T item : before) {
            if (relinked.contains(note.apply(item))) {
                continue;
            }
            while (a < added.size() && order.compare(added.get(a), item) < 0) {
                out.add(added.get(a++));
            }
            out.add(item);
        }
        while (a < added.size()) {
            out.add(added.get(a++));
        }
        return List.copyOf(out);
    }

    private static int resolved(List<ResolvedLink> links) {
        int count = 0;
        for (ResolvedLink link : links) {
            if (link.resolution().resolved()) {
                count++;
            }
        }
        return count;
    }
}
