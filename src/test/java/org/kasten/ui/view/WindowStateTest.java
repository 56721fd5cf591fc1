package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.Workspace;
import org.kasten.note.NotePath;
import org.kasten.ui.TestVault;
import org.kasten.ui.viewmodel.Location;
import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.StateStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Theme, remembered state and unreadable vaults, in the real window on Monocle. */
@ExtendWith(ApplicationExtension.class)
class WindowStateTest {

    @TempDir Path dir;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private MainViewModel main;
    private MainWindow window;
    private Stage stage;
    private Path vault;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        vault = TestVault.write(Files.createDirectories(dir.resolve("vault")));
        main = new MainViewModel(Workspace::open, background, Platform::runLater);
        window = new MainWindow(main, url -> { }, p -> main.openVault(p, null, List.of()), List::of, false);
        window.showErrorsInDialogs();
        stage.setScene(new Scene(window, 1100, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static <T> T fx(Supplier<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work::get).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> { // generous: a busy CI machine starts WebKit slowly
            WaitForAsyncUtils.waitForFxEvents();
            return fx(condition);
        });
    }

    private boolean pageLoaded(String title) {
        NoteTab tab = window.noteTabs().current();
        return tab != null && tab.loadedProperty().get() && tab.model().getContent().title().equals(title);
    }

    @Test
    void anUnreadableVaultExplainsItselfInADialog(FxRobot robot) throws Exception {
        fx(() -> {
            main.openVault(dir.resolve("no such vault"), null, List.of());
            return null;
        });
        waitUntil(() -> window.errorDialog() != null && window.errorDialog().isShowing());
        assertThat(fx(() -> window.errorDialog().getContentText())).startsWith("vault not found").contains("no such vault");
        fx(() -> {
            window.errorDialog().close();
            return null;
        });
        assertThat(fx(() -> main.tabs().isEmpty())).isTrue();
    }

    @Test
    void theThemeToggleRestylesWindowAndPage(FxRobot robot) throws Exception {
        fx(() -> {
            main.openVault(vault, null, List.of());
            return null;
        });
        waitUntil(() -> pageLoaded("Home"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> window.getStyleClass().contains("dark"));
        waitUntil(() -> pageLoaded("Home") && String.valueOf(window.noteTabs().current().web().getEngine()
                .executeScript("document.documentElement.className")).contains("theme-dark"));
    }

    @Test
    void tabsZoomAndTheSelectedTabAreRememberedPerVault(FxRobot robot) throws Exception {
        StateStore store = new StateStore(dir.resolve("config"));
        fx(() -> {
            main.openVault(vault, null, List.of());
            return null;
        });
        waitUntil(() -> pageLoaded("Home"));
        fx(() -> {
            main.openInNewTab(Location.note(NotePath.of("Concepts/Beta.md")));
            window.zoom(1);
            new WindowStateKeeper(store, stage, window, main).save(vault);
            return null;
        });
        List<NotePath> restored = fx(() -> {
            window.zoom(0);
            return new WindowStateKeeper(store, stage, window, main).restore(vault);
        });
        assertThat(restored).containsExactly(NotePath.of("Concepts/Beta.md"), NotePath.of("Home.md"));
        assertThat(fx(() -> window.zoomProperty().get())).isEqualTo(1.1);
        assertThat(fx(() -> new WindowStateKeeper(store, stage, window, main).restore(dir.resolve("other")))).isEmpty();
    }

    @Test
    void theSystemThemeIsFollowedUntilTheUserChoosesAndOnlyAChoiceIsRemembered(FxRobot robot) throws Exception {
        StateStore store = new StateStore(dir.resolve("config"));
        fx(() -> new WindowStateKeeper(store, stage, window, main, () -> true)); // no theme stored: ask the system
        waitUntil(() -> window.getStyleClass().contains("dark"));
        fx(() -> {
            new WindowStateKeeper(store, stage, window, main, () -> true).save(vault);
            return null;
        });
        assertThat(store.global().get("theme", "unset")).isEqualTo("unset");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !window.getStyleClass().contains("dark"));
        fx(() -> {
            window.theme().followSystem(true); // a late answer from the system no longer counts
            new WindowStateKeeper(store, stage, window, main, () -> true).save(vault);
            return null;
        });
        assertThat(fx(() -> window.getStyleClass().contains("dark"))).isFalse();
        assertThat(store.global().get("theme", "unset")).isEqualTo("light");
        fx(() -> {
            window.theme().setChosen(false);
            new WindowStateKeeper(store, stage, window, main, () -> true); // a remembered choice: the system is not asked
            return null;
        });
        assertThat(fx(() -> window.theme().chosen())).isTrue();
    }
}
