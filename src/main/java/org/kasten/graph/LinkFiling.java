package org.kasten.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;
import org.kasten.note.Warning;

/**
 * The resolved links of a run of notes filed under what a graph lists: counts, ambiguous links, anchor warnings,
 * ghosts and missing attachments by key, and (when asked) backlinks by target. A graph build files all its notes
 * in one filing, or, in parallel, each run of notes (contiguous in path order) in a filing of its own and then
 * {@link #append}s them in that order: the lists come out as the one filing's would, since every note's links
 * are in exactly one run and the runs follow each other in path order. Not shared between threads.
 */
final class LinkFiling {

    /** Warnings are listed in this order (a stable sort: ties keep the order the links came in). */
    static final Comparator<Warning> WARNING_ORDER = Comparator.comparing(Warning::path).thenComparingInt(Warning::line);

    private final Map<NotePath, Note> byPath;
    private final AnchorCheck anchors = new AnchorCheck();
    /** Null when backlinks are filed apart ({@link GraphBuilder}'s parallel build files them by target). */
    final Map<NotePath, List<ResolvedLink>> backlinks;
    final List<ResolvedLink> ambiguous = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();
    final Map<String, List<ResolvedLink>> ghostLinks = new HashMap<>();
    final Map<String, List<ResolvedLink>> missingLinks = new HashMap<>();
    int linkCount;
    int resolvedCount;

    /** A filing that checks anchors against {@code byPath}'s notes, and files backlinks if {@code withBacklinks}. */
    LinkFiling(Map<NotePath, Note> byPath, boolean withBacklinks) {
        this.byPath = byPath;
        this.backlinks = withBacklinks ? new HashMap<>() : null;
    }

    /** Whether {@code link} counts among its target's backlinks: it reaches a note other than its own. */
    static boolean isBacklink(ResolvedLink link) {
        Resolution resolution = link.resolution();
        return resolution.status() == Resolution.Status.NOTE && !resolution.path().equals(link.source());
    }

    /** Files one link (links are given in path order of their notes, then in their order in the note). */
    void file(ResolvedLink link) {
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
                if (backlinks != null && isBacklink(link)) {
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

    /** Sorts the ambiguous links and the warnings into the order a graph lists them. */
    LinkFiling sorted() {
        ambiguous.sort(GraphBuilder.BY_SOURCE_AND_LINE);
        warnings.sort(WARNING_ORDER);
        return this;
    }

    /**
     * Adds the filing of the notes that follow this filing's in path order ({@link #sorted} both first: a sorted
     * run followed by a sorted run of later notes is sorted).
     */
    void append(LinkFiling later) {
        linkCount += later.linkCount;
        resolvedCount += later.resolvedCount;
        ambiguous.addAll(later.ambiguous);
        warnings.addAll(later.warnings);
        later.ghostLinks.forEach((key, links) -> ghostLinks.computeIfAbsent(key, k -> new ArrayList<>()).addAll(links));
        later.missingLinks.forEach((key, links) -> missingLinks.computeIfAbsent(key, k -> new ArrayList<>()).addAll(links));
    }
}
