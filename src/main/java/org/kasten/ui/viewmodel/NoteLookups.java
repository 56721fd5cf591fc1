package org.kasten.ui.viewmodel;

import java.util.List;
import java.util.Optional;

import org.kasten.app.Workspace;
import org.kasten.note.KastenUrl;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/** Small look-ups on an open vault: the places shown first, the home note and link previews. */
final class NoteLookups {

    private NoteLookups() {
    }

    /**
     * The places shown when a vault opens: the {@code note} asked for (path, title or alias; when it is not
     * found, {@code notFound} gets the reason), else the {@code restore} notes that still exist, else the home note.
     */
    static List<Location> firstPlaces(Workspace ws, String note, List<NotePath> restore,
                                      java.util.function.Consumer<String> notFound) {
        if (note != null) {
            Optional<Note> found = ws.graph().find(note);
            if (found.isPresent()) {
                return List.of(Location.note(found.get().path()));
            }
            notFound.accept("note not found: " + note);
        }
        List<Location> restored = restore == null ? List.of()
                : restore.stream().filter(p -> ws.graph().note(p).isPresent()).map(Location::note).toList();
        return !restored.isEmpty() ? restored : home(ws).map(n -> List.of(Location.note(n.path()))).orElse(List.of());
    }

    /**
     * The note shown first in a vault: Home, Welcome, README, index or Start here, the shallowest first, then in
     * that order, then by path (at the top level that is the top-level one: a vault of vaults gets its shallowest);
     * else the top-level note with the most links (a hub to start from); else the note with the most links
     * anywhere. One pass over the notes that makes no string for a note whose file name is not one of those: it
     * runs before the first note of a large vault is read and again before its tab opens (at 100,000 notes the
     * six passes it took, each cutting every path into folder and name, were a visible part of that wait).
     */
    static Optional<Note> home(Workspace ws) {
        List<Note> notes = ws.graph().notes();
        Note best = null;
        int bestDepth = 0;
        int bestRank = 0;
        for (Note n : notes) { // sorted by path: of equal depth and name, the first is the lexically first
            int rank = homeRank(n.path().value());
            if (rank >= 0) {
                int depth = depth(n.path());
                if (best == null || depth < bestDepth || depth == bestDepth && rank < bestRank) {
                    best = n;
                    bestDepth = depth;
                    bestRank = rank;
                }
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        java.util.Comparator<Note> byLinks = java.util.Comparator.comparingInt((Note n) -> n.links().size())
                .thenComparing(Note::path, java.util.Comparator.reverseOrder());
        Optional<Note> top = notes.stream().filter(n -> n.path().value().indexOf('/') < 0).max(byLinks);
        return top.isPresent() ? top : notes.stream().max(byLinks);
    }

    /**
     * The place of {@code path}'s name (its file name without the extension, as {@link NotePath#name}) among
     * {@link #HOME_NAMES}, ignoring case; -1 when it is none of them. Compares in place, making no string.
     */
    static int homeRank(String path) {
        int start = path.lastIndexOf('/') + 1;
        int dot = path.lastIndexOf('.');
        int end = dot <= start ? path.length() : dot; // a name starting with its only dot keeps it, as NotePath.name
        for (int i = 0; i < HOME_NAMES.size(); i++) {
            String name = HOME_NAMES.get(i);
            if (end - start == name.length() && path.regionMatches(true, start, name, 0, name.length())) {
                return i;
            }
        }
        return -1;
    }

    private static final List<String> HOME_NAMES = List.of("Home", "Welcome", "README", "index", "Start here");

    private static int depth(org.kasten.note.NotePath path) {
        return (int) path.value().chars().filter(c -> c == '/').count();
    }

    /** The preview of a link: a note's title and text start, a ghost's backlink count, a web address. */
    static Optional<PanelItem> preview(Workspace ws, String url) {
        KastenUrl target = KastenUrl.read(url);
        return switch (target.kind()) {
            case NOTE -> ws.graph().note(NotePath.of(target.value())).map(n -> new PanelItem(n.title(),
                    excerpt(n.plainText()), Location.note(n.path()), false));
            case GHOST -> ws.graph().ghost(target.value()).map(g -> new PanelItem(g.name(),
                    "No note yet \u00b7 linked from " + g.sources().size()
                            + (g.sources().size() == 1 ? " note" : " notes"), Location.ghost(g.name()), true));
            case EXTERNAL -> Optional.of(new PanelItem("Web link", target.value(), null, false));
            default -> Optional.empty();
        };
    }

    /** About the first 400 characters of a note's text, cut at a word. */
    static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= 400) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 400);
        return flat.substring(0, cut > 300 ? cut : 400) + " \u2026";
    }
}
