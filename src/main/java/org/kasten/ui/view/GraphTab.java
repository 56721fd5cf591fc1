package org.kasten.ui.view;

import java.util.List;
import java.util.function.BiConsumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import org.kasten.ui.graph.ColourGroups;
import org.kasten.ui.graph.GraphFilters;
import org.kasten.ui.graph.GraphPicture;
import org.kasten.ui.viewmodel.GraphViewModel;
import org.kasten.ui.viewmodel.Location;

/**
 * The global graph tab (Ctrl+G): a filter bar (query, tags, folders, orphans, ghosts, attachments, depth from the
 * current note, colours) over the {@link GraphCanvas}, with the legend and the counts drawn over its corner.
 */
final class GraphTab extends Tab {

    private final GraphViewModel model;
    private final GraphCanvas canvas;
    private final TextField query = new TextField();
    private final MenuButton tags = new MenuButton("Tags");
    private final MenuButton folders = new MenuButton("Folders");
    private final CheckBox orphans = new CheckBox("Orphans");
    private final CheckBox ghosts = new CheckBox("Ghosts");
    private final CheckBox attachments = new CheckBox("Attachments");
    private final Spinner<Integer> depth = new Spinner<>(0, GraphFilters.MAX_DEPTH, 0);
    private final ComboBox<String> colours = new ComboBox<>();
    private final VBox legend = new VBox(3);
    private final Label status = new Label();
    private final BooleanProperty dark;
    private boolean updating;
    private boolean revealPending;

    GraphTab(GraphViewModel model, BooleanProperty dark, BiConsumer<Location, Boolean> open,
             java.util.function.Consumer<org.kasten.note.NotePath> openAttachment) {
        super("Graph");
        this.model = model;
        this.dark = dark;
        setId("graph-tab");
        canvas = new GraphCanvas(model, dark, open, openAttachment);
        canvas.setId("graph-canvas");
        query.setPromptText("Filter by search, e.g. tag:#idea scaling");
        query.setId("graph-query");
        query.setPrefColumnCount(18);
        query.setOnAction(e -> change(model.filtersProperty().get().withQuery(query.getText())));
        depth.setPrefWidth(70);
        depth.setTooltip(new Tooltip("Steps from the current note (0: the whole graph)"));
        colours.getItems().addAll("No colours", "Colour by tag", "Colour by folder");
        colours.setId("graph-colours");
        Button fit = new Button("Fit");
        fit.setTooltip(new Tooltip("Show every node again"));
        fit.setOnAction(e -> canvas.fit());
        orphans.setOnAction(e -> change(model.filtersProperty().get().withOrphans(orphans.isSelected())));
        ghosts.setOnAction(e -> change(model.filtersProperty().get().withGhosts(ghosts.isSelected())));
        attachments.setOnAction(e -> change(model.filtersProperty().get().withAttachments(attachments.isSelected())));
        depth.valueProperty().addListener((obs, old, d) -> change(model.filtersProperty().get().withDepth(d)));
        colours.valueProperty().addListener((obs, old, c) -> change(model.filtersProperty().get()
                .withColours(GraphFilters.ColourMode.values()[Math.max(0, colours.getItems().indexOf(c))])));
        tags.setId("graph-tags");
        folders.setId("graph-folders");
        HBox depthBox = new HBox(4, new Label("Depth"), depth);
        depthBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane wrap = new FlowPane(8, 4, query, tags, folders, orphans, ghosts, attachments, depthBox, colours, fit);
        wrap.setAlignment(Pos.CENTER_LEFT);
        wrap.getStyleClass().add("graph-filters");
        legend.getStyleClass().add("graph-legend");
        legend.setMouseTransparent(true);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        status.getStyleClass().addAll("graph-status", "text-muted");
        status.textProperty().bind(model.statusProperty());
        Label problem = new Label();
        problem.getStyleClass().add("graph-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        VBox corner = new VBox(4, status, problem, legend);
        corner.setMouseTransparent(true);
        corner.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        corner.getStyleClass().add("graph-corner");
        StackPane.setAlignment(corner, Pos.TOP_LEFT);
        StackPane stack = new StackPane(canvas, corner);
        BorderPane pane = new BorderPane(stack);
        pane.setTop(wrap);
        pane.getStyleClass().add("graph-pane");
        setContent(pane);
        model.filtersProperty().addListener((obs, old, f) -> showFilters(f));
        model.pictureProperty().addListener((obs, old, p) -> {
            showPicture(p);
            tryReveal();
        });
        showFilters(model.filtersProperty().get());
        showPicture(model.pictureProperty().get());
    }

    private void change(GraphFilters next) {
        if (!updating && !next.equals(model.filtersProperty().get())) {
            model.setFilters(next);
        }
    }

    private void showFilters(GraphFilters f) {
        updating = true;
        try {
            if (!query.isFocused()) {
                query.setText(f.query());
            }
            orphans.setSelected(f.orphans());
            ghosts.setSelected(f.ghosts());
            attachments.setSelected(f.attachments());
            depth.getValueFactory().setValue(f.depth());
            colours.getSelectionModel().select(f.colours().ordinal());
            tags.setText(f.tags().isEmpty() ? "Tags" : "Tags (" + f.tags().size() + ")");
            folders.setText(f.folders().isEmpty() ? "Folders" : "Folders (" + f.folders().size() + ")");
            fillChoices(model.pictureProperty().get());
        } finally {
            updating = false;
        }
    }

    private void showPicture(GraphPicture p) {
        fillChoices(p);
        legend.getChildren().clear();
        List<ColourGroups.Group> groups = p.groups().legend();
        for (int g = 0; g < groups.size(); g++) {
            Circle dot = new Circle(5, GraphPainter.PALETTE[g % GraphPainter.PALETTE.length]);
            Label name = new Label(groups.get(g).name() + "  " + groups.get(g).count(), dot);
            name.getStyleClass().add("graph-legend-item");
            legend.getChildren().add(name);
        }
        int others = p.groups().others(p.data(), p.shown());
        if (others > 0) { // the grey dots: in a smaller group or none
            Circle dot = new Circle(5);
            dot.fillProperty().bind(Bindings.createObjectBinding(() -> GraphPainter.others(dark.get()), dark));
            Label name = new Label("others  " + others, dot);
            name.getStyleClass().add("graph-legend-item");
            legend.getChildren().add(name);
        }
        legend.setVisible(!groups.isEmpty());
    }

    private void fillChoices(GraphPicture p) {
        GraphFilters f = model.filtersProperty().get();
        fill(tags, p.tagChoices(), f.tags(), "#", chosen -> f.withTags(chosen));
        fill(folders, p.folderChoices(), f.folders(), "", chosen -> f.withFolders(chosen));
    }

    private void fill(MenuButton menu, List<String> choices, List<String> chosen, String prefix,
                      java.util.function.Function<List<String>, GraphFilters> with) {
        menu.getItems().setAll(ChoiceItems.of(prefix, choices, chosen, next -> change(with.apply(next))));
    }

    /** Centres the view on the current note as soon as the picture marks it. */
    void revealCurrent() {
        revealPending = true;
        tryReveal();
    }

    private void tryReveal() {
        GraphPicture p = model.pictureProperty().get();
        Location current = model.currentLocation();
        if (revealPending && current != null && p.current() >= 0 && model.runner() != null
                && model.runner().graph() == p.data() && current.page().equals(model.location(p.current()))) {
            revealPending = false;
            canvas.reveal(p.current());
        }
    }

    GraphCanvas canvas() {
        return canvas;
    }

    TextField queryField() {
        return query;
    }

    MenuButton tagsMenu() {
        return tags;
    }
}
