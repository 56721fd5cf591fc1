package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.kasten.note.SearchHit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Search by meaning in the real window (issue 12), with a fake model: the status bar says when the vectors are
 * ready, typing a word no note has finds the note that means it, and the toolbar's toggle turns it off.
 */
class SemanticJourneyTest extends SemanticWindowTestBase {

    @Start
    void start(Stage stage) throws Exception {
        vectorsOn();
        open(stage);
    }

    private String meaningStatus(FxRobot robot) {
        Label label = robot.lookup("#status-meaning").queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    @Test
    void findingANoteByMeaningThenTurningItOff(FxRobot robot) throws Exception {
        waitForPage("Home");
        waitUntil(() -> meaningStatus(robot).equals("Search by meaning ready"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("reimbursement");
        waitUntil(() -> main.search().hits().stream().map(SearchHit::title).toList().contains("Payments"));
        assertThat(fx(() -> main.search().summaryProperty().get())).contains("words and meaning");

        robot.clickOn("#semantic-toggle");
        waitUntil(() -> meaningStatus(robot).isEmpty());
        assertThat(fx(() -> robot.lookup("#semantic-toggle").queryAs(ToggleButton.class).isSelected())).isFalse();
        fx(() -> {
            main.search().run();
            return null;
        });
        waitUntil(() -> main.search().hits().isEmpty() && !main.search().summaryProperty().get().contains("meaning"));
    }
}
