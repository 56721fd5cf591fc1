package org.kasten.note;

import java.util.List;
import java.util.Optional;

/**
 * The read side of a vault's link graph: its notes and attachments, where each link leads, what leads to a note,
 * ghost concepts and problems of resolution. One value is one unchanging state of the vault, so several lookups
 * made on it agree with each other; a change on disk gives a new one. The graph package builds it; the app and the
 * UI read it through this interface without depending on how it is built.
 */
public interface NoteGraph {

    /** All notes, sorted by path. */
    List<Note> notes();

    /** The vault's non-note files (images, PDFs ...), sorted. */
    List<NotePath> attachments();

    /** The note at this exact path. */
    Optional<Note> note(NotePath path);

    /** A note by vault-relative path, file name, title or alias (the command line's NOTE argument). */
    Optional<Note> find(String pathTitleOrAlias);

    /** Where a link target written in {@code from} leads (null: from the vault root). */
    Resolution resolve(String target, NotePath from);

    /** The note's links with their resolutions, in order of appearance. */
    List<ResolvedLink> outgoing(NotePath source);

    /** Links from other notes that lead to this note, sorted by source path then line. */
    List<ResolvedLink> backlinks(NotePath target);

    /** The entries of the note's "See also" section, resolved, in order, one per concept named. */
    List<ResolvedLink> seeAlso(NotePath source);

    /** Places where other notes name this note's title or an alias as plain words, without a link. */
    List<Mention> unlinkedMentions(NotePath target);

    /** Linked concepts without a note, sorted by name. */
    List<Ghost> ghosts();

    /** The ghost concept of that name, if some note links to it. */
    Optional<Ghost> ghost(String name);

    /** Links to files that are not in the vault, grouped by target. */
    List<Ghost> missingAttachments();

    /** Links that matched several notes (the chosen one is in the resolution). */
    List<ResolvedLink> ambiguousLinks();

    /** Problems found while resolving: missing heading or block anchors (not the files' own problems). */
    List<Warning> warnings();

    /** Number of links in the vault (all kinds). */
    int linkCount();

    /** Number of links that lead to a note or an attachment. */
    int resolvedCount();
}
