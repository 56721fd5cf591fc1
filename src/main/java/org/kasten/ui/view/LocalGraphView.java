package org.kasten.ui.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kasten.note.NotePath;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kasten.ui.graph.GraphData;
import org.kasten.ui.graph.GraphFilters;
import org.kasten.ui.graph.GraphLayout;
import org.kasten.ui.graph.Viewport;
import org.kasten.ui.viewmodel.GraphViewModel;
import org.kasten.ui.viewmodel.LocalGraph;
import org.kasten.ui.viewmodel.Location;
import org.kasten.ui.viewmodel.LocalGraphViewModel;
import org.kasten.ui.viewmodel.LocalGraphViewModel.LocalPicture;

/**
 * The local graph (right sidebar): the page and its neighbours at depth 1 or 2, laid out by the global graph's
 * {@link GraphLayout} (the page pinned in the middle) and drawn by its {@link GraphPainter}: every neighbour is
 * named (shortened; the full title on hover), depth 2 where its name fits. A compact filter menu (tags, folders,
 * orphans, ghosts, attachments) and the depth buttons change the {@link LocalGraphViewModel}'s filters, which are
 * remembered per vault. A click opens a node (Ctrl or the middle button: in a new tab).
 */
final class LocalGraphView extends BorderPane {

    /** Above this many neighbours their names are cut shorter, so more of them fit. */
    private static final int CROWDED = 12;
    /** A neighbour's name that finds no free place is cut to this length before it is left out. */
    private static final int SHORT_NAME = 10;
    private static final int MAX_TICKS = 600;
    private final LocalGraphViewModel model;
    private final BooleanProperty dark;
    private final BiConsumer<Location, Boolean> open;
    private final Consumer<NotePath> openAttachment;
    private final Surface surface = new Surface();
    private final ToggleButton depth1 = new ToggleButton("1");
    private final ToggleButton depth2 = new ToggleButton("2");
    private final MenuButton filterMenu = new MenuButton("Filters");
    private LocalGraph graph = LocalGraph.EMPTY;
    private LocalPicture picture = LocalPicture.EMPTY;
    private float[] xy = new float[0];
    private final Map<String, double[]> known = new HashMap<>();
    private final List<String> previousKeys = new ArrayList<>();
    private boolean updating;

