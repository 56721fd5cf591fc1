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
    private java.util.function.BiConsumer<NotePath, java.nio.file.Path> imageViewer = (path, file) -> { };
    private Consumer<String> notice = message -> { };

    /** The image types Kasten's viewer shows (the ones JavaFX decodes); other attachments go to the system. */
    static final java.util.Set<String> VIEWABLE = java.util.Set.of("png", "jpg", "jpeg", "gif", "bmp");

    LinkActions(Supplier<Workspace> workspace, Tabs tabs, SearchViewModel search) {
        this.workspace = workspace;
        this.tabs = tabs;
        this.search = search;
    }

    /**
     * Follows a clicked URL of the page: notes and ghosts open (in a new tab when asked), tags start a tag
     * search, attachments open as {@link #openAttachment} says, web links go to the system browser. Returns
     * false for URLs it does not handle.
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
            case ATTACHMENT -> {
                openAttachment(NotePath.of(target.value()));
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

    /**
     * Opens an attachment (a link in a note or a node of a graph): an image Kasten can show opens in its image
     * viewer, any other file in the system's application for it (as "Open in editor" does with notes; Kasten
     * itself never writes). A path that is not a file inside the vault (by its real path) opens nothing and
     * says why.
     */
    public void openAttachment(NotePath path) {
        org.kasten.app.Workspace ws = workspace.get();
        java.util.Optional<java.nio.file.Path> file = ws == null ? java.util.Optional.empty() : fileOf(ws.root(), path);
        if (file.isEmpty()) {
            notice.accept("Cannot open " + path.value() + ": it is not a file of this vault");
        } else if (VIEWABLE.contains(path.extension().toLowerCase(java.util.Locale.ROOT))) {
            imageViewer.accept(path, file.get());
        } else {
            externalOpener.accept(file.get().toUri().toString());
        }
    }

    /** The regular file {@code path} names inside the vault at {@code root}, by its real path; empty otherwise. */
    static java.util.Optional<java.nio.file.Path> fileOf(java.nio.file.Path root, NotePath path) {
        try {
            java.nio.file.Path vault = root.toRealPath();
            java.nio.file.Path real = root.resolve(path.value()).toRealPath();
            return real.startsWith(vault) && !real.equals(vault) && java.nio.file.Files.isRegularFile(real)
                    ? java.util.Optional.of(real) : java.util.Optional.empty();
        } catch (java.io.IOException | java.nio.file.InvalidPathException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }

    /** Sets what shows an image attachment (its vault path and its file). */
    public void setImageViewer(java.util.function.BiConsumer<NotePath, java.nio.file.Path> viewer) {
        this.imageViewer = viewer;
    }

    /** Sets where a short message goes (why an attachment did not open). */
    void setNotice(Consumer<String> notice) {
        this.notice = notice;
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
