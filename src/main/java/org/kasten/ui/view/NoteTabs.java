package org.kasten.ui.view;

import java.util.HashMap;
import java.util.Map;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.TabViewModel;

/** The centre tabs: one {@link NoteTab} per open {@link TabViewModel}, selection kept in step both ways. */
final class NoteTabs extends TabPane {

    private final Map<TabViewModel, NoteTab> views = new HashMap<>();

    NoteTabs(MainViewModel main, BooleanProperty dark, DoubleProperty zoom, HoverPreview preview) {
        getStyleClass().add("note-tabs");
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
        setTabDragPolicy(TabDragPolicy.REORDER);
        main.tabs().addListener((ListChangeListener<TabViewModel>) change -> {
            while (change.next()) {
                for (TabViewModel gone : change.getRemoved()) {
                    NoteTab tab = views.remove(gone);
                    if (tab != null) {
                        getTabs().remove(tab);
                    }
                }
                int at = change.getFrom();
                for (TabViewModel added : change.getAddedSubList()) {
                    NoteTab tab = new NoteTab(added, main, dark, preview);
                    tab.web().zoomProperty().bind(zoom);
                    tab.setOnClosed(e -> main.closeTab(added));
                    views.put(added, tab);
                    getTabs().add(Math.min(at++, getTabs().size()), tab);
                }
            }
        });
        main.selectedTabProperty().addListener((obs, old, tab) -> {
            NoteTab view = views.get(tab);
            if (view != null && getSelectionModel().getSelectedItem() != view) {
                getSelectionModel().select(view);
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab instanceof NoteTab note && main.selectedTabProperty().get() != note.model()) {
                main.selectedTabProperty().set(note.model());
            }
        });
    }

    /** Runs {@code action} once, when the first page of any tab has loaded. */
    void firstPageLoaded(Runnable action) {
        javafx.beans.value.ChangeListener<Boolean> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (now && !done[0]) {
                    done[0] = true;
                    action.run();
                }
            }
            private final boolean[] done = {false};
        };
        getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab instanceof NoteTab note) {
                note.loadedProperty().addListener(once);
            }
        });
    }

    /**
     * Runs {@code action} once, one pulse after the first page of any tab has loaded (the pulse that lays out and
     * draws the scene with it; WebView may paint the page itself a little later): work that can wait (the
     * sidebars) then does not hold back that pulse, as it would when run on the loading itself.
     */
    void firstPageOnScreen(Runnable action) {
        firstPageLoaded(() -> {
            Scene scene = getScene();
            if (scene == null) {
                action.run();
                return;
            }
            Runnable[] once = new Runnable[1];
            once[0] = () -> { // after this pulse's layout; its frame goes to the renderer before the next event
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(action);
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
    }

    /** Selects the view of the view model's selected tab (after the graph tab was in front). */
    void showSelected(MainViewModel main) {
        NoteTab view = views.get(main.selectedTabProperty().get());
        if (view != null) {
            getSelectionModel().select(view);
        }
    }

    /** The selected tab's view, or null. */
    NoteTab current() {
        Tab tab = getSelectionModel().getSelectedItem();
        return tab instanceof NoteTab note ? note : null;
    }
}