    /**
     * {@code open} opens a note or ghost page (in a new tab when asked), {@code openAttachment} an attachment
     * (as clicking it in a note does).
     */
    LocalGraphView(LocalGraphViewModel model, BooleanProperty dark, BiConsumer<Location, Boolean> open,
                   Consumer<NotePath> openAttachment, Runnable revealInGraph) {
        this.model = model;
        this.dark = dark;
        this.open = open;
        this.openAttachment = openAttachment;
        ToggleGroup group = new ToggleGroup();
        depth1.setToggleGroup(group);
        depth2.setToggleGroup(group);
        depth1.setId("local-depth-1");
        depth2.setId("local-depth-2");
        depth1.setTooltip(new Tooltip("Depth 1: the page's neighbours"));
        depth2.setTooltip(new Tooltip("Depth 2: neighbours of neighbours too"));
        depth1.setAccessibleText("Depth 1");
        depth2.setAccessibleText("Depth 2");
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else if (!updating) {
                change(model.filtersProperty().get().withDepth(now == depth2 ? 2 : 1));
            }
        });
        filterMenu.setId("local-graph-filters");
        filterMenu.setGraphic(new FontIcon(Feather.FILTER));
        filterMenu.getStyleClass().addAll("flat", "small");
        filterMenu.setTooltip(new Tooltip("Filters: tags, folders, orphans, ghosts and attachments (remembered for this vault)"));
        Button reveal = new Button(null, new FontIcon(Feather.SHARE_2));
        reveal.getStyleClass().addAll("button-icon", "flat", "small");
        reveal.setId("reveal-in-graph");
        reveal.setAccessibleText("Reveal in graph");
        reveal.setTooltip(new Tooltip("Reveal this note in the global graph (Ctrl+Shift+G)"));
        reveal.setOnAction(e -> revealInGraph.run());
        Pane spacer = new Pane();
        HBox bar = new HBox(4, filterMenu, spacer, depth1, depth2, reveal);
        for (Region control : List.of(filterMenu, depth1, depth2, reveal)) {
            control.setMinWidth(Region.USE_PREF_SIZE); // never cut: the sidebar is narrow at the default window
        }
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("graph-bar");
        setTop(bar);
        setCenter(surface);
        model.filtersProperty().addListener((obs, old, f) -> {
            showFilters(f);
            render();
        });
        dark.addListener((obs, old, now) -> surface.draw());
        showFilters(model.filtersProperty().get());
    }

    /** Shows a page's neighbourhood (null: nothing). */
    void show(LocalGraph next) {
        LocalGraph g = next == null ? LocalGraph.EMPTY : next;
        if (g == graph) {
            return; // the same graph with other panels filled in
        }
        graph = g;
        known.clear();
        render();
    }

    private void change(GraphFilters next) {
        if (!next.equals(model.filtersProperty().get())) {
            model.setFilters(next);
        }
    }

    private void showFilters(GraphFilters f) {
        updating = true;
        try {
            (f.depth() >= 2 ? depth2 : depth1).setSelected(true);
            int narrowed = f.tags().size() + f.folders().size() + (f.orphans() ? 0 : 1) + (f.ghosts() ? 0 : 1)
                    + (f.attachments() ? 1 : 0);
            filterMenu.setText(narrowed == 0 ? null : String.valueOf(narrowed)); // the icon says "Filters"
            filterMenu.setAccessibleText(narrowed == 0 ? "Filters" : "Filters (" + narrowed + ")");
        } finally {
            updating = false;
        }
    }

    /** The compact filter menu, filled anew with each picture: the choices come from the page's neighbourhood. */
    private void fillMenu() {
        GraphFilters f = model.filtersProperty().get();
        filterMenu.getItems().setAll(
                toggle("Orphans", f.orphans(), on -> f.withOrphans(on)),
                toggle("Ghosts", f.ghosts(), on -> f.withGhosts(on)),
                toggle("Attachments", f.attachments(), on -> f.withAttachments(on)),
                new SeparatorMenuItem(),
                choices("Tags", "#", picture.picture().tagChoices(), f.tags(), f::withTags),
                choices("Folders", "", picture.picture().folderChoices(), f.folders(), f::withFolders));
    }

    private CheckMenuItem toggle(String name, boolean on, Function<Boolean, GraphFilters> with) {
        CheckMenuItem item = new CheckMenuItem(name);
        item.setId("local-" + name.toLowerCase(java.util.Locale.ROOT));
        item.setSelected(on);
        item.setOnAction(e -> change(with.apply(item.isSelected())));
        return item;
    }

    private Menu choices(String name, String prefix, List<String> offered, List<String> chosen,
                         Function<List<String>, GraphFilters> with) {
        Menu menu = new Menu(chosen.isEmpty() ? name : name + " (" + chosen.size() + ")");
        menu.getItems().addAll(ChoiceItems.of(prefix, offered, chosen, next -> change(with.apply(next))));
        if (menu.getItems().isEmpty()) {
            menu.setDisable(true);
        }
        return menu;
    }

    /** Filters the graph, lays out what passes (keeping the places of nodes already shown) and draws it. */
    private void render() {
        picture = model.picture(graph);
        GraphData data = picture.picture().data();
        for (int i = 0; i < xy.length / 2 && i < previousKeys.size(); i++) {
            known.put(previousKeys.get(i), new double[] {xy[2 * i], xy[2 * i + 1]});
        }
        GraphLayout layout = new GraphLayout(data, GraphViewModel.SEED, known, false);
        int centre = picture.picture().current();
        if (centre >= 0) {
            layout.pin(centre, 0, 0);
        }
        for (int t = 0; t < MAX_TICKS && layout.tick(); t++) {
            // small: at most 60 nodes settle in a few milliseconds
        }
        xy = layout.positions();
        previousKeys.clear();
        for (int i = 0; i < data.size(); i++) {
            previousKeys.add(data.key(i));
        }
        surface.painter.nameRules(data.size(), 1 + picture.neighbours(), 0,
                picture.neighbours() > CROWDED ? 18 : 24, SHORT_NAME);
        surface.hover = -1;
        surface.draw();
        fillMenu();
        StringBuilder said = new StringBuilder("Local graph");
        for (int k = 0; k < picture.picture().labelOrder().length; k++) {
            said.append(k == 0 ? ": " : k == 1 ? ", linked with " : ", ").append(data.label(picture.picture().labelOrder()[k]));
        }
        surface.setAccessibleText(said.toString()); // a screen reader's way into a picture drawn on a canvas
    }


    /** The names drawn now (for tests). */
    List<String> shownNames() {
        return surface.painter.drawnNames(picture.picture());
    }

    /** The boxes of the names drawn now: left, top, right, bottom (for tests). */
    List<double[]> shownNameBoxes() {
        return surface.painter.drawnBoxes();
    }

    /** The number of nodes drawn (for tests). */
    int nodeCount() {
        return picture.size();
    }

    /** Where node {@code label} is drawn, in screen coordinates (for tests), or null. */
    javafx.geometry.Point2D screenPoint(String label) {
        GraphData d = picture.picture().data();
        for (int i = 0; i < d.size(); i++) {
            if (d.label(i).equals(label)) {
                return surface.localToScreen(surface.viewport.toScreenX(xy[2 * i]), surface.viewport.toScreenY(xy[2 * i + 1]));
            }
        }
        return null;
    }

    /** The drawing: one canvas, redrawn when the picture, the size, the theme or the hovered node changes. */
    private final class Surface extends Region {
        private final Canvas canvas = new Canvas();
        private final GraphPainter painter = new GraphPainter();
        private final Viewport viewport = new Viewport();
        private int hover = -1;

        Surface() {
            painter.colourKinds(true);
            getStyleClass().add("local-graph");
            setMinSize(0, 0);
            getChildren().add(canvas);
            setOnMouseMoved(e -> hoverAt(painter.nodeAt(picture.picture(), e.getX(), e.getY())));
            setOnMouseExited(e -> hoverAt(-1));
            setOnMouseClicked(e -> {
                int node = painter.nodeAt(picture.picture(), e.getX(), e.getY());
                if (node >= 0 && e.getButton() != MouseButton.SECONDARY) {
                    GraphData d = picture.picture().data();
                    Location at = Location.of(d, node);
                    if (at != null) {
                        open.accept(at, e.isShortcutDown() || e.getButton() == MouseButton.MIDDLE);
                    } else {
                        openAttachment.accept(NotePath.of(d.target(node)));
                    }
                }
            });
        }

        private void hoverAt(int node) {
            if (node != hover) {
                hover = node;
                setCursor(node >= 0 ? Cursor.HAND : Cursor.DEFAULT);
                draw();
            }
        }

        @Override
        protected void layoutChildren() {
            if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
                canvas.setWidth(getWidth());
                canvas.setHeight(getHeight());
                draw();
            }
        }

        void draw() {
            double w = getWidth(), h = getHeight();
            if (w <= 0 || h <= 0) {
                return;
            }
            viewport.fit(xy, picture.picture().shown(), w, h, 34);
            painter.paint(canvas.getGraphicsContext2D(), w, h, picture.picture(), xy, viewport, hover, dark.get());
        }
    }
}
