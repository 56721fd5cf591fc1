package org.kasten.ui.view;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Tells the user why a vault cannot be opened and offers to pick another folder. Never blocks the FX thread. */
final class VaultErrorDialog {

    static final ButtonType CHOOSE = new ButtonType("Choose another folder…", ButtonBar.ButtonData.OK_DONE);

    private VaultErrorDialog() {
    }

    /** Shows the dialog; {@code choose} runs when the user asks to pick another folder. */
    static Alert show(Window owner, String reason, Runnable choose) {
        Alert alert = new Alert(Alert.AlertType.ERROR, reason, CHOOSE, ButtonType.CLOSE);
        alert.setTitle("Kasten");
        alert.setHeaderText("This vault cannot be opened");
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.resultProperty().addListener((obs, old, result) -> {
            if (result == CHOOSE) {
                choose.run();
            }
        });
        alert.show();
        return alert;
    }
}
