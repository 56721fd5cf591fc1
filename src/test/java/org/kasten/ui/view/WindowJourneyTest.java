package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.kasten.ui.TestVault;
import org.kasten.ui.viewmodel.PanelItem;
import org.kasten.ui.viewmodel.SearchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main journeys through the real window on Monocle (headless): a temp copy of a tiny vault. */
class WindowJourneyTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void opensTheVaultFollowsALinkAndGoesBack(FxRobot robot) throws Exception {
        waitForPage("Home");
        assertThat(fx(() -> main.statusProperty().get())).startsWith("4 notes");
        robot.clickOn(linkPoint("Alpha.md"));
        waitForPage("Alpha");
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitForPage("Home");
        robot.clickOn("#forward");
        waitForPage("Alpha");
    }

    @Test
    void searchesAndOpensAHit(FxRobot robot) throws Exception {
        waitForPage("Home");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // the cells and chips warmed up with stand-in hits when the pane joined the window: none of them shows
        assertThat(fx(() -> ((javafx.scene.layout.Pane) robot.lookup("#search-facets").query()).getChildren().size()))
                .as("chips made by the warm-up").isEqualTo(SearchViewModel.MAX_CHIPS);
        assertThat(fx(() -> robot.lookup("#search-hits").queryListView().getItems().isEmpty())).isTrue();
        assertThat(fx(() -> robot.lookup("#search-hits .list-cell")
                .match(c -> ((ListCell<?>) c).getItem() != null).tryQuery().isPresent())).isFalse();
        assertThat(fx(() -> robot.lookup("#search-facets .button").match(javafx.scene.Node::isVisible)
                .tryQuery().isPresent())).isFalse();
        robot.write("striped");
        waitUntil(() -> main.search().hits().size() == 1);
        waitUntil(() -> robot.lookup("#search-hits .list-cell").match(c -> ((ListCell<?>) c).getItem() != null)
                .tryQuery().isPresent());
        ListCell<?> hit = robot.lookup("#search-hits .list-cell").match(c -> ((ListCell<?>) c).getItem() != null)
                .queryAs(ListCell.class);
        robot.clickOn(hit);
        waitForPage("Zebra facts");
    }

    @Test
    void quickSwitcherOpensANoteByAlias(FxRobot robot) throws Exception {
        waitForPage("Home");
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(window::switcherShowing);
        robot.write("first letter");
        robot.type(KeyCode.ENTER);
        waitForPage("Alpha");
        assertThat(fx(window::switcherShowing)).isFalse();
    }

    @Test
    void clickingABacklinkOpensItsSource(FxRobot robot) throws Exception {
        waitForPage("Home");
        robot.clickOn(linkPoint("Concepts/Beta.md"));
        waitForPage("Beta");
        robot.clickOn(linkPoint("ghost/Ghost"));
        waitForPage("Ghost Concept");
        waitUntil(() -> window.right().backlinksList().getItems().size() == 2);
        ListCell<?> home = robot.from(window.right().backlinksList()).lookup(".list-cell")
                .match(c -> ((ListCell<?>) c).getItem() instanceof PanelItem item && item.label().equals("Home"))
                .queryAs(ListCell.class);
        robot.clickOn(home);
        waitForPage("Home");
    }

    @Test
    void hoveringALinkShowsAPreview(FxRobot robot) throws Exception {
        waitForPage("Home");
        robot.moveTo(linkPoint("Alpha.md"));
        waitUntil(() -> window.preview().isShowing());
        assertThat(fx(() -> window.preview().shownTitle())).isEqualTo("Alpha");
        robot.moveTo(window.noteTabs().current().web().localToScreen(600, 700));
        waitUntil(() -> !window.preview().isShowing());
    }

    @Test
    void aLinkClickedWhileItsPreviewShowsIsFollowed(FxRobot robot) throws Exception {
        waitForPage("Home");
        Point2D link = linkPoint("Alpha.md");
        robot.moveTo(link);
        waitUntil(() -> window.preview().isShowing()); // a reader rests on the link, then clicks it
        robot.clickOn(link);
        waitForPage("Alpha");
        assertThat(fx(() -> window.preview().isShowing())).isFalse();
    }

    @Test
    void aFileEditedOnDiskAppearsInPlace(FxRobot robot) throws Exception {
        waitForPage("Home");
        robot.clickOn(linkPoint("Alpha.md"));
        waitForPage("Alpha");
        TestVault.file(dir.resolve("vault"), "Alpha.md", "# Alpha, revised\n\nNow about [[Beta]] only.\n");
        waitForPage("Alpha, revised");
        assertThat(fx(() -> window.right().backlinksList().getItems().size())).isEqualTo(1);
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitForPage("Home");
    }

    @Test
    void webLinksGoToTheBrowserNotThePage(FxRobot robot) throws Exception {
        waitForPage("Home");
        fx(() -> main.followUrl("https://example.org/page", false));
        assertThat(browsed).containsExactly("https://example.org/page");
        assertThat(fx(this::shownTitle)).isEqualTo("Home");
    }
}
