package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.kasten.ui.TestVault;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * What the window leaves out of its start and makes on first use instead (docs/performance.md, "Session 14"):
 * each part still works the first time it is asked for.
 */
class StartupJourneyTest extends WindowTestBase {

    @Override
    void extraFiles(Path vault) throws Exception {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", vault.resolve("pic.png").toFile());
        TestVault.file(vault, "Home.md", """
                # Home

                Welcome. See [[Alpha]] and [[Beta|the second]] and [[Ghost Concept]].

                ![[pic.png]]

                #start
                """);
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void theFirstPageShowsItsImageWithoutStartingAnHttpClient(FxRobot robot) throws Exception {
        waitForPage("Home");
        waitUntil(() -> Boolean.TRUE.equals(window.noteTabs().current().web().getEngine().executeScript(
                "(function(){var i=document.images[0];return !!i&&i.complete&&i.naturalWidth===8;})()")));
        // WebKit's HTTP/2 loader, when on, builds an HttpClient (TLS, certificates, a selector thread) for the image
        assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName))
                .noneMatch(name -> name.startsWith("HttpClient-"));
    }
}
