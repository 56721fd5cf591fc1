package org.kasten.ui.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

import org.kasten.ui.viewmodel.ForceLayout;
import org.kasten.ui.viewmodel.LocalGraph;
import org.kasten.ui.viewmodel.Location;

/**
 * The local graph: the page and its neighbours (depth 1 or 2), laid out live by {@link ForceLayout} for a
 * few hundred frames; clicking a node opens it (Ctrl: in a new tab).
 */
final class LocalGraphView extends BorderPane {

    private static final int FRAMES = 180;
    /** Above this many neighbours their names are cut shorter, so more of them fit. */
    private static final int CROWDED = 12;
    private final org.kasten.ui.graph.LabelPlacer placer = new org.kasten.ui.graph.LabelPlacer();
    private int[] labelOrder = new int[0];
    private int namedAlways;
    private boolean[] named = new boolean[0];
    private final List<Boolean> hovered = new ArrayList<>();
    private final Pane canvas = new Pane();
    private final BiConsumer<Location, Boolean> open;
    private final ToggleButton depth1 = new ToggleButton("1");
    private final ToggleButton depth2 = new ToggleButton("2");
    private LocalGraph graph = LocalGraph.EMPTY;
    private final List<Circle> circles = new ArrayList<>();
    private final List<Text> labels = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private List<int[]> edges = List.of();
    private ForceLayout layout;
    private int frames;
    private boolean settled = true;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            double rate = 0.03 * (1 - (double) frames / FRAMES) + 0.001;
            if (layout == null || frames++ > FRAMES || layout.step(rate) < 1e-4) {
                stop();
                settled = true;
            }
            place();
        }
    };

    LocalGraphView(BiConsumer<Location, Boolean> open, Runnable revealInGraph) {
        this.open = open;
        ToggleGroup group = new ToggleGroup();
        depth1.setToggleGroup(group);
        depth2.setToggleGroup(group);
        depth1.setSelected(true);
        depth1.setTooltip(new Tooltip("Neighbours"));
        depth2.setTooltip(new Tooltip("Neighbours of neighbours"));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                rebuild();
            }
        });
        Label title = new Label("Local graph");
        title.getStyleClass().add("section-title");
        javafx.scene.control.Button reveal = new javafx.scene.control.Button("Graph");
        reveal.getStyleClass().addAll("flat", "small");
        reveal.setId("reveal-in-graph");
        reveal.setTooltip(new Tooltip("Reveal this note in the global graph (Ctrl+Shift+G)"));
        reveal.setOnAction(e -> revealInGraph.run());
        HBox bar = new HBox(6, title, new Pane(), new Label("Depth"), depth1, depth2, reveal);
        HBox.setHgrow(bar.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("graph-bar");
        canvas.getStyleClass().add("local-graph");
        canvas.setMinSize(0, 0);
        canvas.widthProperty().addListener((obs, o, n) -> place());
        canvas.heightProperty().addListener((obs, o, n) -> place());
        setTop(bar);
        setCenter(canvas);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(canvas.widthProperty());
        clip.heightProperty().bind(canvas.heightProperty());
        canvas.setClip(clip);
    }

    /** Shows a page's neighbourhood (null: nothing). */
    void show(LocalGraph graph) {
        LocalGraph next = graph == null ? LocalGraph.EMPTY : graph;
        if (next == this.graph) {
            return; // the same graph with other panels filled in: keep the layout as it settles
        }
        this.graph = next;
        rebuild();
    }

    private void rebuild() {
        timer.stop();
        canvas.getChildren().clear();
        circles.clear();
        labels.clear();
        hovered.clear();
        lines.clear();
        int maxDepth = depth2.isSelected() ? 2 : 1;
        Map<Integer, Integer> kept = new HashMap<>();
        List<LocalGraph.Node> nodes = new ArrayList<>();
        for (int i = 0; i < graph.nodes().size(); i++) {
            if (graph.nodes().get(i).depth() <= maxDepth) {
                kept.put(i, nodes.size());
                nodes.add(graph.nodes().get(i));
            }
        }
        List<int[]> kept2 = new ArrayList<>();
        for (int[] e : graph.edges()) {
            if (kept.containsKey(e[0]) && kept.containsKey(e[1])) {
                kept2.add(new int[] {kept.get(e[0]), kept.get(e[1])});
            }
        }
        edges = kept2;
        for (int[] e : edges) {
            Line line = new Line();
            line.getStyleClass().add("graph-edge");
            lines.add(line);
            canvas.getChildren().add(line);
        }
        long neighbours = nodes.stream().filter(n -> n.depth() == 1).count();
        for (LocalGraph.Node node : nodes) {
            Circle c = new Circle(node.depth() == 0 ? 8 : node.depth() == 1 ? 5.5 : 4);
            c.getStyleClass().addAll("graph-node", "depth-" + node.depth());
            if (node.ghost()) {
                c.getStyleClass().add("ghost");
            }
            Text t = new Text(shorten(node.label(), node.depth() == 0 ? 30 : neighbours > CROWDED ? 12 : 20));
            t.getStyleClass().addAll("graph-label", "depth-" + node.depth());
            t.setMouseTransparent(true);
            int at = labels.size();
            hovered.add(false);
            c.hoverProperty().addListener((obs, o, hover) -> {
                hovered.set(at, hover);
                t.setVisible(hover || (at < named.length && named[at]));
                if (hover) {
                    t.toFront();
                }
            });
            Tooltip.install(c, new Tooltip(node.label()));
            c.setAccessibleText(node.label());
            c.setOnMouseClicked(e -> open.accept(node.target(), e.isControlDown()));
            circles.add(c);
            labels.add(t);
            canvas.getChildren().addAll(c, t);
        }
        if (!labels.isEmpty()) {
            labels.get(0).toFront(); // the centre's name stays readable over its neighbours
        }
        orderLabels(nodes);
        layout = new ForceLayout(nodes.size(), edges);
        layout.run(60); // most of the shape at once; the animation then settles it
        frames = 0;
        place();
        settled = circles.isEmpty();
        timer.start();
    }

    /** True when the layout animation has stopped (nodes no longer move). */
    boolean settled() {
        return settled;
    }

    private void place() {
        if (layout == null || circles.isEmpty()) {
            return;
        }
        double minX = 0, maxX = 0, minY = 0, maxY = 0;
        for (int i = 0; i < circles.size(); i++) {
            minX = Math.min(minX, layout.x(i));
            maxX = Math.max(maxX, layout.x(i));
            minY = Math.min(minY, layout.y(i));
            maxY = Math.max(maxY, layout.y(i));
        }
        double margin = 34;
        double w = Math.max(1, canvas.getWidth() - 2 * margin);
        double h = Math.max(1, canvas.getHeight() - 2 * margin);
        double scale = Math.min(w / Math.max(maxX - minX, 0.15), h / Math.max(maxY - minY, 0.15));
        double cx = canvas.getWidth() / 2 - (minX + maxX) / 2 * scale;
        double cy = canvas.getHeight() / 2 - (minY + maxY) / 2 * scale;
        for (int i = 0; i < circles.size(); i++) {
            double x = cx + layout.x(i) * scale;
            double y = cy + layout.y(i) * scale;
            circles.get(i).setCenterX(x);
            circles.get(i).setCenterY(y);
            Text t = labels.get(i);
            t.setX(x - t.getLayoutBounds().getWidth() / 2);
            t.setY(y + circles.get(i).getRadius() + 12);
        }
        nameNodes();
        for (int i = 0; i < edges.size(); i++) {
            int[] e = edges.get(i);
            Line line = lines.get(i);
            line.setStartX(circles.get(e[0]).getCenterX());
            line.setStartY(circles.get(e[0]).getCenterY());
            line.setEndX(circles.get(e[1]).getCenterX());
            line.setEndY(circles.get(e[1]).getCenterY());
        }
    }

    /** Names in order: the centre, then its neighbours, then the rest, best-linked first within each. */
    private void orderLabels(List<LocalGraph.Node> nodes) {
        int[] degree = new int[nodes.size()];
        for (int[] e : edges) {
            degree[e[0]]++;
            degree[e[1]]++;
        }
        labelOrder = java.util.stream.IntStream.range(0, nodes.size()).boxed()
                .sorted(java.util.Comparator.<Integer>comparingInt(i -> nodes.get(i).depth())
                        .thenComparing(i -> -degree[i]).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        namedAlways = 1; // the centre; the others are named where their names do not overlap
        named = new boolean[nodes.size()];
    }

    /**
     * Names are placed as in the global graph (no overlaps): the centre's first, then the neighbours' (shortened,
     * the full title on hover), best-linked first, then depth 2's where room is left.
     */
    private void nameNodes() {
        int n = circles.size();
        float[] sx = new float[n];
        float[] sy = new float[n];
        float[] r = new float[n];
        boolean[] all = new boolean[n];
        for (int i = 0; i < n; i++) {
            sx[i] = (float) circles.get(i).getCenterX();
            sy[i] = (float) circles.get(i).getCenterY();
            r[i] = (float) circles.get(i).getRadius();
            all[i] = true;
        }
        int placed = placer.place(labelOrder, all, sx, sy, r, 0, n, namedAlways,
                i -> labels.get(i).getLayoutBounds().getWidth() + 4, 13, canvas.getWidth(), canvas.getHeight(), n);
        java.util.Arrays.fill(named, false);
        for (int k = 0; k < placed; k++) {
            named[placer.chosen(k)] = true;
        }
        for (int i = 0; i < n; i++) {
            labels.get(i).setVisible(named[i] || hovered.get(i));
        }
    }

    private static String shorten(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1).strip() + "\u2026";
    }

    /** The names shown now (for tests). */
    List<String> shownNames() {
        return labels.stream().filter(javafx.scene.Node::isVisible).map(Text::getText).toList();
    }

    /** The number of nodes drawn (for tests). */
    int nodeCount() {
        return circles.size();
    }
}
