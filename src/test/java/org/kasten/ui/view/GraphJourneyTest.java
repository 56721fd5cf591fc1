package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.kasten.ui.graph.GraphPicture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The global graph in the real window: Ctrl+G opens it, a tag filter narrows it, clicking a node opens the note. */
class GraphJourneyTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private List<String> shown() {
        return fx(() -> {
            GraphPicture p = main.graph().pictureProperty().get();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < p.data().size(); i++) {
                if (p.shown()[i]) {
                    names.add(p.data().label(i));
                }
            }
            return names;
        });
    }

    private boolean settled() {
        var r = main.graph().runner();
        return r != null && r.settled() && r.graph() == main.graph().pictureProperty().get().data();
    }

    private Point2D nodePoint(String label) {
        return fx(() -> {
            GraphPicture p = main.graph().pictureProperty().get();
            for (int i = 0; i < p.data().size(); i++) {
                if (p.data().label(i).equals(label)) {
                    window.graphTab().canvas().draw(); // the view follows the last positions
                    return window.graphTab().canvas().screenPoint(i);
                }
            }
            throw new AssertionError(label + " is not in the graph");
        });
    }

    @Test
    void theLocalGraphNamesEveryNeighbourAndRevealsTheNoteInTheGlobalGraph(FxRobot robot) throws Exception {
        waitForPage("Home");
        waitUntil(() -> fx(() -> window.right().graph().nodeCount()) == 4);
        waitUntil(() -> !fx(() -> window.right().graph().shownNames()).isEmpty()); // drawn once the sidebar has a size
        assertThat(fx(() -> window.right().graph().shownNames()))
                .containsExactlyInAnyOrder("Home", "Alpha", "Beta", "Ghost Concept");
        robot.clickOn("#reveal-in-graph");
        waitUntil(() -> window.graphTab() != null && window.noteTabs().getSelectionModel().getSelectedItem() == window.graphTab());
        waitUntil(() -> {
            var p = main.graph().pictureProperty().get();
            return p.current() >= 0 && "Home".equals(p.data().label(p.current()));
        });
    }

    @Test
    void openTheGraphFilterByTagAndClickANodeToOpenTheNote(FxRobot robot) throws Exception {
        waitForPage("Home");
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitUntil(() -> window.graphTab() != null && window.noteTabs().getSelectionModel().getSelectedItem() == window.graphTab());
        waitUntil(this::settled);
        assertThat(shown()).containsExactlyInAnyOrder("Home", "Alpha", "Beta", "Zebra facts", "Ghost Concept");
        assertThat(fx(() -> main.graph().pictureProperty().get().data().label(main.graph().pictureProperty().get().current())))
                .as("the current note is marked").isEqualTo("Home");

        robot.clickOn(window.graphTab().tagsMenu());
        robot.clickOn(robot.lookup(n -> n instanceof Labeled l && "#greek/letter".equals(l.getText())).queryLabeled());
        waitUntil(() -> shown().equals(List.of("Alpha")));
        assertThat(fx(() -> window.graphTab().tagsMenu().getText())).isEqualTo("Tags (1)");

        robot.clickOn(nodePoint("Alpha"));
        waitForPage("Alpha");
        assertThat(main.tabs()).hasSize(1);

        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitUntil(() -> window.noteTabs().getSelectionModel().getSelectedItem() == window.graphTab());
        robot.press(KeyCode.CONTROL).clickOn(nodePoint("Alpha")).release(KeyCode.CONTROL);
        waitUntil(() -> main.tabs().size() == 2);
        waitForPage("Alpha");
    }

    @Test
    void draggingANodeMovesItWhileHeldAndOpensNothing(FxRobot robot) throws Exception {
        waitForPage("Home");
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitUntil(() -> window.graphTab() != null && window.noteTabs().getSelectionModel().getSelectedItem() == window.graphTab());
        waitUntil(this::settled);
        Point2D from = nodePoint("Beta");
        Point2D to = from.add(90, 70);
        Point2D zebra = nodePoint("Zebra facts"); // not linked to Beta
        robot.moveTo(from).press(javafx.scene.input.MouseButton.PRIMARY);
        robot.moveTo(from.add(30, 20)).moveTo(to);
        waitUntil(() -> nodePoint("Beta").distance(to) < 3);
        assertThat(settled()).as("the layout reacts while the node is held").isFalse();
        assertThat(nodePoint("Zebra facts").distance(zebra.add(90, 70))).as("the drag moved the node, not the view")
                .isGreaterThan(30);
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        waitUntil(this::settled);
        assertThat(nodePoint("Beta").distance(from)).as("it stays near where it was dropped").isGreaterThan(20);
        assertThat(main.tabs()).hasSize(1);
        assertThat(fx(() -> window.noteTabs().getSelectionModel().getSelectedItem())).isSameAs(window.graphTab());
    }

    /**
     * Dragging the background pans the view: each mouse move moves the last frame and draws only the strips it
     * uncovers, and the picture shown is the one drawn afresh at the new offset; a click on a node where it now is
     * opens it.
     */
    @Test
    void panningByDraggingTheBackgroundShowsTheGraphMovedAndAClickStillOpensTheNote(FxRobot robot) throws Exception {
        waitForPage("Home");
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitUntil(() -> window.graphTab() != null && window.noteTabs().getSelectionModel().getSelectedItem() == window.graphTab());
        waitUntil(this::settled);
        GraphCanvas canvas = window.graphTab().canvas();
        Point2D alpha = nodePoint("Alpha");
        Point2D local = fx(() -> canvas.screenToLocal(alpha));
        // zoomed in on Alpha, the other nodes' edges run out of the view; the drag (away from the middle) brings
        // them in through the uncovered strips
        int sx = local.getX() < canvas.getWidth() / 2 ? -1 : 1, sy = local.getY() < canvas.getHeight() / 2 ? -1 : 1;
        Point2D press = fx(() -> {
            canvas.zoomAt(2, local.getX(), local.getY());
            canvas.draw();
            for (double f = 0.5; f < 0.95; f += 0.05) { // a point of the background, across the middle from Alpha
                double x = canvas.getWidth() * (sx < 0 ? f : 1 - f), y = canvas.getHeight() * (sy < 0 ? f : 1 - f);
                if (canvas.nodeAt(x, y) < 0) {
                    return canvas.localToScreen(x, y);
                }
            }
            throw new AssertionError("no background to drag");
        });
        robot.moveTo(press).press(javafx.scene.input.MouseButton.PRIMARY);
        for (int step = 1; step <= 3; step++) {
            robot.moveTo(press.add(sx * 10 * step, sy * 7 * step));
        }
        assertThat(fx(canvas::moved)).as("the last frame moved").isTrue();
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        assertThat(nodePoint("Alpha").distance(alpha.add(sx * 30, sy * 21))).as("Alpha moved with the drag").isLessThan(1.5);
        int most = fx(() -> {
            var shown = canvas.snapshot(null, null).getPixelReader();
            javafx.scene.canvas.Canvas fresh = new javafx.scene.canvas.Canvas(canvas.getWidth(), canvas.getHeight());
            new GraphPainter().paint(fresh.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(),
                    main.graph().pictureProperty().get(), main.graph().runner().positions(), canvas.viewport(), -1,
                    window.theme().darkProperty().get());
            var drawn = fresh.snapshot(null, null).getPixelReader();
            int largest = 0;
            for (int y = 0; y < (int) canvas.getHeight(); y++) {
                for (int x = 0; x < (int) canvas.getWidth(); x++) {
                    int p = shown.getArgb(x, y), q = drawn.getArgb(x, y);
                    for (int k = 0; k < 24; k += 8) {
                        largest = Math.max(largest, Math.abs((p >> k & 0xff) - (q >> k & 0xff)));
                    }
                }
            }
            return largest;
        });
        assertThat(most).as("the largest difference of a channel from the graph drawn afresh, of 255").isLessThanOrEqualTo(2);
        robot.clickOn(nodePoint("Alpha"));
        waitForPage("Alpha");
    }

    /** The legend's "others" dot is the grey the graph paints those nodes in, for the theme shown. */
    @Test
    void theLegendsOthersDotFollowsTheTheme(FxRobot robot) throws Exception {
        waitForPage("Home");
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitUntil(() -> window.graphTab() != null && window.noteTabs().getSelectionModel().getSelectedItem() == window.graphTab());
        fx(() -> {
            robot.lookup("#graph-colours").<javafx.scene.control.ComboBox<String>>query().setValue("Colour by tag");
            window.theme().darkProperty().set(false);
            return null;
        });
        waitUntil(() -> !robot.lookup(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith("others")).queryAll().isEmpty());
        Labeled others = robot.lookup(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith("others")).queryLabeled();
        assertThat(fx(() -> ((javafx.scene.shape.Circle) others.getGraphic()).getFill())).isEqualTo(GraphPainter.others(false));
        fx(() -> {
            window.theme().darkProperty().set(true);
            return null;
        });
        assertThat(fx(() -> ((javafx.scene.shape.Circle) others.getGraphic()).getFill())).isEqualTo(GraphPainter.others(true));
    }
}
