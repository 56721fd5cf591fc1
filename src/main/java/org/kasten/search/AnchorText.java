package org.kasten.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.Link;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

/**
 * The words other notes use when they link to a note ("anchor text", as web search calls it): the shown text
 * of {@code [[Target|shown]]} and {@code [shown](Target.md)}, and other names written as the target
 * ({@code [[Alias]]}). People describe a note in their own words when linking to it; those are often the words
 * a searcher uses. Indexed as the note's {@link NoteFields#ANCHORS} field. (The words of the line around each
 * link were measured too: they helped the tuning queries but cost the second held-out set, so they are left out.)
 */
public final class AnchorText {

    private AnchorText() {
    }

    /** The anchor text of {@code target} in {@code graph}, one anchor a line; empty when no note names it otherwise. */
    public static String of(ConceptGraph graph, NotePath target) {
        Note note = graph.note(target).orElse(null);
        if (note == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (ResolvedLink backlink : graph.backlinks(target)) {
            Link link = backlink.link();
            if (link.display() != null && isNew(note, link.display())) {
                text.append(link.display().strip()).append('\n');
            } else if (link.display() == null && isNew(note, link.target()) && !link.target().contains("/")) {
                text.append(link.target().strip()).append('\n');
            }
        }
        return text.toString();
    }

    /** The notes whose anchor text {@code source}'s links feed (the notes it links to, itself excepted). */
    public static Set<NotePath> targets(ConceptGraph graph, NotePath source) {
        Set<NotePath> targets = new LinkedHashSet<>();
        for (ResolvedLink link : graph.outgoing(source)) {
            Resolution r = link.resolution();
            if (r.status() == Resolution.Status.NOTE && !r.path().equals(source)) {
                targets.add(r.path());
            }
        }
        return targets;
    }

    /** False for words the note's own title or file name already says (they add nothing to its document). */
    private static boolean isNew(Note note, String words) {
        String folded = NoteAnalyzers.fold(words.strip());
        return !folded.isEmpty() && !folded.equals(NoteAnalyzers.fold(note.title()))
                && !folded.equals(NoteAnalyzers.fold(note.path().name()))
                && !folded.equals(NoteAnalyzers.fold(note.path().fileName()));
    }
}
