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
     * The note shown first in a vault: Home, Welcome, README or index at the top level; else the top-level
     * note with the most links (a hub to start from); else the note with the most links anywhere.
     */
    static Optional<Note> home(Workspace ws) {
        for (String name : HOME_NAMES) {
            Optional<Note> found = ws.graph().notes().stream().filter(n -> n.path().folder().isEmpty()
                    && n.path().name().equalsIgnoreCase(name)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        Optional<Note> deeper = ws.graph().notes().stream() // a vault of vaults: the shallowest Home, README …
                .filter(n -> HOME_NAMES.stream().anyMatch(name -> n.path().name().equalsIgnoreCase(name)))
                .min(java.util.Comparator.comparingInt((Note n) -> depth(n.path()))
                        .thenComparingInt(n -> indexOfName(n.path().name())).thenComparing(Note::path));
        if (deeper.isPresent()) {
            return deeper;
        }
        java.util.Comparator<Note> byLinks = java.util.Comparator.comparingInt((Note n) -> n.links().size())
                .thenComparing(Note::path, java.util.Comparator.reverseOrder());
        Optional<Note> top = ws.graph().notes().stream().filter(n -> n.path().folder().isEmpty()).max(byLinks);
        return top.isPresent() ? top : ws.graph().notes().stream().max(byLinks);
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
