package org.kasten.ui.view;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;

import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.PanelItem;

/**
 * The preview popup shown while the pointer rests on a link: the target's title and the start of its text.
 * It appears after a short delay so that sweeping over a page does not flash popups.
 */
final class HoverPreview {

    private final MainViewModel main;
    private final Popup popup = new Popup();
    private final Label title = new Label();
    private final Label text = new Label();
    private final PauseTransition delay = new PauseTransition(Duration.millis(350));

    HoverPreview(MainViewModel main) {
        this.main = main;
        title.getStyleClass().add("preview-title");
        text.getStyleClass().add("preview-text");
        text.setWrapText(true);
        text.setMaxWidth(380);
        VBox box = new VBox(6, title, text);
        box.getStyleClass().add("hover-preview");
        box.setMaxWidth(400);
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    /** Shows the preview of {@code href} near the screen point, after the delay. */
    void show(String href, double screenX, double screenY, Node owner) {
        delay.stop();
        PanelItem item = main.preview(href).orElse(null);
        if (item == null) {
            hide();
            return;
        }
        delay.setOnFinished(e -> {
            title.setText(item.label());
            text.setText(item.detail());
            if (owner.getScene() != null && owner.getScene().getWindow() != null) {
                popup.show(owner.getScene().getWindow(), screenX + 12, screenY + 16);
            }
        });
        delay.playFromStart();
    }

    void hide() {
        delay.stop();
        popup.hide();
    }

    /** True while the popup is up (for tests). */
    boolean isShowing() {
        return popup.isShowing();
    }

    /** The title shown (for tests). */
    String shownTitle() {
        return title.getText();
    }
}
