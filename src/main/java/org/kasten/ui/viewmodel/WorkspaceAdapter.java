package org.kasten.ui.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.kasten.app.VaultException;
import org.kasten.app.Workspace;
import org.kasten.note.Ghost;
import org.kasten.note.Mention;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.RelatedNote;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;
import org.kasten.note.SearchResults;
import org.kasten.note.Warning;

/**
 * {@link WorkspaceService} over the real {@link Workspace}: a thin delegation that turns the search's checked
 * exceptions into unchecked ones (the view models report them as text).
 */
public final class WorkspaceAdapter implements WorkspaceService {

    private final Workspace workspace;

    public WorkspaceAdapter(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The opener that loads through {@link Workspace#open}. */
    public static WorkspaceOpener opener() {
        return (folder, progress) -> new WorkspaceAdapter(Workspace.open(folder, progress));
    }

    @Override public Path root() { return workspace.root(); }
    @Override public List<Note> notes() { return workspace.notes(); }
    @Override public Optional<Note> note(NotePath path) { return workspace.note(path); }
    @Override public Optional<Note> find(String name) { return workspace.find(name); }
    @Override public Resolution resolve(String target, NotePath from) { return workspace.resolve(target, from); }
    @Override public List<ResolvedLink> outgoing(NotePath path) { return workspace.outgoing(path); }
    @Override public List<ResolvedLink> backlinks(NotePath path) { return workspace.backlinks(path); }
    @Override public List<ResolvedLink> seeAlso(NotePath path) { return workspace.seeAlso(path); }
    @Override public List<Mention> unlinkedMentions(NotePath path) { return workspace.unlinkedMentions(path); }
    @Override public Optional<Ghost> ghost(String name) { return workspace.ghost(name); }
    @Override public List<Warning> warnings() { return workspace.warnings(); }
    @Override public int linkCount() { return workspace.linkCount(); }

    @Override
    public SearchResults search(String query, int limit) {
        try {
            return workspace.search(query, limit, true);
        } catch (VaultException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public List<NotePath> matchingPaths(String query, int limit) {
        try {
            return workspace.matchingPaths(query, limit);
        } catch (VaultException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public List<NotePath> attachments() {
        return workspace.attachments();
    }

    @Override
    public List<RelatedNote> related(NotePath path, int limit) {
        try {
            return workspace.related(path, limit);
        } catch (VaultException e) {
            return List.of(); // related notes are a hint; the page shows without them
        }
    }

    @Override
    public String renderHtml(NotePath path) {
        return workspace.renderHtml(path);
    }

    @Override
    public String renderGhost(String name) {
        return workspace.renderGhost(name);
    }

    @Override
    public void setDarkPages(boolean dark) {
        workspace.setTheme(dark ? "dark" : "light");
    }

    @Override
    public void warmUpSearch(java.util.function.BooleanSupplier stop) {
        org.kasten.app.SearchWarmUp.run(workspace, stop);
    }

    @Override
    public boolean indexReady() {
        return workspace.indexReady();
    }

    @Override
    public void awaitIndex() throws VaultException {
        workspace.awaitIndex();
    }

    @Override
    public void close() {
        workspace.close();
    }

    @Override
    public boolean isLoaded() {
        return workspace.isLoaded();
    }

    @Override
    public void readTheRest() {
        workspace.readTheRest();
    }

    @Override
    public void whenLoaded(Runnable action) {
        workspace.whenLoaded(action);
    }

    /**
     * Opens a vault through {@link Workspace#openProgressively}: a large vault is returned with the note
     * {@code firstNote} picks already read and the rest still being read.
     */
    public static WorkspaceService openProgressively(Path folder, Progress progress,
            java.util.function.Function<WorkspaceService, Optional<NotePath>> firstNote) throws VaultException {
        return new WorkspaceAdapter(Workspace.openProgressively(folder, progress,
                ws -> firstNote.apply(new WorkspaceAdapter(ws))));
    }

    @Override
    public void watch(Runnable changed) throws VaultException {
        workspace.addChangeListener(change -> changed.run());
        workspace.watch();
    }
}
