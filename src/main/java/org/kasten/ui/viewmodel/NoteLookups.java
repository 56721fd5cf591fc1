package org.kasten.ui.viewmodel;

import java.util.List;
import java.util.Optional;

import org.kasten.note.Note;
import org.kasten.note.NotePath;

/** Small look-ups on an open vault: the home note and link previews. */
final class NoteLookups {

    private NoteLookups() {
    }

    /**
     * The note shown first in a vault: Home, Welcome, README or index at the top level; else the top-level
     * note with the most links (a hub to start from); else the note with the most links anywhere.
     */
    static Optional<Note> home(WorkspaceService ws) {
        for (String name : HOME_NAMES) {
            Optional<Note> found = ws.notes().stream().filter(n -> n.path().folder().isEmpty()
                    && n.path().name().equalsIgnoreCase(name)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        Optional<Note> deeper = ws.notes().stream() // a vault of vaults: the shallowest Home, README …
                .filter(n -> HOME_NAMES.stream().anyMatch(name -> n.path().name().equalsIgnoreCase(name)))
                .min(java.util.Comparator.comparingInt((Note n) -> depth(n.path()))
                        .thenComparingInt(n -> indexOfName(n.path().name())).thenComparing(Note::path));
        if (deeper.isPresent()) {
            return deeper;
        }
        java.util.Comparator<Note> byLinks = java.util.Comparator.comparingInt((Note n) -> n.links().size())
                .thenComparing(Note::path, java.util.Comparator.reverseOrder());
        Optional<Note> top = ws.notes().stream().filter(n -> n.path().folder().isEmpty()).max(byLinks);
        return top.isPresent() ? top : ws.notes().stream().max(byLinks);
    }

    private static final List<String> HOME_NAMES = List.of("Home", "Welcome", "README", "index", "Start here");

    private static int depth(org.kasten.note.NotePath path) {
        return (int) path.value().chars().filter(c -> c == '/').count();
    }

    private static int indexOfName(String name) {
        for (int i = 0; i < HOME_NAMES.size(); i++) {
            if (HOME_NAMES.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return HOME_NAMES.size();
    }

    /** The preview of a link: a note's title and text start, a ghost's backlink count, a web address. */
    static Optional<PanelItem> preview(WorkspaceService ws, String url) {
        KastenUrls.Target target = KastenUrls.parse(url);
        return switch (target.kind()) {
            case NOTE -> ws.note(NotePath.of(target.value())).map(n -> new PanelItem(n.title(),
                    excerpt(n.plainText()), Location.note(n.path()), false));
            case GHOST -> ws.ghost(target.value()).map(g -> new PanelItem(g.name(),
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
