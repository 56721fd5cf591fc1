package org.kasten.ui.view;

import java.util.function.BiConsumer;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kasten.ui.viewmodel.Location;
import org.kasten.ui.viewmodel.PanelItem;
import org.kasten.ui.viewmodel.QuickSwitcherViewModel;

/**
 * The quick switcher (Ctrl+O), drawn over the window: type to fuzzy-match notes, arrows to move, Enter to
 * open (Ctrl+Enter: new tab), Escape to close.
 */
final class QuickSwitcher extends StackPane {

    private final TextField field = new TextField();
    private final ListView<PanelItem> list = new ListView<>();
    private final QuickSwitcherViewModel model;

    QuickSwitcher(QuickSwitcherViewModel model, BiConsumer<Location, Boolean> open) {
        this.model = model;
        getStyleClass().add("switcher-backdrop");
        field.setId("switcher-field");
        field.setPromptText("Find a note by title, alias or path");
        field.textProperty().bindBidirectional(model.queryProperty());
        list.setId("switcher-list");
        list.setItems(model.results());
        list.setCellFactory(v -> new PanelItemCell());
        list.setPrefHeight(360);
        list.setPlaceholder(new Label("No matching note."));
        list.setFocusTraversable(false);
        model.results().addListener((javafx.collections.ListChangeListener<PanelItem>) c -> list.getSelectionModel().selectFirst());
        field.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case DOWN -> move(1);
                case UP -> move(-1);
                case ESCAPE -> close();
                case ENTER -> choose(open, e.isControlDown());
                default -> {
                    return;
                }
            }
            e.consume();
        });
        list.setOnMouseClicked(e -> choose(open, e.isControlDown()));
        Label hint = new Label("\u2191\u2193 to move \u00b7 Enter to open \u00b7 Ctrl+Enter in a new tab \u00b7 Esc to close");
        hint.getStyleClass().addAll("text-muted", "text-small");
        VBox box = new VBox(8, field, list, hint);
        box.getStyleClass().add("switcher");
        box.setMaxSize(560, 460);
        StackPane.setAlignment(box, Pos.TOP_CENTER);
        getChildren().add(box);
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                close();
            }
        });
        setVisible(false);
    }

    /** Shows the switcher with an empty query (recent notes first). */
    void open() {
        model.queryProperty().set("");
        model.update();
        setVisible(true);
        field.requestFocus();
    }

    void close() {
        setVisible(false);
    }

    private void move(int by) {
        int at = Math.max(0, Math.min(list.getItems().size() - 1, list.getSelectionModel().getSelectedIndex() + by));
        list.getSelectionModel().select(at);
        list.scrollTo(at);
    }

    private void choose(BiConsumer<Location, Boolean> open, boolean newTab) {
        PanelItem item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            close();
            open.accept(item.target(), newTab);
        }
    }
}
