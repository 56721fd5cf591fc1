package org.kasten.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kasten.note.Ghost;
import org.kasten.note.Mention;
import org.kasten.note.Note;
import org.kasten.note.NoteGraph;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;
import org.kasten.note.Warning;

/**
 * The concept graph of a vault: every note, every link resolved as DESIGN.md's contract says, backlinks,
 * ghost concepts, see-also lists and unlinked mentions. Immutable once built; thread-safe.
 *
 * <p>Bare "See also" entries that name several concepts count as one link per concept (in
 * {@link #outgoing}, {@link #linkCount} and everywhere else).
 */
public final class ConceptGraph implements NoteGraph {

    final List<Note> notes;
    final Map<NotePath, Note> byPath;
    final List<NotePath> attachments;
    final TargetResolver resolver;
    final Map<NotePath, List<ResolvedLink>> outgoing;
    final Map<NotePath, List<ResolvedLink>> backlinks;
    /** Ghosts and missing attachments by {@link Keys#key} of their name, in key order. */
    final Map<String, Ghost> ghosts;
    final Map<String, Ghost> missing;
    private final List<Ghost> missingAttachments;
    final List<ResolvedLink> ambiguous;
    final List<Warning> warnings;
    final int linkCount;
    final int resolvedCount;
    /** Package-private for tests that compare its answers with a read of every note. */
    final MentionFinder mentions;
    /** Which notes' links look up which names: made on the first edit, then carried to the edited graphs. */
    private volatile LinkBuckets buckets;

    private ConceptGraph(GraphBuilder built) {
        this(built.notes, built.byPath, built.attachments, built.resolver, built.outgoing, built.backlinks, built.ghosts,
                built.missingAttachments, built.ambiguous, built.warnings, built.linkCount, built.resolvedCount, null, null);
    }

    /** A graph of these parts; {@code before} (or null) lends the word filters of the notes it shares. */
    ConceptGraph(List<Note> notes, Map<NotePath, Note> byPath, List<NotePath> attachments, TargetResolver resolver,
                 Map<NotePath, List<ResolvedLink>> outgoing, Map<NotePath, List<ResolvedLink>> backlinks,
                 Map<String, Ghost> ghosts, Map<String, Ghost> missing, List<ResolvedLink> ambiguous,
                 List<Warning> warnings, int linkCount, int resolvedCount, ConceptGraph before, LinkBuckets buckets) {
        this.notes = notes;
        this.byPath = byPath;
        this.attachments = attachments;
        this.resolver = resolver;
        this.outgoing = outgoing;
        this.backlinks = backlinks;
        this.ghosts = ghosts;
        this.missing = missing;
        this.missingAttachments = List.copyOf(missing.values());
        this.ambiguous = ambiguous;
        this.warnings = warnings;
        this.linkCount = linkCount;
        this.resolvedCount = resolvedCount;
        this.buckets = buckets;
        this.mentions = new MentionFinder(notes, this::outgoing, before == null ? null : before.mentions);
    }

    /** Builds the graph of these notes; {@code attachments} are the vault's other files (images, PDFs ...). */
    public static ConceptGraph build(Collection<Note> notes, Collection<NotePath> attachments) {
        return build(notes, attachments, notes.size() >= GraphBuilder.PARALLEL_FROM);
    }

    /**
     * As {@link #build(Collection, Collection)}; {@code parallel}: built on the common pool (as from
     * {@link GraphBuilder#PARALLEL_FROM} notes) or on this thread alone, with the same answers (tests compare them).
     */
    static ConceptGraph build(Collection<Note> notes, Collection<NotePath> attachments, boolean parallel) {
        return new ConceptGraph(new GraphBuilder(notes, attachments, false, parallel));
    }

    /**
     * The graph of a vault whose notes are mostly known by file name only, without links (a large vault being
     * opened, with one note read): the same answers as {@link #build}, but its name table holds only the names
     * the links present can lead to, so it is quick to build; a look-up of any other name builds the whole
     * table then ({@link #namesComplete}).
     */
    public static ConceptGraph provisional(Collection<Note> notes, Collection<NotePath> attachments) {
        return new ConceptGraph(new GraphBuilder(notes, attachments, true, notes.size() >= GraphBuilder.PARALLEL_FROM));
    }

    /** False for a {@link #provisional} graph until a name outside its links' names is looked up. */
    public boolean namesComplete() {
        return resolver.namesComplete();
    }

    /**
     * A new graph with this note added or replaced (same path), for the folder watcher; this graph is
     * unchanged. Equal to a full build of the new notes ({@link GraphUpdate}: only the links that may lead
     * elsewhere now are resolved again).
     */
    public ConceptGraph withNote(Note note) {
        return GraphUpdate.apply(this, note.path(), note);
    }

