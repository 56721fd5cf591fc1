package org.kasten.ui.view;

import java.util.function.BiConsumer;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.kasten.ui.viewmodel.Location;
import org.kasten.ui.viewmodel.PanelItem;

/**
 * A list of {@link PanelItem}s that opens the item's target on click or Enter (Ctrl or middle button: in a
 * new tab), with a placeholder when empty.
 */
class PanelList extends ListView<PanelItem> {

    private final Label placeholder = new Label();

    PanelList(String emptyText, BiConsumer<Location, Boolean> open) {
        setCellFactory(v -> new PanelItemCell());
        placeholder.setText(emptyText);
        placeholder.getStyleClass().add("text-muted");
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);
        getStyleClass().add("panel-list");
        setOnMouseClicked(e -> {
            PanelItem item = getSelectionModel().getSelectedItem();
            if (item != null && item.target() != null && e.getClickCount() >= 1
                    && (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE)) {
                open.accept(item.target(), e.isControlDown() || e.getButton() == MouseButton.MIDDLE);
            }
        });
        setOnKeyPressed(e -> {
            PanelItem item = getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null && item.target() != null) {
                open.accept(item.target(), e.isControlDown());
            }
        });
    }

    /** Sets what the list says while it is empty. */
    void setEmptyText(String text) {
        placeholder.setText(text);
    }
}
