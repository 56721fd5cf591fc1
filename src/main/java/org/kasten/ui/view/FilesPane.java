package org.kasten.ui.view;

import java.util.function.BiConsumer;

import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.kasten.ui.viewmodel.FolderNode;
import org.kasten.ui.viewmodel.Location;
import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.PanelItem;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Files tab: the vault's folders and notes, notes shown by title with the file path on hover. */
final class FilesPane extends TreeView<PanelItem> {

    FilesPane(MainViewModel main, BiConsumer<Location, Boolean> open) {
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
        main.filesProperty().addListener((obs, old, tree) -> setRoot(tree == null ? null : item(tree, true)));
    }

    private void openSelected(BiConsumer<Location, Boolean> open, boolean newTab) {
        TreeItem<PanelItem> selected = getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue().target() != null) {
            open.accept(selected.getValue().target(), newTab);
        }
    }


    private static TreeItem<PanelItem> item(FolderNode folder, boolean expanded) {
        TreeItem<PanelItem> item = new TreeItem<>(new PanelItem(folder.name(), folder.path(), null, false));
        for (FolderNode child : folder.folders()) {
            item.getChildren().add(item(child, false));
        }
        for (PanelItem note : folder.notes()) {
            item.getChildren().add(new TreeItem<>(note));
        }
        item.setExpanded(expanded);
        return item;
    }
}
