package org.kasten.ui.viewmodel;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kasten.app.StartupTimer;
import org.kasten.app.Workspace;
import org.kasten.note.NotePath;

/** The open tabs, the selected one, navigation in it, and the notes shown recently (most recent first). */
public final class Tabs {

    private static final int RECENT_NOTES = 50;

    private final Supplier<Workspace> workspace;
    private final Executor background;
    /** One lane for every tab's slow panels: they never hold both workers ({@link SerialLane}). */
    private final Executor slow;
    private final Executor ui;
    private final ObservableList<TabViewModel> tabs = FXCollections.observableArrayList();
    private final ObjectProperty<TabViewModel> selectedTab = new SimpleObjectProperty<>();
    private final ObservableList<NotePath> recentNotes = FXCollections.observableArrayList();
    private final StartupTimer timer;

    Tabs(Supplier<Workspace> workspace, Executor background, Executor ui, StartupTimer timer) {
        this.workspace = workspace;
        this.background = background;
        this.slow = new SerialLane(background);
        this.ui = ui;
        this.timer = timer;
    }

    /** Shows {@code location} in the selected tab (or a new one when there is none). */
    public void navigate(Location location) {
        TabViewModel tab = selectedTab.get();
        if (tab == null) {
            openInNewTab(location);
            return;
        }
        tab.open(location);
        noteVisited(location);
    }

    /** Opens {@code location} in a new tab and selects it. */
    public TabViewModel openInNewTab(Location location) {
        TabViewModel tab = new TabViewModel(workspace, background, slow, ui, timer);
        tabs.add(tab);
        selectedTab.set(tab);
        tab.open(location);
        noteVisited(location);
        return tab;
    }

    /** Closes a tab (work queued for it is dropped); the neighbour becomes selected. */
    public void closeTab(TabViewModel tab) {
        int at = tabs.indexOf(tab);
        tabs.remove(tab);
        tab.closed();
        if (selectedTab.get() == tab) {
            selectedTab.set(tabs.isEmpty() ? null : tabs.get(Math.min(at, tabs.size() - 1)));
        }
    }

    /**
     * Recomputes the slow panels of every tab (the index or the vectors became ready), the selected tab's first:
     * they take turns in one lane, and the one on screen should not wait behind the hidden ones.
     */
    void refreshPanels() {
        TabViewModel shown = selectedTab.get();
        if (shown != null) {
            shown.refreshPanels();
        }
        for (TabViewModel tab : List.copyOf(tabs)) {
            if (tab != shown) {
                tab.refreshPanels();
            }
        }
    }

    /** Goes back in the selected tab. */
    public void back() {
        if (selectedTab.get() != null && selectedTab.get().back()) {
            noteVisited(selectedTab.get().location());
        }
    }

    /** Goes forward in the selected tab. */
    public void forward() {
        if (selectedTab.get() != null && selectedTab.get().forward()) {
            noteVisited(selectedTab.get().location());
        }
    }

    void noteVisited(Location location) {
        if (location == null || location.isGhost()) {
            return;
        }
        recentNotes.remove(location.path());
        recentNotes.add(0, location.path());
        if (recentNotes.size() > RECENT_NOTES) {
            recentNotes.remove(RECENT_NOTES, recentNotes.size());
        }
    }

    /** Paths of the open tabs' notes, for remembering. */
    public List<NotePath> openNotePaths() {
        return tabs.stream().map(TabViewModel::location).filter(l -> l != null && !l.isGhost())
                .map(Location::path).toList();
    }

    public ObservableList<TabViewModel> list() {
        return tabs;
    }

    public ObjectProperty<TabViewModel> selectedProperty() {
        return selectedTab;
    }

    /** Recently shown notes, most recent first. */
    public ObservableList<NotePath> recentNotes() {
        return recentNotes;
    }
}
