package org.kasten.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.kasten.note.Ghost;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.ResolvedLink;
import org.kasten.note.Warning;

/**
 * One pass over every link of every note: resolves it, then checks its anchor and files it under backlinks,
 * ghosts, missing attachments or ambiguous links ({@link LinkFiling}). Linear in notes plus links (hash lookups
 * only). From {@link #PARALLEL_FROM} notes every step but the last joins runs on the common pool (the name table
 * too, {@link NameKeys}), giving the very lists, in the very order, of the serial build.
 */
final class GraphBuilder {

    /** Backlinks and ghost backlinks are listed in this order. */
    static final Comparator<ResolvedLink> BY_SOURCE_AND_LINE = Comparator.comparing(ResolvedLink::source)
            .thenComparingInt(r -> r.link().line()).thenComparingInt(r -> r.link().column());

    /** Below this many notes, building in parallel costs more than it saves. */
    static final int PARALLEL_FROM = 500;
    /** Runs of notes filed apart in a parallel build, and parts the backlinks' targets are dealt into. */
    private static final int RUNS = 16;
    private static final int PART_SHIFT = Integer.SIZE - Integer.numberOfTrailingZeros(RUNS);

    final List<Note> notes;
    final Map<NotePath, Note> byPath;
    final List<NotePath> attachments;
    final TargetResolver resolver;
    final Map<NotePath, List<ResolvedLink>> outgoing;
    final Map<NotePath, List<ResolvedLink>> backlinks;
    final Map<String, Ghost> ghosts;
    final Map<String, Ghost> missingAttachments;
    final List<ResolvedLink> ambiguous;
    final List<Warning> warnings;
    final int linkCount;
    final int resolvedCount;

    /**
     * {@code namesOfLinks}: the name table holds only the keys the notes' links can be looked up by
     * ({@link NameTable#only}), for a vault whose notes are mostly known by file name only, without links.
     * {@code parallel}: the name table, the links, their filing and the backlinks are made on the common pool,
     * with the very lists and order of the serial build.
     */
    GraphBuilder(Collection<Note> allNotes, Collection<NotePath> allAttachments, boolean namesOfLinks, boolean parallel) {
        notes = sortedByPath(allNotes);
        Map<NotePath, Note> unique = new HashMap<>(notes.size() * 4 / 3 + 16);
        for (Note note : notes) {
            unique.put(note.path(), note);
        }
        byPath = java.util.Collections.unmodifiableMap(unique);
        attachments = allAttachments.stream().distinct().sorted().toList();
        resolver = new TargetResolver(namesOfLinks ? NameTable.only(notes, attachments, keysAsked(notes))
                : new NameTable(notes, attachments, parallel));
        List<List<ResolvedLink>> resolved = resolveAll(notes, resolver, parallel);
        Map<NotePath, List<ResolvedLink>> links = new HashMap<>(notes.size() * 4 / 3 + 16);
        for (int i = 0; i < notes.size(); i++) {
            links.put(notes.get(i).path(), resolved.get(i));
        }
        outgoing = java.util.Collections.unmodifiableMap(links);
        LinkFiling filed;
        if (parallel) {
            List<Run> runs = fileInRuns(resolved);
            filed = new LinkFiling(byPath, false);
            runs.forEach(run -> filed.append(run.filing()));
            backlinks = backlinksByTarget(runs);
        } else {
            filed = new LinkFiling(byPath, true);
            resolved.forEach(list -> list.forEach(filed::file));
            filed.backlinks.replaceAll((path, list) -> sorted(list));
            filed.sorted();
            backlinks = java.util.Collections.unmodifiableMap(filed.backlinks);
        }
        ghosts = concepts(filed.ghostLinks);
        missingAttachments = concepts(filed.missingLinks);
        ambiguous = List.copyOf(filed.ambiguous);
        warnings = List.copyOf(filed.warnings);
        linkCount = filed.linkCount;
        resolvedCount = filed.resolvedCount;
    }

    /** One run of notes' links filed, and its links to other notes dealt by target into {@link #RUNS} parts. */
    private record Run(LinkFiling filing, List<List<ResolvedLink>> dealt) {
    }

