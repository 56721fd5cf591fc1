package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kasten.ui.TestVault;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * What the window leaves out of its start and makes on first use instead (docs/performance.md, "Session 14"):
 * each part still works the first time it is asked for.
 */
class StartupJourneyTest extends WindowTestBase {

    /** The first page shows an image, as the bundled notes' home note does. */
    @Override
    void extraFiles(Path vault) throws Exception {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", vault.resolve("first-page.png").toFile());
        TestVault.file(vault, "Home.md", """
                # Home

                Welcome. See [[Alpha]] and [[Beta|the second]] and [[Ghost Concept]].

                ![[first-page.png]]

                ```mermaid
                graph TD; A-->B
                ```

                #start
                """);
    }

    /** Set by the test's own first-page action, which runs after the window's, in the same handling of the loading. */
    private volatile boolean loadingHandled;
    /** When the left sidebar joined the window: whether the page had loaded, and the loading was handled; null before. */
    private volatile Boolean loadedAtSidebar;
    private volatile boolean handledAtSidebar;

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
        window.noteTabs().firstPageLoaded(() -> loadingHandled = true);
        window.split().getItems().addListener((ListChangeListener<Node>) change -> {
            if (loadedAtSidebar == null && window.split().getItems().get(0) instanceof LeftSidebar) {
                NoteTab tab = window.noteTabs().current();
                handledAtSidebar = loadingHandled;
                loadedAtSidebar = tab != null && tab.loadedProperty().get();
            }
        });
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

    @Test
    void theFirstPageDrawsItsDiagramWithTheLibraryTheWindowHandsIn(FxRobot robot) throws Exception {
        waitForPage("Home");
        waitUntil(() -> ((Number) window.noteTabs().current().web().getEngine().executeScript(
                "document.querySelectorAll('pre.mermaid svg').length")).intValue() == 1);
        // the page WebKit was given names the 2.6 MB library without holding it
        assertThat(fx(() -> main.selectedTabProperty().get().getContent().html().length())).isLessThan(100_000);
    }

    @Test
    void theSidebarsMadeAfterTheFirstPageShowTheVaultAsItIsThen(FxRobot robot) throws Exception {
        waitForPage("Home");
        waitUntil(() -> window.split().getItems().get(0) instanceof LeftSidebar);
        // built after the vault was read and its first tab opened: they start from that state, not from changes
        assertThat(fx(() -> window.left().files().getRoot().getChildren().size())).isGreaterThan(2);
        assertThat(fx(() -> window.left().files().getSelectionModel().getSelectedItem().getValue().label()))
                .isEqualTo("Home");
        assertThat(fx(() -> window.left().tags().getRoot().getChildren().stream()
                .map(t -> t.getValue().name()).toList())).contains("start");
        assertThat(fx(() -> window.right().backlinksList().getItems().stream().map(i -> i.label()).toList()))
                .contains("Alpha");
    }

    @Test
    void theSidebarsAreMadeAfterThePagesFirstFrameNotWhileItsLoadingIsHandled(FxRobot robot) throws Exception {
        waitForPage("Home");
        waitUntil(() -> loadedAtSidebar != null);
        Assumptions.assumeTrue(loadedAtSidebar, "the page took over two seconds here (a loaded machine), so the "
                + "window's fallback made the sidebars before it: nothing to see");
        assertThat(handledAtSidebar).as("the sidebars were made within the handling of the page's loading, "
                + "ahead of the frame that shows it").isTrue();
    }

    @Test
    void theToolbarGetsItsTooltipsOnceThePageShows(FxRobot robot) throws Exception {
        waitForPage("Home");
        waitUntil(() -> window.split().getItems().get(0) instanceof LeftSidebar);
        assertThat(fx(() -> robot.lookup("#back").queryButton().getTooltip().getText())).isEqualTo("Back (Alt+Left)");
        assertThat(fx(() -> robot.lookup("#semantic-toggle").queryAs(javafx.scene.control.Control.class)
                .getTooltip())).isNotNull();
    }

    @Test
    void theFindBarWorksTheFirstTimeItIsAskedFor(FxRobot robot) throws Exception {
        waitForPage("Home");
        assertThat(robot.lookup("#find-field").tryQuery()).isEmpty(); // not made before it is asked for
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#find-field").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        robot.write("zebrafish");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Not found".equals(robot.lookup("#find-result").queryAs(Label.class).getText()));
        fx(() -> {
            robot.lookup("#find-field").queryAs(TextField.class).setText("Welcome");
            return null;
        });
        robot.clickOn("#find-field").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#find-result").queryAs(Label.class).getText().isEmpty());
    }

    @Test
    void theQuickSwitcherIsMadeOnFirstUse(FxRobot robot) throws Exception {
        waitForPage("Home");
        assertThat(robot.lookup("#switcher-field").tryQuery()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(window::switcherShowing);
        robot.write("zebra");
        robot.type(KeyCode.ENTER);
        waitForPage("Zebra facts");
    }
}
