package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import netscape.javascript.JSObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.ui.TestVault;
import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.PageContent;
import org.kasten.ui.viewmodel.PanelItem;
import org.kasten.ui.viewmodel.WorkspaceAdapter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main journeys through the real window on Monocle (headless): a temp copy of a tiny vault. */
@ExtendWith(ApplicationExtension.class)
class WindowJourneyTest {

    @TempDir Path dir;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final List<String> browsed = new ArrayList<>();
    private MainViewModel main;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path vault = TestVault.write(Files.createDirectories(dir.resolve("vault")));
        main = new MainViewModel(WorkspaceAdapter.opener(), background, Platform::runLater);
        main.setWatching(true);
        window = new MainWindow(main, browsed::add, p -> main.openVault(p, null, List.of()), List::of, false);
        Scene scene = new Scene(window, 1200, 800);
        scene.getStylesheets().add(KastenApp.class.getResource("kasten.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        main.openVault(vault, null, List.of());
    }

    @AfterEach
    void stop() {
        main.stopWatching();
        background.shutdownNow();
    }

    private static void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return fx(condition);
        });
    }

    private static <T> T fx(Supplier<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work::get).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String shownTitle() {
        NoteTab tab = window.noteTabs().current();
        PageContent page = tab == null ? null : tab.model().getContent();
        return page == null || !tab.loadedProperty().get() ? null : page.title();
    }

    private void waitForPage(String title) throws Exception {
        waitUntil(() -> title.equals(shownTitle()));
    }

    /** The screen point at the middle of the first page link whose href contains {@code part}. */
    private Point2D linkPoint(String part) throws Exception {
        waitUntil(() -> window.noteTabs().current().loadedProperty().get());
        return fx(() -> {
            var web = window.noteTabs().current().web();
            JSObject r = (JSObject) web.getEngine().executeScript("(function(){var a=document.querySelector('a[href*=\"" + part
                    + "\"]');var b=a.getBoundingClientRect();return {x:b.left+b.width/2,y:b.top+b.height/2};})()");
            double x = ((Number) r.getMember("x")).doubleValue();
            double y = ((Number) r.getMember("y")).doubleValue();
            return web.localToScreen(x, y);
        });
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
