package org.kasten.ui.view;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import netscape.javascript.JSObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.Workspace;
import org.kasten.ui.TestVault;
import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.PageContent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on Monocle (headless) over a temp copy of the tiny {@link TestVault}, with helpers for journeys. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase {

    @TempDir Path dir;
    final ExecutorService background = Executors.newFixedThreadPool(2);
    final List<String> browsed = new ArrayList<>();
    MainViewModel main;
    MainWindow window;

    /** Adds files to the vault before it is opened (none by default). */
    void extraFiles(Path vault) throws Exception {
    }

    /** Sets up the view model before the window is built (nothing by default). */
    void configure(MainViewModel main) {
    }

    /** Shows the window on {@code stage} and opens the vault; each test class calls it from its {@code @Start}. */
    void open(Stage stage) throws Exception {
        Path vault = TestVault.write(Files.createDirectories(dir.resolve("vault")));
        extraFiles(vault);
        // work a finished test's window still starts (a debounced search firing late) is dropped, not rejected
        java.util.concurrent.Executor worker = r -> {
            if (!background.isShutdown()) {
                background.execute(r);
            }
        };
        main = new MainViewModel(Workspace::open, worker, Platform::runLater);
        main.setWatching(true);
        configure(main);
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

    static void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> { // generous: a busy CI machine starts WebKit slowly
            WaitForAsyncUtils.waitForFxEvents();
            return fx(condition);
        });
    }

    /**
     * Clicks what shows {@code text} (as {@code robot.clickOn(text)}), once it shows: parts of the window (the
     * sidebars' tabs) are built after the first page, and on a busy machine a click at once found no node.
     */
    static void clickOnText(FxRobot robot, String text) throws Exception {
        waitUntil(() -> robot.lookup(text).match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        robot.clickOn(text);
    }

    static <T> T fx(Supplier<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work::get).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The item named {@code text} of a menu that is showing, once it shows. Only menus' own windows are searched:
     * TestFX looks in the window first, and the window has labels of the same names (the left sidebar's "Tags"
     * tab would be clicked instead of a menu's "Tags" item, closing the menu).
     */
    static Labeled menuItem(FxRobot robot, String text) throws Exception {
        waitUntil(() -> showingMenuItem(robot, text).isPresent());
        return fx(() -> showingMenuItem(robot, text).orElseThrow());
    }

    private static Optional<Labeled> showingMenuItem(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Labeled l && text.equals(l.getText()) && n.getScene() != null
                && n.getScene().getWindow() instanceof ContextMenu).tryQuery();
    }

    String shownTitle() {
        NoteTab tab = window.noteTabs().current();
        PageContent page = tab == null ? null : tab.model().getContent();
        return page == null || !tab.loadedProperty().get() ? null : page.title();
    }

    void waitForPage(String title) throws Exception {
        waitUntil(() -> title.equals(shownTitle()));
    }

    /** The screen point at the middle of the first page link whose href contains {@code part}. */
    Point2D linkPoint(String part) throws Exception {
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
}
