package org.kasten.ui.view;

import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Find in note (Ctrl+F): Enter finds the next occurrence, Shift+Enter the previous one, Escape closes. */
final class FindBar extends HBox {

    private final TextField field = new TextField();
    private final Label result = new Label();

    FindBar(Supplier<NoteTab> current) {
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        field.setPromptText("Find in note");
        field.setId("find-field");
        result.setId("find-result");
        result.getStyleClass().addAll("text-muted", "text-small");
        Button prev = iconButton(Feather.CHEVRON_UP, () -> find(current, true));
        Button next = iconButton(Feather.CHEVRON_DOWN, () -> find(current, false));
        Button close = iconButton(Feather.X, this::close);
        field.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case ENTER -> find(current, e.isShiftDown());
                case ESCAPE -> close();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        getChildren().addAll(field, prev, next, result, close);
        close();
    }

    void open() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    void close() {
        setVisible(false);
        setManaged(false);
        result.setText("");
    }

    private void find(Supplier<NoteTab> current, boolean backwards) {
        NoteTab tab = current.get();
        boolean found = tab != null && tab.find(field.getText(), backwards);
        result.setText(found || field.getText().isEmpty() ? "" : "Not found");
    }

    private static Button iconButton(Feather icon, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("flat", "button-icon");
        b.setOnAction(e -> action.run());
        return b;
    }
}
