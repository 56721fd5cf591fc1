package org.kasten.ui.view;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

import org.kasten.ui.viewmodel.MainViewModel;

/**
 * The status bar: note and link counts, problems, a progress bar with its message while loading, and how far
 * search by meaning got ("Understanding notes… 1,240 / 6,571", or why it is unavailable).
 */
final class StatusBar extends HBox {

    StatusBar(MainViewModel main) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(main.statusProperty());
        Label problems = new Label();
        problems.textProperty().bind(Bindings.createStringBinding(() -> main.warnings().isEmpty() ? ""
                : main.warnings().size() + (main.warnings().size() == 1 ? " problem" : " problems"), main.warnings()));
        Label state = new Label();
        state.textProperty().bind(Bindings.when(main.loadingProperty()).then("Loading…").otherwise(
                Bindings.when(main.workspaceProperty().isNull()).then("").otherwise(
                        Bindings.when(main.indexingProperty()).then("Indexing…").otherwise("Index ready"))));
        state.setId("status-state");
        Label message = new Label();
        message.textProperty().bind(main.progressTextProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(main.progressProperty());
        bar.visibleProperty().bind(main.loadingProperty().or(main.indexingProperty()));
        bar.managedProperty().bind(bar.visibleProperty());
        Label meaning = new Label();
        meaning.setId("status-meaning");
        meaning.textProperty().bind(main.semantic().statusProperty());
        meaning.visibleProperty().bind(meaning.textProperty().isNotEmpty());
        meaning.managedProperty().bind(meaning.visibleProperty());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(counts, problems, spacer, message, bar, meaning, state);
        for (Label l : new Label[] {counts, problems, state, message, meaning}) {
            l.getStyleClass().add("text-small");
        }
    }
}
