package org.kasten.ui.view;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeView;

/** Puts the keyboard focus in a panel's list or tree, selecting its first row when none is, so arrows work at once. */
final class PanelFocus {

    private PanelFocus() {
    }

    /** Focuses {@code panel}: a list or tree gets a selected row; anything else just the focus. */
    static void focus(Node panel) {
        if (panel instanceof ListView<?> list && !list.getItems().isEmpty()
                && list.getSelectionModel().getSelectedIndex() < 0) {
            list.getSelectionModel().selectFirst();
            list.getFocusModel().focus(0);
        } else if (panel instanceof TreeView<?> tree && tree.getExpandedItemCount() > 0
                && tree.getSelectionModel().getSelectedIndex() < 0) {
            tree.getSelectionModel().selectFirst();
            tree.getFocusModel().focus(0);
        }
        panel.requestFocus();
    }
}
