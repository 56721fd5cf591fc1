package org.kasten.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;

import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.kasten.note.NotePath;
import org.kasten.ui.viewmodel.FolderNode;
import org.kasten.ui.viewmodel.Location;
import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.PageContent;
import org.kasten.ui.viewmodel.PanelItem;
import org.kasten.ui.viewmodel.TabViewModel;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Files tab: the vault's folders and notes, notes shown by title with the file path on hover. The note
 * of the selected tab is revealed (its folders expanded, scrolled into view) and selected, without taking
 * the keyboard focus.
 */
final class FilesPane extends TreeView<PanelItem> {

    private final MainViewModel main;
    private final ChangeListener<PageContent> contentShown = (obs, old, now) -> revealCurrent();

    FilesPane(MainViewModel main, BiConsumer<Location, Boolean> open) {
        this.main = main;
        setId("files-tree");
        setShowRoot(false);
        getStyleClass().add("files-tree");
        setCellFactory(v -> new TreeCell<>() {
            {
                setPrefWidth(0); // long titles end in an ellipsis instead of scrolling sideways
            }

            @Override
            protected void updateItem(PanelItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                boolean folder = item.target() == null;
                setText(item.label());
                setGraphic(new FontIcon(folder ? Feather.FOLDER : Feather.FILE_TEXT));
                setTooltip(folder ? null : new Tooltip(item.detail()));
            }
        });
        setOnMouseClicked(e -> openSelected(open, e.isControlDown() || e.getButton() == MouseButton.MIDDLE));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(open, e.isControlDown());
            }
        });
        main.filesProperty().addListener((obs, old, tree) -> showFiles(tree));
        main.selectedTabProperty().addListener((obs, old, tab) -> follow(old, tab));
        // built when the window first shows its sidebars: the vault and its tabs may be there already
        showFiles(main.filesProperty().get());
        follow(null, main.selectedTabProperty().get());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) { // the sidebar joins the scene after the first page: scroll to the note then
                javafx.application.Platform.runLater(this::revealCurrent);
            }
        });
    }

    /** Expands, selects and scrolls to the selected tab's note (nothing for a ghost page or no tab). */
    private void showFiles(FolderNode tree) {
        setRoot(tree == null ? null : new FolderItem(tree, true));
        revealCurrent();
    }

    private void follow(TabViewModel old, TabViewModel tab) {
        if (old != null) {
            old.contentProperty().removeListener(contentShown);
        }
        if (tab != null) {
            tab.contentProperty().addListener(contentShown);
        }
        revealCurrent();
    }

    void revealCurrent() {
        TabViewModel tab = main.selectedTabProperty().get();
        Location at = tab == null ? null : tab.location();
        TreeItem<PanelItem> item = at == null || at.path() == null ? null : find(at.path());
        if (item == null) {
            return;
        }
        boolean opened = false;
        for (TreeItem<PanelItem> parent = item.getParent(); parent != null; parent = parent.getParent()) {
            opened |= !parent.isExpanded();
            parent.setExpanded(true);
        }
        if (opened && getScene() != null) {
            layout(); // the flow learns the new row count now, so the scrolling below lands on the row
        }
        if (getSelectionModel().getSelectedItem() != item) {
            getSelectionModel().select(item);
        }
        int row = getRow(item);
        if (row >= 0 && !rowVisible(row)) {
            if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.scrollTo(row); // the least scrolling that shows the row
            } else {
                scrollTo(row);
            }
        }
    }

    private boolean rowVisible(int row) {
        if (!(lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && row > first.getIndex() && row < last.getIndex();
    }

    private void openSelected(BiConsumer<Location, Boolean> open, boolean newTab) {
        TreeItem<PanelItem> selected = getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue().target() != null) {
            open.accept(selected.getValue().target(), newTab);
        }
    }


    /** The row of the note at {@code path}: its folders' rows are made on the way down (a folder makes its rows when first asked). */
    private TreeItem<PanelItem> find(NotePath path) {
        if (!(getRoot() instanceof FolderItem at)) {
            return null;
        }
        String folder = path.folder();
        if (!folder.isEmpty()) {
            for (String part : folder.split("/")) {
                at = at.getChildren().stream().filter(c -> c instanceof FolderItem f && f.folder.name().equalsIgnoreCase(part))
                        .map(c -> (FolderItem) c).findFirst().orElse(null);
                if (at == null) {
                    return null;
                }
            }
        }
        for (TreeItem<PanelItem> child : at.getChildren()) {
            if (!(child instanceof FolderItem) && child.getValue().target() != null
                    && path.equals(child.getValue().target().path())) {
                return child;
            }
        }
        return null;
    }

    /**
     * A folder's row, whose rows below are made when first asked for (when it is expanded): a large vault would
     * otherwise make a row for every note on the window's thread each time the vault is read.
     */
    private static final class FolderItem extends TreeItem<PanelItem> {

        private final FolderNode folder;
        private boolean made;

        FolderItem(FolderNode folder, boolean expanded) {
            super(new PanelItem(folder.name(), folder.path(), null, false));
            this.folder = folder;
            setExpanded(expanded);
        }

        @Override
        public boolean isLeaf() {
            return folder.folders().isEmpty() && folder.notes().isEmpty();
        }

        @Override
        public javafx.collections.ObservableList<TreeItem<PanelItem>> getChildren() {
            if (!made) {
                made = true;
                List<TreeItem<PanelItem>> rows = new ArrayList<>(folder.folders().size() + folder.notes().size());
                for (FolderNode child : folder.folders()) {
                    rows.add(new FolderItem(child, false));
                }
                for (PanelItem note : folder.notes()) {
                    rows.add(new TreeItem<>(note));
                }
                super.getChildren().setAll(rows);
            }
            return super.getChildren();
        }
    }
}
