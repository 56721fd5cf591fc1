package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.kasten.testing.VaultSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * A window session with live reload leaves the vault alone: the test itself changes one note while the window
 * follows the folder; afterwards every other name, byte and modification time (the folder's too) is as before,
 * and the changed note holds exactly what the test wrote.
 */
class WindowUntouchedTest extends WindowTestBase {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        open(stage);
    }

    @Test
    void aSessionWithLiveReloadChangesOnlyWhatTheTestWrote(FxRobot robot) throws Exception {
        Path vault = dir.resolve("vault");
        waitForPage("Home");
        VaultSnapshot before = VaultSnapshot.of(vault);

        robot.clickOn(linkPoint("Alpha.md"));
        waitForPage("Alpha");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("striped");
        waitUntil(() -> main.search().hits().size() == 1);

        String written = "---\naliases: [First Letter]\n---\n# Alpha again\n\nRewritten while the window was open. [[Home]]\n";
        Files.writeString(vault.resolve("Alpha.md"), written, StandardCharsets.UTF_8);
        waitForPage("Alpha again"); // live reload showed the change

        fx(() -> {
            main.stopWatching();
            stage.close();
            return null;
        });
        VaultSnapshot after = VaultSnapshot.of(vault);
        assertThat(after.without("Alpha.md")).isEqualTo(before.without("Alpha.md"));
        assertThat(Files.readString(vault.resolve("Alpha.md"), StandardCharsets.UTF_8)).isEqualTo(written);
    }
}
