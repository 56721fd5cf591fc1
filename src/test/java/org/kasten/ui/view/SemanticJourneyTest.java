package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kasten.app.SemanticModel;
import org.kasten.note.SearchHit;
import org.kasten.search.FakeEmbedder;
import org.kasten.ui.TestVault;
import org.kasten.ui.viewmodel.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Search by meaning in the real window (issue 12), with a fake model: the status bar says when the vectors are
 * ready, typing a word no note has finds the note that means it, and the toolbar's toggle turns it off.
 */
class SemanticJourneyTest extends WindowTestBase {

    private final FakeEmbedder model = new FakeEmbedder();
    private String oldSwitch;

    @Start
    void start(Stage stage) throws Exception {
        oldSwitch = System.getProperty("kasten.vectors");
        System.setProperty("kasten.vectors", "on");
        open(stage);
    }

    @AfterEach
    void restore() {
        if (main.workspaceProperty().get() != null) {
            main.workspaceProperty().get().close();
        }
        if (oldSwitch == null) {
            System.clearProperty("kasten.vectors");
        } else {
            System.setProperty("kasten.vectors", oldSwitch);
        }
    }

    @Override
    void configure(MainViewModel main) {
        main.semantic().useModel(SemanticModel.of(model));
    }

    @Override
    void extraFiles(Path vault) throws Exception {
        TestVault.file(vault, "Payments.md", "# Payments\n\n## Getting money back\n\nAsk the shop for your money within thirty days.\n");
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
