package org.kasten.ui.view;

import java.util.function.Consumer;

import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;

import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.TagNode;

/** The Tags tab: nested tags with note counts; choosing one lists its notes in the Search tab. */
final class TagsPane extends TreeView<TagNode> {

    TagsPane(MainViewModel main, Consumer<String> tagChosen) {
        setShowRoot(false);
        getStyleClass().add("tags-tree");
        setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(TagNode tag, boolean empty) {
                super.updateItem(tag, empty);
                setText(empty || tag == null ? null : "#" + tag.name() + "   " + tag.count());
            }
        });
        setOnMouseClicked(e -> chosen(tagChosen));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                chosen(tagChosen);
            }
        });
        main.tagsProperty().addListener((obs, old, tree) -> setRoot(tree == null ? null : item(tree)));
        TagNode tree = main.tagsProperty().get(); // built when the window first shows its sidebars
        setRoot(tree == null ? null : item(tree));
    }

    private void chosen(Consumer<String> tagChosen) {
        TreeItem<TagNode> selected = getSelectionModel().getSelectedItem();
        if (selected != null) {
            tagChosen.accept(selected.getValue().tag());
        }
    }

    private static TreeItem<TagNode> item(TagNode tag) {
        TreeItem<TagNode> item = new TreeItem<>(tag);
        tag.children().forEach(child -> item.getChildren().add(item(child)));
        item.setExpanded(tag.tag().isEmpty());
        return item;
    }
}
