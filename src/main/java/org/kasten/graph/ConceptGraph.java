package org.kasten.graph;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.kasten.note.Ghost;
import org.kasten.note.Mention;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;
import org.kasten.note.Warning;

/**
 * The concept graph of a vault: every note, every link resolved as DESIGN.md's contract says, backlinks,
 * ghost concepts, see-also lists and unlinked mentions. Immutable once built; thread-safe.
 */
public final class ConceptGraph {

    /** Builds the graph of these notes; {@code attachments} are the vault's other files (images, PDFs ...). */
    public static ConceptGraph build(Collection<Note> notes, Collection<NotePath> attachments) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** All notes, sorted by path. */
    public List<Note> notes() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The vault's non-note files, sorted. */
    public List<NotePath> attachments() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The note at this exact path. */
    public Optional<Note> note(NotePath path) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Resolves a link target written in {@code from} (null: from the vault root, as the CLI's NOTE argument). */
    public Resolution resolve(String target, NotePath from) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Finds a note by vault-relative path, file name, title or alias, as the command line's NOTE argument. */
    public Optional<Note> find(String pathTitleOrAlias) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The links of a note with their resolutions, in order of appearance. */
    public List<ResolvedLink> outgoing(NotePath source) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Links from other notes (and from itself) that lead to this note, sorted by source path then line. */
    public List<ResolvedLink> backlinks(NotePath target) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The entries of the note's "See also" section, resolved, in order, one per concept named. */
    public List<ResolvedLink> seeAlso(NotePath source) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Places where other notes name this note's title or an alias as plain words, without a link. */
    public List<Mention> unlinkedMentions(NotePath target) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Linked concepts without a note, sorted by name (case-insensitively merged). */
    public List<Ghost> ghosts() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The ghost concept of that name, if some note links to it. */
    public Optional<Ghost> ghost(String name) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Links to files (images, PDFs ...) that are not in the vault, grouped by target. */
    public List<Ghost> missingAttachments() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Links that matched several notes (the chosen one is in the resolution). */
    public List<ResolvedLink> ambiguousLinks() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Problems found while resolving: missing heading or block anchors. */
    public List<Warning> warnings() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Number of links in the vault (all kinds). */
    public int linkCount() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Number of links that lead to a note or an attachment. */
    public int resolvedCount() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
