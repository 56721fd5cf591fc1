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
    /** The height of a hit in the list: title, path and up to four lines of snippet. */
    static final double HIT_HEIGHT = 104;
    /** The chips' area grows to this height, then scrolls. */
    static final double FACETS_MAX_HEIGHT = 100;

    private final TextField field = new TextField();
    private final ListView<SearchHit> hits = new ListView<>();
    private final FlowPane facets = new FlowPane(4, 4);
    private final Label summary = new Label();
    private final javafx.scene.control.ScrollPane facetScroll = new javafx.scene.control.ScrollPane(facets);
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
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summaryProperty());
        hits.setId("search-hits");
        hits.setItems(model.hits());
        hits.setCellFactory(v -> new HitCell(model::inView));
        hits.setFixedCellSize(HIT_HEIGHT); // equal rows: cheap layout per keystroke, no height guessing
        hits.setPrefWidth(240); // a set width: the list never measures cells to find its own
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
        // as wide as the sidebar, never wider: a long chip is cut with an ellipsis (its tooltip has it all)
        // instead of widening the pane past the sidebar's edge
        facets.setMinWidth(0);
        facets.setPrefWrapLength(200);
        model.chips().addListener((javafx.collections.ListChangeListener<FacetChip>) c -> showFacets(model.chips()));
        VBox.setVgrow(hits, Priority.ALWAYS);
        // at most about four rows of chips, scrolled: the hits stay in view however many chips an answer has
        facetScroll.setFitToWidth(true);
        facetScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        facetScroll.setMaxHeight(FACETS_MAX_HEIGHT);
        facetScroll.setMinHeight(0);
        facetScroll.getStyleClass().addAll("edge-to-edge", "search-facet-scroll");
        getChildren().addAll(field, summary, facetScroll, hits);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && !warmed) {
                javafx.application.Platform.runLater(this::warmCells);
            }
        });
    }

    private boolean warmed;
    /** Rounds of the warm-up, each in an event of its own so the FX thread is never held for all of them. */
    private static final int WARM_ROUNDS = 4;
    /** Every letter, digit and common sign, so the fonts a hit uses have measured them before the first answer. */
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 .,;:!?'\"()[]-_/#&%";

    /**
     * Creates and styles a screenful of hit cells and every chip once, with stand-ins, while nobody is typing
     * (the pane has just joined the window): the first answer would otherwise pay for them. Each round sets,
     * lays out and takes away its stand-ins within one event, so they are never drawn; the items change from
     * round to round, as answers change them. An answer that arrives first ends the warm-up.
     */
    void warmCells() {
        if (warmed || getScene() == null) {
            return;
        }
        warmed = true;
        warmRound(0);
    }

    private void warmRound(int round) {
        if (round >= WARM_ROUNDS || !hits.getItems().isEmpty()) {
            return;
        }
        javafx.collections.ObservableList<SearchHit> real = hits.getItems();
        java.util.List<SearchHit> standIns = new java.util.ArrayList<>();
        for (int i = 0; i < 24 - round; i++) {
            standIns.add(new SearchHit(org.kasten.note.NotePath.of("warm/" + LETTERS.replace('/', ' ') + i + ".md"),
                    LETTERS + i, 1f, LETTERS + " <mark>" + LETTERS + "</mark> " + i));
        }
        hits.setItems(javafx.collections.FXCollections.observableArrayList(standIns));
        java.util.List<FacetChip> chips = new java.util.ArrayList<>();
        for (int i = 0; i < SearchViewModel.MAX_CHIPS - 4 * (round % 2); i++) {
            chips.add(new FacetChip("warm" + i % 3, LETTERS + round, i, i == round));
        }
        showFacets(chips); // every chip an answer can show: the buttons are made here and reused
        summary.textProperty().unbind();
        summary.setText(LETTERS + round);
        applyCss();
        layout();
        // as tall as the screen: the pane may not have its size yet (a tab not shown, a window not laid out),
        // and cells the first answer needs would be made then
        hits.resize(Math.max(hits.getWidth(), hits.getPrefWidth()), Math.max(hits.getHeight(), screenHeight()));
        hits.layout();
        hits.setItems(real);
        showFacets(model.chips());
        summary.textProperty().bind(model.summaryProperty());
        requestLayout(); // back to its own size at the next pulse
        javafx.application.Platform.runLater(() -> warmRound(round + 1));
    }

    private double screenHeight() {
        return javafx.stage.Screen.getScreens().stream().mapToDouble(s -> s.getVisualBounds().getHeight()).max().orElse(1080);
    }

    /**
     * One button per chip. Buttons are kept and reused (a new button costs a skin and CSS), only texts change;
     * buttons not needed for this answer are hidden, not removed.
     */
    private void showFacets(List<FacetChip> chips) {
        facetScroll.setVisible(!chips.isEmpty());
        facetScroll.setManaged(!chips.isEmpty());
        facetScroll.setVvalue(0);
        var buttons = facets.getChildren();
        for (int i = chips.size(); i < buttons.size(); i++) {
            buttons.get(i).setVisible(false);
            buttons.get(i).setManaged(false);
        }
        while (buttons.size() < chips.size()) {
            buttons.add(chipButton());
        }
        for (int i = 0; i < chips.size(); i++) {
            FacetChip chip = chips.get(i);
            Button button = (Button) buttons.get(i);
            button.setVisible(true);
            button.setManaged(true);
            button.setUserData(chip);
            button.setText(chip.label());
            if (button.getTooltip() != null) {
                button.getTooltip().setText(chip.label());
            }
            if (chip.selected() != button.getStyleClass().contains("selected")) {
                if (chip.selected()) {
                    button.getStyleClass().add("selected");
                } else {
                    button.getStyleClass().remove("selected");
                }
            }
        }
    }

    private Button chipButton() {
        Button chip = new Button();
        chip.getStyleClass().addAll("facet-chip", "small");
        chip.maxWidthProperty().bind(facets.widthProperty());
        chip.setOnMouseEntered(e -> { // the full text of a chip cut short; made on the first hover, not for every chip
            if (chip.getTooltip() == null) {
                chip.setTooltip(new javafx.scene.control.Tooltip(chip.getText()));
            }
        });
        chip.setFocusTraversable(true);
        chip.setOnAction(e -> {
            if (chip.getUserData() instanceof FacetChip facet) {
                model.choose(facet);
            }
        });
        return chip;
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

    /**
     * A hit: title, path and snippet in one text flow. Its nodes are made once per cell and stay in the scene
     * as it is reused (an empty cell only hides them): taking a graphic out and putting it back costs a full
     * CSS pass, and every node of an updated cell gets a CSS update, so there are few. A hit whose snippet is not
     * made yet shows without it and tells {@code inView} its row, which makes it.
     */
    private static final class HitCell extends ListCell<SearchHit> {
        private final SnippetFlow flow = new SnippetFlow();
        private final java.util.function.IntConsumer inView;

        HitCell(java.util.function.IntConsumer inView) {
            this.inView = inView;
            var inner = javafx.beans.binding.Bindings.max(120, widthProperty().subtract(24));
            flow.prefWidthProperty().bind(inner); // as wide as the list, never wider
            flow.maxWidthProperty().bind(inner);
            flow.setMinSize(0, 0); // every size given: the cell never asks the flow to lay its text out to measure it
            flow.setPrefHeight(HIT_HEIGHT - 10);
            flow.setMaxHeight(HIT_HEIGHT - 10);
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.widthProperty().bind(inner);
            clip.setHeight(HIT_HEIGHT - 10);
            flow.setClip(clip); // a long snippet ends at the row's edge
            setAlignment(javafx.geometry.Pos.TOP_LEFT);
            setGraphic(flow);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            boolean shown = !empty && hit != null;
            flow.setVisible(shown);
            if (shown) {
                flow.show(hit.title(), hit.path(), hit.snippet());
                if (hit.snippet() == null) {
                    inView.accept(getIndex());
                }
            }
        }
    }
}
