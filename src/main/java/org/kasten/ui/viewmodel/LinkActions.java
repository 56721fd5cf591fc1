package org.kasten.ui.viewmodel;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.kasten.app.Workspace;
import org.kasten.note.KastenUrl;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * What a click on a page's link does (open a note or ghost, start a tag search, hand a web link to the
 * browser), what a hover preview shows, and the random note. Part of {@link MainViewModel}.
 */
public final class LinkActions {

    private final Supplier<Workspace> workspace;
    private final Tabs tabs;
    private final SearchViewModel search;
    private Consumer<String> externalOpener = url -> { };
    private Consumer<String> searchRequested = tag -> { };

    LinkActions(Supplier<Workspace> workspace, Tabs tabs, SearchViewModel search) {
        this.workspace = workspace;
        this.tabs = tabs;
        this.search = search;
    }

    /**
     * Follows a clicked URL of the page: notes and ghosts open (in a new tab when asked), tags start a tag
     * search, web links go to the system browser. Returns false for URLs it does not handle.
     */
    public boolean followUrl(String url, boolean newTab) {
        KastenUrl target = KastenUrl.read(url);
        Location to = switch (target.kind()) {
            case NOTE -> new Location(NotePath.of(target.value()), null, target.anchor());
            case GHOST -> Location.ghost(target.value());
            default -> null;
        };
        if (to != null) {
            if (newTab) {
                tabs.openInNewTab(to);
            } else {
                tabs.navigate(to);
            }
            return true;
        }
        switch (target.kind()) {
            case TAG -> {
                search.searchTag(target.value());
                searchRequested.accept(target.value());
                return true;
            }
            case EXTERNAL -> {
                externalOpener.accept(target.value());
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * What a hover preview shows for a link: the target's title and the start of its text, a ghost's
     * backlink count, or the address of a web link. Empty for anything else. Cheap: safe on the UI thread.
     */
    public Optional<PanelItem> preview(String url) {
        Workspace ws = workspace.get();
        return ws == null ? Optional.empty() : NoteLookups.preview(ws, url);
    }

    /** Opens a note picked at random (never the one shown, when there is a choice). */
    public void randomNote(Random random) {
        Workspace ws = workspace.get();
        List<Note> notes = ws == null ? List.of() : ws.graph().notes();
        if (notes.isEmpty()) {
            return;
        }
        TabViewModel selected = tabs.selectedProperty().get();
        Location now = selected == null ? null : selected.location();
        Note pick = notes.get(random.nextInt(notes.size()));
        if (notes.size() > 1 && now != null && pick.path().equals(now.path())) {
            pick = notes.get((notes.indexOf(pick) + 1) % notes.size());
        }
        tabs.navigate(Location.note(pick.path()));
    }

    /** Sets what happens with web links (the view passes the system browser). */
    public void setExternalOpener(Consumer<String> opener) {
        this.externalOpener = opener;
    }

    /** Sets what the view does when a tag search starts (show the Search tab). */
    public void setSearchRequested(Consumer<String> listener) {
        this.searchRequested = listener;
    }
}
