package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
 * A search typed while the vectors are still being built is answered by words; when the vectors become ready
 * the shown answer is asked again, so the note that means the query appears without typing anything more. The
 * fake model waits at a gate, so the vectors are ready only when the test says.
 */
class SemanticRerunJourneyTest extends WindowTestBase {

    private final FakeEmbedder model = new FakeEmbedder();
    private final CountDownLatch gate = new CountDownLatch(1);
    private String oldSwitch;

    @Start
    void start(Stage stage) throws Exception {
        oldSwitch = System.getProperty("kasten.vectors");
        System.setProperty("kasten.vectors", "on");
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
    void restore() {
        gate.countDown();
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
