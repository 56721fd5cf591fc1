package org.kasten.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kasten.note.Ghost;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.Resolution.Status;
import org.kasten.note.ResolvedLink;
import org.kasten.note.Warning;

/**
 * One pass over every link of every note: resolves it (notes in parallel), then, in order, checks its
 * anchor and files it under backlinks, ghosts, missing attachments or ambiguous links. Linear in notes
 * plus links (hash lookups only).
 */
final class GraphBuilder {

    /** Backlinks and ghost backlinks are listed in this order. */
    static final Comparator<ResolvedLink> BY_SOURCE_AND_LINE = Comparator.comparing(ResolvedLink::source)
            .thenComparingInt(r -> r.link().line()).thenComparingInt(r -> r.link().column());

    /** Below this many notes, resolving in parallel costs more than it saves. */
    private static final int PARALLEL_FROM = 500;

    final List<Note> notes;
    final Map<NotePath, Note> byPath;
    final List<NotePath> attachments;
    final TargetResolver resolver;
    final Map<NotePath, List<ResolvedLink>> outgoing = new HashMap<>();
    final Map<NotePath, List<ResolvedLink>> backlinks = new HashMap<>();
    final Map<String, Ghost> ghosts;
    final Map<String, Ghost> missingAttachments;
    final List<ResolvedLink> ambiguous = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();
    private final AnchorCheck anchors = new AnchorCheck();
    int linkCount;
    int resolvedCount;

    GraphBuilder(Collection<Note> allNotes, Collection<NotePath> allAttachments) {
        this(allNotes, allAttachments, false);
    }

    /**
     * {@code namesOfLinks}: the name table holds only the keys the notes' links can be looked up by
     * ({@link NameTable#only}), for a vault whose notes are mostly known by file name only, without links.
     */
    GraphBuilder(Collection<Note> allNotes, Collection<NotePath> allAttachments, boolean namesOfLinks) {
        notes = sortedByPath(allNotes);
        Map<NotePath, Note> unique = new HashMap<>(notes.size() * 4 / 3 + 16);
        for (Note note : notes) {
            unique.put(note.path(), note);
        }
        byPath = java.util.Collections.unmodifiableMap(unique);
        attachments = allAttachments.stream().distinct().sorted().toList();
        resolver = new TargetResolver(namesOfLinks ? NameTable.only(notes, attachments, keysAsked(notes))
                : new NameTable(notes, attachments));
        Map<String, List<ResolvedLink>> ghostLinks = new HashMap<>();
        Map<String, List<ResolvedLink>> missingLinks = new HashMap<>();
        List<List<ResolvedLink>> resolved = notes.size() < PARALLEL_FROM
                ? notes.stream().map(n -> resolveLinks(n, resolver)).toList()
                : notes.parallelStream().map(n -> resolveLinks(n, resolver)).toList();
        for (int i = 0; i < notes.size(); i++) {
            List<ResolvedLink> links = resolved.get(i);
            outgoing.put(notes.get(i).path(), links);
            for (ResolvedLink link : links) {
                file(link, ghostLinks, missingLinks);
            }
        }
        backlinks.replaceAll((path, list) -> sorted(list));
        ghosts = concepts(ghostLinks);
        missingAttachments = concepts(missingLinks);
        ambiguous.sort(BY_SOURCE_AND_LINE);
        warnings.sort(Comparator.comparing(Warning::path).thenComparingInt(Warning::line));
    }

    /**
     * The notes by path, one per path (the last given wins). Notes listed in path order already (a folder
     * scan's, a graph's) are kept as they are: sorting many paths that share long prefixes is slow.
     */
    private static List<Note> sortedByPath(Collection<Note> allNotes) {
        List<Note> given = List.copyOf(allNotes);
        boolean ascending = true;
        for (int i = 1; i < given.size() && ascending; i++) {
            ascending = given.get(i - 1).path().compareTo(given.get(i).path()) < 0;
        }
        if (ascending) {
            return given;
        }
        Map<NotePath, Note> unique = new HashMap<>();
        for (Note note : allNotes) {
            unique.put(note.path(), note);
        }
        return unique.values().stream().sorted(Comparator.comparing(Note::path)).toList();
    }

    /** Every key the notes' links can be looked up by, whatever the table holds ({@link NameTable#asking}). */
    private static java.util.Set<String> keysAsked(List<Note> notes) {
        java.util.Set<String> asked = new java.util.HashSet<>();
        TargetResolver asking = new TargetResolver(NameTable.asking(asked));
        for (Note note : notes) {
            if (!note.links().isEmpty()) {
                resolveLinks(note, asking);
            }
        }
        return asked;
    }

    /** Resolves one note's links; pure (reads only the name table), so notes are resolved in parallel. */
    static List<ResolvedLink> resolveLinks(Note note, TargetResolver resolver) {
        List<ResolvedLink> links = new ArrayList<>(note.links().size());
        for (Link link : note.links()) {
            if (link.kind() == LinkKind.SEE_ALSO) {
                for (Link part : SeeAlsoSplitter.split(link, note.path(), resolver)) {
                    links.add(new ResolvedLink(note.path(), part, resolver.resolve(part, note.path())));
                }
            } else {
                links.add(new ResolvedLink(note.path(), link, resolver.resolve(link, note.path())));
            }
        }
        return List.copyOf(links);
    }

    private void file(ResolvedLink link, Map<String, List<ResolvedLink>> ghostLinks,
                      Map<String, List<ResolvedLink>> missingLinks) {
        linkCount++;
        Resolution resolution = link.resolution();
        if (resolution.resolved()) {
            resolvedCount++;
        }
        if (resolution.ambiguous()) {
            ambiguous.add(link);
        }
        switch (resolution.status()) {
            case NOTE -> {
                if (!resolution.path().equals(link.source())) {
                    backlinks.computeIfAbsent(resolution.path(), p -> new ArrayList<>()).add(link);
                }
                String problem = anchors.problem(link.link(), byPath.get(resolution.path()));
                if (problem != null) {
                    warnings.add(new Warning(link.source(), link.link().line(), problem));
                }
            }
            case GHOST -> ghostLinks.computeIfAbsent(Keys.key(resolution.name()), k -> new ArrayList<>()).add(link);
            case MISSING_ATTACHMENT ->
                    missingLinks.computeIfAbsent(Keys.key(resolution.name()), k -> new ArrayList<>()).add(link);
            default -> { }
        }
    }

    /** Groups links by key into named concepts, named as first written (in path and line order), sorted. */
    private static Map<String, Ghost> concepts(Map<String, List<ResolvedLink>> byKey) {
        TreeMap<String, Ghost> sorted = new TreeMap<>();
        byKey.forEach((key, links) -> sorted.put(key, concept(links)));
        return java.util.Collections.unmodifiableSortedMap(sorted);
    }

    /** One concept's links sorted, named as first written. */
    static Ghost concept(List<ResolvedLink> links) {
        List<ResolvedLink> ordered = sorted(links);
        return new Ghost(ordered.get(0).resolution().name(), ordered);
    }

    static List<ResolvedLink> sorted(List<ResolvedLink> links) {
        List<ResolvedLink> copy = new ArrayList<>(links);
        copy.sort(BY_SOURCE_AND_LINE);
        return List.copyOf(copy);
    }
}