    /** The links filed in {@link #RUNS} runs of notes on the common pool, in path order. */
    private List<Run> fileInRuns(List<List<ResolvedLink>> resolved) {
        return IntStream.range(0, RUNS).parallel().mapToObj(r -> {
            LinkFiling filing = new LinkFiling(byPath, false);
            List<List<ResolvedLink>> dealt = new ArrayList<>(RUNS);
            for (int p = 0; p < RUNS; p++) {
                dealt.add(new ArrayList<>());
            }
            for (int i = from(r, resolved.size()); i < from(r + 1, resolved.size()); i++) {
                for (ResolvedLink link : resolved.get(i)) {
                    filing.file(link);
                    if (LinkFiling.isBacklink(link)) {
                        // high bits of a multiplied hash: the maps' buckets use the low bits
                        dealt.get((link.resolution().path().value().hashCode() * 0x9E3779B9) >>> PART_SHIFT).add(link);
                    }
                }
            }
            return new Run(filing.sorted(), dealt);
        }).toList();
    }

    /** The first note of run {@code r} of {@link #RUNS} over {@code n} notes. */
    private static int from(int r, int n) {
        return (int) ((long) n * r / RUNS);
    }

    /** The backlinks of every note, sorted: each part of the targets gathers its links run after run, on a thread of its own. */
    private static Map<NotePath, List<ResolvedLink>> backlinksByTarget(List<Run> runs) {
        List<Map<NotePath, List<ResolvedLink>>> parts = IntStream.range(0, RUNS).parallel().mapToObj(part -> {
            Map<NotePath, List<ResolvedLink>> mine = new HashMap<>();
            for (Run run : runs) {
                for (ResolvedLink link : run.dealt().get(part)) {
                    mine.computeIfAbsent(link.resolution().path(), p -> new ArrayList<>()).add(link);
                }
            }
            mine.replaceAll((path, list) -> sorted(list));
            return mine;
        }).toList();
        Map<NotePath, List<ResolvedLink>> all = new HashMap<>(parts.stream().mapToInt(Map::size).sum() * 4 / 3 + 16);
        parts.forEach(all::putAll);
        return java.util.Collections.unmodifiableMap(all);
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

    /**
     * Every note's links resolved, in the notes' order: in {@link #RUNS} runs of notes on the common pool when
     * {@code parallel}, each run with its own {@link TargetResolver.Memo}.
     */
    private static List<List<ResolvedLink>> resolveAll(List<Note> notes, TargetResolver resolver, boolean parallel) {
        @SuppressWarnings("unchecked")
        List<ResolvedLink>[] resolved = new List[notes.size()];
        int runs = parallel ? RUNS : 1;
        IntStream range = IntStream.range(0, runs);
        (parallel ? range.parallel() : range).forEach(r -> {
            TargetResolver.Memo memo = resolver.memo();
            for (int i = (int) ((long) notes.size() * r / runs); i < (int) ((long) notes.size() * (r + 1) / runs); i++) {
                resolved[i] = resolveLinks(notes.get(i), resolver, memo);
            }
        });
        return java.util.Arrays.asList(resolved);
    }

    /** Resolves one note's links; pure (reads only the name table), so notes are resolved in parallel. */
    static List<ResolvedLink> resolveLinks(Note note, TargetResolver resolver) {
        return resolveLinks(note, resolver, resolver.memo());
    }

    /** Resolves one note's links, answering targets from {@code memo} when it knows them. */
    private static List<ResolvedLink> resolveLinks(Note note, TargetResolver resolver, TargetResolver.Memo memo) {
        if (note.links().isEmpty()) {
            return List.of();
        }
        ResolvedLink[] links = new ResolvedLink[note.links().size()];
        int count = 0;
        for (Link link : note.links()) {
            if (link.kind() == LinkKind.SEE_ALSO) {
                for (Link part : SeeAlsoSplitter.split(link, note.path(), resolver)) {
                    if (count == links.length) {
                        links = java.util.Arrays.copyOf(links, count * 2);
                    }
                    links[count++] = new ResolvedLink(note.path(), part, memo.resolve(part, note.path()));
                }
            } else {
                if (count == links.length) {
                    links = java.util.Arrays.copyOf(links, count * 2);
                }
                links[count++] = new ResolvedLink(note.path(), link, memo.resolve(link, note.path()));
            }
        }
        return List.of(count == links.length ? links : java.util.Arrays.copyOf(links, count));
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
