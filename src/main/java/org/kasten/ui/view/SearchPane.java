package org.kasten.ui.view;

import java.util.List;
import java.util.function.BiConsumer;

import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.kasten.note.SearchHit;
import org.kasten.ui.viewmodel.FacetChip;
import org.kasten.ui.viewmodel.Location;
import org.kasten.ui.viewmodel.SearchViewModel;

/**
 * The Search tab: a field searched live as you type (debounced, the query runs off the FX thread), the count,
 * facet chips with counts that narrow the hits (tags and folders filter, frontmatter properties add
 * {@code [key:value]} to the query; a second click undoes either), and hits with highlighted snippets.
 */
public final class SearchPane extends VBox {

    /** Keystrokes closer together than this make one query. */
    static final Duration DEBOUNCE = Duration.millis(150);

    private final TextField field = new TextField();
    private final ListView<SearchHit> hits = new ListView<>();
    private final FlowPane facets = new FlowPane(4, 4);
    private final SearchViewModel model;

    public SearchPane(SearchViewModel model, BiConsumer<Location, Boolean> open) {
        this.model = model;
        getStyleClass().add("search-pane");
        field.setPromptText("Search notes");
        field.setId("search-field");
        field.textProperty().bindBidirectional(model.queryProperty());
        PauseTransition debounce = new PauseTransition(DEBOUNCE);
        debounce.setOnFinished(e -> model.run());
        field.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        field.setOnAction(e -> {
            debounce.stop();
            model.run();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !hits.getItems().isEmpty()) {
                hits.requestFocus();
                hits.getSelectionModel().selectFirst();
            }
        });
        Label summary = new Label();
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summaryProperty());
        hits.setId("search-hits");
        hits.setItems(model.hits());
        hits.setCellFactory(v -> new HitCell());
        hits.setFixedCellSize(HitCell.HEIGHT); // equal rows: cheap layout per keystroke, no height guessing
        Label none = new Label("Type to search titles and text.");
        none.getStyleClass().add("text-muted");
        hits.setPlaceholder(none);
        hits.setOnMouseClicked(e -> openHit(open, e.isControlDown() || e.getButton() == MouseButton.MIDDLE));
        hits.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openHit(open, e.isControlDown());
            }
        });
        facets.setId("search-facets");
        model.chips().addListener((javafx.collections.ListChangeListener<FacetChip>) c -> showFacets());
        VBox.setVgrow(hits, Priority.ALWAYS);
        getChildren().addAll(field, summary, facets, hits);
    }

    /** One button per chip; buttons are reused (a new button costs a skin and CSS), only texts change. */
    private void showFacets() {
        List<FacetChip> chips = model.chips();
        var buttons = facets.getChildren();
        while (buttons.size() > chips.size()) {
            buttons.remove(buttons.size() - 1);
        }
        while (buttons.size() < chips.size()) {
            Button chip = new Button();
            chip.getStyleClass().addAll("facet-chip", "small");
            chip.setFocusTraversable(true);
            chip.setOnAction(e -> model.choose((FacetChip) chip.getUserData()));
            buttons.add(chip);
        }
        for (int i = 0; i < chips.size(); i++) {
            FacetChip chip = chips.get(i);
            Button button = (Button) buttons.get(i);
            button.setUserData(chip);
            button.setText(chip.label());
            if (chip.selected() != button.getStyleClass().contains("selected")) {
                if (chip.selected()) {
                    button.getStyleClass().add("selected");
                } else {
                    button.getStyleClass().remove("selected");
                }
            }
            if (chip.property() != button.getStyleClass().contains("property")) {
                if (chip.property()) {
                    button.getStyleClass().add("property");
                } else {
                    button.getStyleClass().remove("property");
                }
            }
        }
    }

    private void openHit(BiConsumer<Location, Boolean> open, boolean newTab) {
        SearchHit hit = hits.getSelectionModel().getSelectedItem();
        if (hit != null) {
            open.accept(Location.note(hit.path()), newTab);
        }
    }

    /** Puts the caret in the search field. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    /** A hit: title, path and snippet; the nodes are made once per cell and reused as it scrolls. */
    private static final class HitCell extends ListCell<SearchHit> {
        /** Title, path and up to four lines of snippet. */
        static final double HEIGHT = 104;
        private final Label title = new Label();
        private final Label path = new Label();
        private final SnippetFlow snippet = new SnippetFlow("");
        private final VBox box = new VBox(2, title, path, snippet);

        HitCell() {
            title.getStyleClass().add("panel-item-label");
            path.getStyleClass().addAll("text-muted", "hit-path");
            var inner = javafx.beans.binding.Bindings.max(120, widthProperty().subtract(24));
            snippet.maxWidthProperty().bind(inner);
            snippet.prefWidthProperty().bind(inner);
            box.prefWidthProperty().bind(inner); // as wide as the list, never wider
            box.maxWidthProperty().bind(inner);
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.widthProperty().bind(inner);
            clip.setHeight(HEIGHT - 10);
            box.setClip(clip); // a long snippet ends at the row's edge
            box.setMaxHeight(HEIGHT - 10);
            snippet.setMinHeight(0);
            snippet.setMaxHeight(HEIGHT - 46);
            setAlignment(javafx.geometry.Pos.TOP_LEFT);
            title.setMinWidth(0);
            path.setMinWidth(0);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            title.setText(hit.title());
            path.setText(hit.path().value());
            snippet.show(hit.snippet());
            setGraphic(box);
        }
    }
}
