package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kasten.note.SearchHit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A search typed while the vectors are still being built is answered by words; when the vectors become ready
 * the shown answer is asked again, so the note that means the query appears without typing anything more. The
 * fake model waits at a gate, so the vectors are ready only when the test says.
 */
class SemanticRerunJourneyTest extends SemanticWindowTestBase {

    private final CountDownLatch gate = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws Exception {
        vectorsOn();
        model.beforeEach(() -> {
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        open(stage);
    }

    @AfterEach
    void openTheGate() { // before the vault is closed (the base's after-each runs after this one)
        gate.countDown();
    }

    @Test
    void aSearchShownBeforeTheVectorsWereReadyIsAskedAgainWhenTheyAre(FxRobot robot) throws Exception {
        waitForPage("Home");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("reimbursement");
        waitUntil(() -> !main.search().summaryProperty().get().isEmpty());
        assertThat(fx(() -> main.search().hits().stream().map(SearchHit::title).toList())).doesNotContain("Payments");
        assertThat(fx(() -> main.search().summaryProperty().get())).doesNotContain("meaning");

        gate.countDown();
        waitUntil(() -> main.search().hits().stream().map(SearchHit::title).toList().contains("Payments"));
        assertThat(fx(() -> main.search().summaryProperty().get())).contains("words and meaning");
    }
}
