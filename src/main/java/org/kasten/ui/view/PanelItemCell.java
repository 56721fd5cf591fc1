package org.kasten.ui.view;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.kasten.ui.viewmodel.PanelItem;

/** A list row of a side panel: the title on top, the detail (context, path) below in a muted colour. */
final class PanelItemCell extends ListCell<PanelItem> {

    private final Label label = new Label();
    private final Label detail = new Label();
    private final VBox box = new VBox(2, label, detail);

    PanelItemCell() {
        label.getStyleClass().add("panel-item-label");
        detail.getStyleClass().addAll("panel-item-detail", "text-muted");
        detail.setWrapText(false);
        detail.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        label.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        box.setMinWidth(0);
        box.setPrefWidth(0);
        setPrefWidth(0); // never wider than the list: no sideways scrolling, long lines end in an ellipsis
        getStyleClass().add("panel-item-cell");
    }

    @Override
    protected void updateItem(PanelItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        label.setText(item.label());
        label.getStyleClass().remove("ghost-item");
        if (item.ghost()) {
            label.getStyleClass().add("ghost-item");
        }
        detail.setText(item.detail());
        detail.setVisible(!item.detail().isEmpty());
        detail.setManaged(!item.detail().isEmpty());
        setGraphic(box);
        setTooltip(item.target() != null && item.target().path() != null ? new Tooltip(item.target().path().value()) : null);
    }
}
