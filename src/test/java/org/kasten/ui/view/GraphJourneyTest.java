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
