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
    private final PauseTransition delay = new PauseTransition(Duration.millis(350));
    /** Built on the first hover, not at start-up, where it cost FX-thread time before the first page. */
    private Popup popup;
    private Label title;
    private Label text;

    HoverPreview(MainViewModel main) {
        this.main = main;
    }

    private void build() {
        title = new Label();
        text = new Label();
        title.getStyleClass().add("preview-title");
        text.getStyleClass().add("preview-text");
        text.setWrapText(true);
        text.setMaxWidth(380);
        VBox box = new VBox(6, title, text);
        box.getStyleClass().add("hover-preview");
        box.setMaxWidth(400);
        popup = new Popup();
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setConsumeAutoHidingEvents(false); // a click that hides the preview still reaches the link under it
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
            if (popup == null) {
                build();
            }
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
        if (popup != null) {
            popup.hide();
        }
    }

    /** True while the popup is up (for tests). */
    boolean isShowing() {
        return popup != null && popup.isShowing();
    }

    /** The title shown (for tests). */
    String shownTitle() {
        return title == null ? null : title.getText();
    }
}
