package org.kasten.render;

import java.util.List;
import java.util.Optional;

import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

/**
 * What the renderer needs to know about the vault: where a link leads and the notes it can transclude. Implemented over the concept graph ({@link GraphLinkTargets}); tests use a map.
 */
public interface LinkTargets {

    /**
     * Where {@code target} (page part only, no {@code #anchor}) written in {@code from} leads; {@code fileLink}
     * for the path of a Markdown link or image, false for a wiki-link's name, as the graph resolves them.
     */
    Resolution resolve(String target, NotePath from, boolean fileLink);

    /** The note at this exact path. */
    Optional<Note> note(NotePath path);

    /** The resolved entries of a note's "See also" section, when the graph knows them; else empty. */
    default List<ResolvedLink> seeAlso(NotePath source) {
        return List.of();
    }
}
