package org.kasten.ui.view;

import java.util.function.BiConsumer;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.kasten.note.KastenUrl;
import org.kasten.ui.viewmodel.Location;
import org.kasten.ui.viewmodel.MainViewModel;

/** The left sidebar: the Files, Tags, Search and Problems tabs, and putting the keyboard focus in one of them. */
final class LeftSidebar extends TabPane {

    private static final int SEARCH = 2;

    private final FilesPane files;
    private final TagsPane tags;
    private final SearchPane search;
    private final ProblemsPane problems;

    /** {@code open} shows a picked location (in a new tab when asked). */
    LeftSidebar(MainViewModel main, BiConsumer<Location, Boolean> open) {
        files = new FilesPane(main, open);
        tags = new TagsPane(main, tag -> main.followUrl(KastenUrl.tag(tag), false));
        search = new SearchPane(main.search(), open);
        problems = new ProblemsPane(main, open);
        problems.setId("problems-list");
        Tab searchTab = new Tab("Search", search);
        getTabs().addAll(new Tab("Files", files), new Tab("Tags", tags), searchTab, new Tab("Problems", problems));
        setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getStyleClass().add("left-sidebar");
        main.setSearchRequested(tag -> getSelectionModel().select(searchTab));
    }

    /** Shows the Search tab with the keyboard focus in its field. */
    void focusSearch() {
        getSelectionModel().select(SEARCH);
        search.focusField();
    }

    /** Shows a tab (0 Files, 1 Tags, 2 Search, 3 Problems) and puts the keyboard focus in it. */
    void focus(int index) {
        if (index == SEARCH) {
            focusSearch();
            return;
        }
        getSelectionModel().select(index);
        PanelFocus.focus(index == 0 ? files : index == 1 ? tags : problems);
    }

    /** Puts the keyboard focus in the tab shown. */
    void focusSelected() {
        Node content = getSelectionModel().getSelectedItem().getContent();
        if (content == search) {
            search.focusField();
        } else {
            PanelFocus.focus(content);
        }
    }

    FilesPane files() {
        return files;
    }

    TagsPane tags() {
        return tags;
    }

    ProblemsPane problems() {
        return problems;
    }
}
