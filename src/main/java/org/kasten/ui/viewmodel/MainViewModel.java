package org.kasten.ui.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import org.kasten.app.StartupTimer;
import org.kasten.app.Workspace;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Warning;

/**
 * The window's state: the open vault (its loading, progress, Files/Tags trees and problems are kept by
 * {@link VaultState}, its changes on disk followed by {@link DiskFollower}), tabs and the selected one, recent
 * notes, and the search, quick-switcher and graph models. Loading runs on the background executor; every property
 * changes on the UI executor.
 */
public final class MainViewModel {

    private final Executor background;
    private final Executor ui;
    private final StartupTimer timer;
    private final BooleanProperty indexing = new SimpleBooleanProperty();
    private final BooleanProperty darkPages = new SimpleBooleanProperty();
    private final VaultState vault;
    private final ObjectProperty<Workspace> workspace;
    private final StringProperty progressText;
    private final Tabs tabSet;
    private final ObservableList<TabViewModel> tabs;
    private final ObjectProperty<TabViewModel> selectedTab;
    private final SearchViewModel search;
    private final QuickSwitcherViewModel switcher;
    private final LinkActions links;
    private final DiskFollower disk;
    private final IndexFollower indexFollower;
    private final GraphViewModel graph;
    private final LocalGraphViewModel localGraph;
    private final SemanticFollower semantic;

    public MainViewModel(WorkspaceOpener opener, Executor background, Executor ui) {
        this(opener, background, ui, StartupTimer.OFF);
    }

    /** As {@link #MainViewModel(WorkspaceOpener, Executor, Executor)}; {@code timer} records the first page's milestones. */
    public MainViewModel(WorkspaceOpener opener, Executor background, Executor ui, StartupTimer timer) {
        this(opener, background, ui, timer, background);
    }

    /**
     * As above; {@code waits} runs what only waits for long (the index being built), so that it does not hold one
     * of the {@code background} workers the pages need (a thread of its own per task in the window).
     */
    public MainViewModel(WorkspaceOpener opener, Executor background, Executor ui, StartupTimer timer, Executor waits) {
        this.background = background;
        this.ui = ui;
        this.timer = timer;
        this.vault = new VaultState(opener, background, ui, () -> darkPages.get() ? "dark" : "light",
                this::published);
        this.workspace = vault.workspace;
        this.progressText = vault.progressText;
        this.tabSet = new Tabs(workspace::get, background, ui, timer);
        this.tabs = tabSet.list();
        this.selectedTab = tabSet.selectedProperty();
        this.disk = new DiskFollower(vault, tabs, background, ui);
        this.search = new SearchViewModel(workspace::get, background, ui);
        this.semantic = new SemanticFollower(workspace::get, background, ui,
                () -> { // related notes blend in similar passages; the shown answer may gain notes found by meaning
                    tabSet.refreshPanels();
                    search.rerun();
                });
        this.switcher = new QuickSwitcherViewModel(this::notes, () -> List.copyOf(tabSet.recentNotes()));
        this.indexFollower = new IndexFollower(workspace::get, waits, ui, indexing, message -> {
            progressText.set(message);
            tabSet.refreshPanels(); // related notes need the index
            if (message.isEmpty()) {
                search.warmUpEngine();
                semantic.indexReady(workspace.get());
            }
        });
        this.links = new LinkActions(workspace::get, tabSet, search);
        links.setNotice(progressText::set);
        this.graph = new GraphViewModel(workspace::get, background, ui, v -> StateStore.forUser().vault(v),
                v -> new org.kasten.ui.graph.LayoutStore(org.kasten.app.CacheFolder.path().resolve("graph")
                        .resolve(StateStore.key(v) + ".layout")));
        this.localGraph = new LocalGraphViewModel(workspace::get, v -> StateStore.forUser().vault(v));
    }

    /**
     * Loads {@code folder} off the UI thread, then shows {@code note} (a path, title or alias) if given, else
     * the {@code restore} tabs that still exist, else a home note. A vault that cannot be read sets {@link #errorProperty()}.
     */
    public void openVault(Path folder, String note, List<NotePath> restore) {
        // the first places are looked up on the worker thread as well: the home note is searched for among every note
        vault.open(folder, ws -> {
            List<String> notFound = new java.util.ArrayList<>(1);
            List<Location> first = NoteLookups.firstPlaces(ws, note, restore, notFound::add);
            return new FirstPlaces(first, notFound);
        }, this::loaded);
    }

    /** The places a vault shows first, and why a note asked for was not found. */
    private record FirstPlaces(List<Location> places, List<String> notFound) {
    }

    private void loaded(VaultSnapshot snapshot, FirstPlaces first) {
        Workspace ws = snapshot.workspace();
        Workspace old = workspace.get();
        vault.publish(snapshot);
        if (old != null && old != ws) {
            background.execute(old::close);
        }
        vault.progress.set(1);
        progressText.set("");
        disk.watch(ws);
        indexFollower.opened(ws);
        disk.followReading(ws); // a large vault opened progressively: the first note is read, the others follow
        tabs.clear();
        tabSet.recentNotes().removeIf(p -> ws.graph().note(p).isEmpty());
        first.notFound().forEach(vault.error::set);
        first.places().forEach(this::openInNewTab);
        if (!tabs.isEmpty()) {
            selectedTab.set(tabs.get(0));
        }
    }

