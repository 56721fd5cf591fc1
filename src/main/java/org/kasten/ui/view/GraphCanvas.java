package org.kasten.ui.view;

import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;

import org.kasten.ui.graph.GraphPicture;
import org.kasten.ui.graph.LayoutRunner;
import org.kasten.ui.graph.Viewport;
import org.kasten.ui.viewmodel.GraphViewModel;
import org.kasten.ui.viewmodel.Location;

/**
 * The global graph's drawing surface: one {@link Canvas} redrawn by a {@link GraphPainter} on an animation
 * pulse only when something changed (new positions from the layout, the view, the pointer, the picture). Dragging
 * a node moves it (pinned under the pointer while the layout reacts, see {@link LayoutRunner#drag}), dragging the
 * background pans, the wheel zooms around the pointer, hovering lights a node's neighbourhood, a click opens the node
 * (Ctrl or the middle button: in a new tab). Until the user pans or zooms, the view keeps every shown node in frame.
 */
public final class GraphCanvas extends Region {

    private final Canvas canvas = new Canvas();
    private final GraphPainter painter = new GraphPainter();
    private final Viewport viewport = new Viewport();
    private final GraphViewModel model;
    private final BooleanProperty dark;
    private final BiConsumer<Location, Boolean> open;
    private final java.util.function.Consumer<org.kasten.note.NotePath> openAttachment;
    private LongConsumer frameTimes = t -> { };
    private boolean dirty = true;
    private boolean follow = true;
    private long drawnVersion = -1;
    private LayoutRunner drawnRunner;
    private int hover = -1;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    /** The node being dragged (pressed on it), or -1 while the drag pans. */
    private int held = -1;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            LayoutRunner r = model.runner();
            if (r != drawnRunner || (r != null && r.version() != drawnVersion)) {
                drawnRunner = r;
                drawnVersion = r == null ? -1 : r.version();
                dirty = true;
            }
            if (dirty) {
                draw();
            }
        }
    };

    /**
     * {@code open} opens a note or ghost page (in a new tab when asked), {@code openAttachment} an attachment as
     * clicking its link in a note does.
     */
    public GraphCanvas(GraphViewModel model, BooleanProperty dark, BiConsumer<Location, Boolean> open,
                       java.util.function.Consumer<org.kasten.note.NotePath> openAttachment) {
        this.model = model;
        this.dark = dark;
        this.open = open;
        this.openAttachment = openAttachment;
        getStyleClass().add("graph-canvas");
        getChildren().add(canvas);
        setMinSize(0, 0);
        model.pictureProperty().addListener((obs, old, now) -> {
            if (old.data() != now.data()) {
                hover = -1;
            }
            dirty = true;
        });
        dark.addListener((obs, old, now) -> dirty = true);
        setOnMousePressed(e -> {
            pressX = lastX = e.getX();
            pressY = lastY = e.getY();
            dragged = false;
            held = e.getButton() == MouseButton.PRIMARY ? nodeAt(e.getX(), e.getY()) : -1;
        });
        setOnMouseDragged(e -> {
            dragged |= Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 4;
            LayoutRunner r = model.runner();
            if (held >= 0 && r != null && r.graph() == model.pictureProperty().get().data()) {
                if (dragged) {
                    r.drag(held, viewport.toLayoutX(e.getX()), viewport.toLayoutY(e.getY()));
                }
            } else {
                viewport.pan(e.getX() - lastX, e.getY() - lastY);
                setCursor(Cursor.CLOSED_HAND);
            }
            lastX = e.getX();
            lastY = e.getY();
            follow = false;
            dirty = true;
        });
        setOnMouseReleased(e -> {
            LayoutRunner r = model.runner();
            if (held >= 0 && r != null) {
                r.release(held);
            }
            held = -1;
            setCursor(hover >= 0 ? Cursor.HAND : Cursor.DEFAULT);
        });
        setOnMouseMoved(e -> hoverAt(e.getX(), e.getY()));
        setOnMouseExited(e -> hoverAt(-1e6, -1e6));
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(Math.pow(1.0018, e.getDeltaY()), e.getX(), e.getY());
            }
        });
        setOnMouseClicked(e -> {
            if (dragged || e.getButton() == MouseButton.SECONDARY) {
                return;
            }
            GraphPicture p = model.pictureProperty().get();
            int node = painter.nodeAt(p, e.getX(), e.getY());
            Location at = node < 0 ? null : model.location(node);
            if (at != null) {
                open.accept(at, e.isShortcutDown() || e.getButton() == MouseButton.MIDDLE);
            } else if (node >= 0) {
                openAttachment.accept(org.kasten.note.NotePath.of(p.data().target(node)));
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                pulse.stop();
            } else {
                pulse.start();
            }
        });
    }

    private void hoverAt(double x, double y) {
        int node = painter.nodeAt(model.pictureProperty().get(), x, y);
        if (node != hover) {
            hover = node;
            dirty = true;
            setCursor(node >= 0 ? Cursor.HAND : Cursor.DEFAULT);
        }
    }

    /** Zooms by {@code factor} around a point of the view. */
    public void zoomAt(double factor, double x, double y) {
        viewport.zoomAt(factor, x, y);
        follow = false;
        dirty = true;
    }

    /** Pans by a screen distance (for the keyboard and the benchmark). */
    public void pan(double dx, double dy) {
        viewport.pan(dx, dy);
        follow = false;
        dirty = true;
    }

    /** Frames every shown node again, and keeps doing so while the layout refines. */
    public void fit() {
        follow = true;
        dirty = true;
    }

    /** Centres the view on a node, zoomed in enough to read its neighbours' names. */
    void reveal(int node) {
        LayoutRunner r = model.runner();
        if (r == null || node < 0 || 2 * node + 1 >= r.positions().length) {
            return;
        }
        float[] xy = r.positions();
        viewport.centreOn(xy[2 * node], xy[2 * node + 1], Math.max(viewport.scale(), 1.2), getWidth(), getHeight());
        follow = false;
        dirty = true;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            dirty = true;
        }
    }

    /** Draws now; the time it took goes to the frame-time listener. */
    public void draw() {
        long start = System.nanoTime();
        dirty = false;
        GraphPicture p = model.pictureProperty().get();
        LayoutRunner r = model.runner();
        float[] xy = r == null || r.graph() != p.data() ? new float[0] : r.positions();
        if (follow && xy.length > 0) {
            viewport.fit(xy, p.shown(), getWidth(), getHeight(), 40);
        }
        painter.paint(canvas.getGraphicsContext2D(), getWidth(), getHeight(), p, xy, viewport, hover, dark.get());
        frameTimes.accept(System.nanoTime() - start);
    }

    /** Tells {@code listener} the FX-thread nanoseconds of each drawn frame (the benchmark listens). */
    public void onFrame(LongConsumer listener) {
        frameTimes = listener;
    }

    /** The node under a point of this view, or -1 (for tests). */
    int nodeAt(double x, double y) {
        return painter.nodeAt(model.pictureProperty().get(), x, y);
    }

    /** Where a node is drawn, in screen coordinates (for tests), or null when there is no layout yet. */
    javafx.geometry.Point2D screenPoint(int node) {
        LayoutRunner r = model.runner();
        if (r == null || 2 * node + 1 >= r.positions().length) {
            return null;
        }
        float[] xy = r.positions();
        return localToScreen(viewport.toScreenX(xy[2 * node]), viewport.toScreenY(xy[2 * node + 1]));
    }

    Viewport viewport() {
        return viewport;
    }

    /** Whether the last frame drawn was the one before moved (for tests). */
    boolean moved() {
        return painter.moved();
    }
}