    /**
     * This graph with these notes read anew but not linked anew: {@link #note} and {@link #notes} give their new
     * versions (text, title, headings), while links, backlinks, names and mentions stay this graph's. What a window
     * shows while {@link #withNote} links them: the edited note's new text at once, its links a moment later. Notes
     * not in this graph are left out. Not to be edited further: edit this graph instead.
     */
    public ConceptGraph showing(Collection<Note> read) {
        List<Note> shown = new java.util.ArrayList<>(notes);
        Map<NotePath, Note> shownByPath = new java.util.HashMap<>(byPath);
        for (Note note : read) {
            int at = java.util.Collections.binarySearch(shown, note, java.util.Comparator.comparing(Note::path));
            if (at >= 0) {
                shown.set(at, note);
                shownByPath.put(note.path(), note);
            }
        }
        return new ConceptGraph(List.copyOf(shown), java.util.Collections.unmodifiableMap(shownByPath), attachments,
                resolver, outgoing, backlinks, ghosts, missing, ambiguous, warnings, linkCount, resolvedCount, this, null);
    }

    /** A new graph without the note at this path (as {@link #withNote}). */
    public ConceptGraph withoutNote(NotePath path) {
        if (!byPath.containsKey(path)) {
            return this;
        }
        return GraphUpdate.apply(this, path, null);
    }

    /**
     * Files the links by the names they look up now rather than on the first {@link #withNote} (linear in the
     * links), so the first edit on disk is applied as fast as the later ones. Idempotent.
     */
    public void prepareEdits() {
        buckets();
    }

    /** The buckets of this graph's links, made on first need. */
    LinkBuckets buckets() {
        LinkBuckets made = buckets;
        if (made == null) {
            made = LinkBuckets.of(notes);
            buckets = made;
        }
        return made;
    }

    /** All notes, sorted by path. */
    @Override
    public List<Note> notes() {
        return notes;
    }

    /** The vault's non-note files, sorted. */
    @Override
    public List<NotePath> attachments() {
        return attachments;
    }

    /** The note at this exact path. */
    @Override
    public Optional<Note> note(NotePath path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Resolves a link target written in {@code from} (null: from the vault root, as the CLI's NOTE argument). */
    @Override
    public Resolution resolve(String target, NotePath from) {
        return resolver.resolve(target, from, false);
    }

    /**
     * Resolves a target as the graph resolves the links of a note: {@code fileLink} for a Markdown link's path
     * ({@code [x](B.md)}), tried relative to {@code from}'s folder first; else a wiki-link's name.
     */
    public Resolution resolve(String target, NotePath from, boolean fileLink) {
        return resolver.resolve(target, from, fileLink);
    }

    /**
     * Finds a note by vault-relative path, file name, title or alias, as the command line's NOTE argument. A
     * path exactly as written (case and Unicode form) wins over the case- and NFC-insensitive matches of link
     * resolution: {@code case.md} is {@code case.md} even when {@code Case.md} exists too.
     */
    @Override
    public Optional<Note> find(String pathTitleOrAlias) {
        Note exact = byPath.get(NotePath.of(pathTitleOrAlias));
        if (exact != null) {
            return Optional.of(exact);
        }
        Resolution resolution = resolve(pathTitleOrAlias, null);
        return resolution.status() == Resolution.Status.NOTE ? note(resolution.path()) : Optional.empty();
    }

    /** The links of a note with their resolutions, in order of appearance. */
    @Override
    public List<ResolvedLink> outgoing(NotePath source) {
        return outgoing.getOrDefault(source, List.of());
    }

    /**
     * Links from other notes that lead to this note, sorted by source path then line; a note's links to
     * itself ({@code [[#Heading]]}, {@code [[Self]]}) are not backlinks.
     */
    @Override
    public List<ResolvedLink> backlinks(NotePath target) {
        return backlinks.getOrDefault(target, List.of());
    }

    /** The entries of the note's "See also" section, resolved, in order, one per concept named. */
    @Override
    public List<ResolvedLink> seeAlso(NotePath source) {
        return outgoing(source).stream().filter(r -> r.link().seeAlso()).toList();
    }

    /** Places where other notes name this note's title or an alias as plain words, without a link. */
    @Override
    public List<Mention> unlinkedMentions(NotePath target) {
        Note note = byPath.get(target);
        return note == null ? List.of() : mentions.mentions(note);
    }

    /** Linked concepts without a note, sorted by name (case-insensitively merged). */
    @Override
    public List<Ghost> ghosts() {
        return List.copyOf(ghosts.values());
    }

    /** The ghost concept of that name, if some note links to it. */
    @Override
    public Optional<Ghost> ghost(String name) {
        return Optional.ofNullable(ghosts.get(Keys.key(TargetResolver.ghostName(name.strip()))));
    }

    /** Links to files (images, PDFs ...) that are not in the vault, grouped by target. */
    @Override
    public List<Ghost> missingAttachments() {
        return missingAttachments;
    }

    /** Links that matched several notes (the chosen one is in the resolution). */
    @Override
    public List<ResolvedLink> ambiguousLinks() {
        return ambiguous;
    }

    /** Problems found while resolving: missing heading or block anchors. */
    @Override
    public List<Warning> warnings() {
        return warnings;
    }

    /** Number of links in the vault (all kinds). */
    @Override
    public int linkCount() {
        return linkCount;
    }

    /** Number of links that lead to a note or an attachment. */
    @Override
    public int resolvedCount() {
        return resolvedCount;
    }
}