    /** Shows {@code location} in the selected tab (or a new one when there is none). */
    public void navigate(Location location) {
        tabSet.navigate(location);
    }

    /** Opens {@code location} in a new tab and selects it. */
    public TabViewModel openInNewTab(Location location) {
        return tabSet.openInNewTab(location);
    }

    /** Closes a tab; the neighbour becomes selected. */
    public void closeTab(TabViewModel tab) {
        tabSet.closeTab(tab);
    }

    /** Goes back in the selected tab. */
    public void back() {
        tabSet.back();
    }

    /** Goes forward in the selected tab. */
    public void forward() {
        tabSet.forward();
    }

    /** Paths of the open tabs' notes, for remembering. */
    public List<NotePath> openNotePaths() {
        return tabSet.openNotePaths();
    }

    /** Follows a clicked URL of the page (see {@link LinkActions#followUrl}); false for URLs it does not handle. */
    public boolean followUrl(String url, boolean newTab) {
        return links.followUrl(url, newTab);
    }

    /** What a hover preview shows for a link (see {@link LinkActions#preview}). */
    public java.util.Optional<PanelItem> preview(String url) {
        return links.preview(url);
    }

    /** Opens a note picked at random (never the one shown, when there is a choice). */
    public void randomNote(Random random) {
        links.randomNote(random);
    }

    /** Reloads the vault from disk keeping every tab's place (after changes made in another editor). */
    public void reload() {
        disk.reload();
    }

    /** From now on indexing (and reading the rest of a large vault) waits for {@link #firstPageShown}. */
    public void holdIndexingUntilFirstPage() {
        indexFollower.holdUntilFirstPage();
    }

    /** The window shows its first page: the background work held back for it starts now. */
    public void firstPageShown() {
        indexFollower.firstPageShown();
        Workspace ws = workspace.get();
        if (ws != null) {
            ws.readTheRest();
        }
    }

    /** Switches the pages between dark and light: re-renders every open tab, keeping its place. */
    public void setDarkPages(boolean dark) {
        darkPages.set(dark);
        Workspace ws = workspace.get();
        if (ws != null) {
            ws.setTheme(dark ? "dark" : "light");
            tabs.forEach(TabViewModel::refresh);
        }
    }

    private void published() {
        graph.workspaceChanged();
    }

    /** The notes of the open vault (empty before one is loaded). */
    public List<Note> notes() {
        Workspace ws = workspace.get();
        return ws == null ? List.of() : ws.graph().notes();
    }

    /** Turns on following changes on disk: the window updates, keeping every tab's place. */
    public void setWatching(boolean on) {
        disk.setOn(on);
    }

    /** Stops following changes on disk (when the window closes). */
    public void stopWatching() {
        disk.stop();
    }

    /** Sets what happens with web links (the view passes the system browser). */
    public void setExternalOpener(Consumer<String> opener) {
        links.setExternalOpener(opener);
    }

    /** Sets what shows an image attachment (see {@link LinkActions#openAttachment}). */
    public void setImageViewer(java.util.function.BiConsumer<NotePath, Path> viewer) {
        links.setImageViewer(viewer);
    }

    /** Opens an attachment as a click on its link does (see {@link LinkActions#openAttachment}). */
    public void openAttachment(NotePath path) {
        links.openAttachment(path);
    }

    /** Sets what the view does when a tag search starts (show the Search tab). */
    public void setSearchRequested(Consumer<String> listener) {
        links.setSearchRequested(listener);
    }

    public ObjectProperty<Workspace> workspaceProperty() { return workspace; }
    public BooleanProperty loadingProperty() { return vault.loading; }
    /** True while the search index is being built (notes can be read meanwhile). */
    public BooleanProperty indexingProperty() { return indexing; }
    /** Loading progress 0..1, or -1 when unknown. */
    public DoubleProperty progressProperty() { return vault.progress; }
    public StringProperty progressTextProperty() { return progressText; }
    /** Note and link counts of the vault. */
    public StringProperty statusProperty() { return vault.status; }
    /** Why the vault could not be opened, or null. */
    public StringProperty errorProperty() { return vault.error; }
    /** The vault whose opening failed last. */
    public ObjectProperty<Path> failedVaultProperty() { return vault.failedVault; }
    public ObservableList<TabViewModel> tabs() { return tabs; }
    public ObjectProperty<TabViewModel> selectedTabProperty() { return selectedTab; }
    /** Recently shown notes, most recent first. */
    public ObservableList<NotePath> recentNotes() { return tabSet.recentNotes(); }
    public ObservableList<Warning> warnings() { return vault.warnings; }
    public ObjectProperty<FolderNode> filesProperty() { return vault.files; }
    public ObjectProperty<TagNode> tagsProperty() { return vault.tags; }
    public SearchViewModel search() { return search; }
    public QuickSwitcherViewModel switcher() { return switcher; }
    /** The global graph. */
    public GraphViewModel graph() { return graph; }
    /** The local graph's filters. */
    public LocalGraphViewModel localGraph() { return localGraph; }
    /** The start-up milestones' timer. */
    public StartupTimer timer() { return timer; }
    /** Search by meaning: its setting and its status line. */
    public SemanticFollower semantic() { return semantic; }

}
