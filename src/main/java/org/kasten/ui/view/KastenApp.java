package org.kasten.ui.view;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.kasten.app.StartupTimer;
import org.kasten.note.Daemons;
import org.kasten.note.NotePath;
import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.StateStore;

/**
 * The window's life: builds it on the vault of its {@link LaunchRequest}, and stops the work behind it when it
 * closes. It is started with {@link Platform#startup} rather than {@code Application.launch}, which would create
 * the application itself and could hand it its request only through a static field; it stays an
 * {@link Application} for the {@code HostServices} that open web links in the browser.
 */
final class KastenApp extends Application {

    private final LaunchRequest request;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    /** Two workers; work still arriving while the window closes is dropped, not reported as an error. */
    private final ExecutorService background = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), Daemons.named("kasten-worker"), new ThreadPoolExecutor.DiscardPolicy());
    private MainViewModel main;
    private MainWindow window;
    private WindowStateKeeper keeper;
    private Stage stage;
    private Path vault;
    private javafx.scene.web.WebView warmup;
    private boolean ending;

    /** Runs a task that only waits (for the index) on a daemon thread of its own, not on a worker. */
    private static void waitApart(Runnable task) {
        Daemons.start("kasten-index-wait", task);
    }

    private KastenApp(LaunchRequest request) {
        this.request = request;
    }

    /**
     * Starts the JavaFX platform, shows the window and blocks until it closes (or the screenshot is written);
     * returns the process exit code. A failure while the window is built is one line on stderr and code 1.
     *
     * @throws IllegalStateException or {@link UnsatisfiedLinkError} where JavaFX cannot start (no display)
     */
    static int run(LaunchRequest request) {
        KastenApp app = new KastenApp(request);
        FxToolkit.run(() -> {
            try {
                app.start(new Stage());
            } catch (RuntimeException | Error e) { // any Error too: else the caller would wait for ever
                System.err.println("kasten: the window cannot be built: " + e);
                app.exit(1);
            }
        });
        return app.exitCode.join();
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        StartupTimer timer = request.timer();
        timer.mark("fx-started");
        StateStore store = StateStore.forUser();
        main = new MainViewModel(request.opener(), background, Platform::runLater, timer, KastenApp::waitApart);
        main.setWatching(request.screenshot() == null);
        boolean dark = request.theme().startDark(); // the remembered choice, else the desktop's preference
        window = new MainWindow(main, url -> getHostServices().showDocument(url), this::openVault,
                store::recentVaults, dark);
        timer.mark("window-built");
        Scene scene = new Scene(window, 1280, 820);
        scene.getStylesheets().add(KastenApp.class.getResource("kasten.css").toExternalForm());
        keeper = new WindowStateKeeper(store, stage, window, main, request.theme()::systemDark);
        if (timer.on()) {
            window.applyCss();
            timer.mark("css-applied");
            window.layout();
            timer.mark("laid-out");
        }
        stage.setTitle("Kasten");
        stage.setScene(scene);
        if (request.screenshot() != null) {
            main.errorProperty().addListener((obs, old, error) -> {
                if (error != null) {
                    System.err.println("kasten: " + error);
                    exit(1);
                }
            });
        } else {
            window.showErrorsInDialogs();
        }
        main.workspaceProperty().addListener((obs, old, ws) -> {
            if (ws != null) {
                timer.mark("vault-loaded");
                if (timer.on()) { // a large vault's reopen is timed to every note read and its index ready
                    ws.whenLoaded(() -> timer.markOnce("every-note-read")); // at once for a vault loaded whole
                }
                store.rememberVault(ws.root());
                stage.setTitle(ws.root().getFileName() + " \u2014 Kasten");
            }
        });
        stage.setOnCloseRequest(e -> keeper.save(vault));
        stage.setOnHidden(e -> exit(0));
        if (request.vault() == null) {
            stage.show();
            main.errorProperty().set("No vault given and no bundled notes/ folder found next to Kasten.");
        } else {
            openVault(request.vault(), request.note());
            stage.show();
        }
        timer.mark("window-shown");
        Platform.runLater(() -> {
            if (!window.noteTabs().getTabs().isEmpty()) {
                return; // the vault loaded during start-up: the first page starts WebKit itself, sooner
            }
            // start WebKit while the vault loads, so the first page does not pay for it
            warmup = new javafx.scene.web.WebView();
            warmup.getEngine().loadContent("<html></html>");
            timer.mark("webkit-warm");
        });
        window.noteTabs().firstPageLoaded(() -> timer.mark("first-page-loaded"));
        if (timer.on()) {
            main.indexingProperty().addListener((obs, was, now) -> {
                if (was && !now) {
                    timer.markOnce("index-ready");
                }
            });
        }
        if (request.graph()) {
            window.noteTabs().firstPageLoaded(request.note() != null ? window::revealInGraph : window::showGraph);
        }
        if (request.screenshot() != null && request.graph()) {
            Screenshot.whenGraphReady(window, scene, request.screenshot(), this::exit);
        } else if (request.screenshot() != null) {
            Screenshot.whenReady(window, scene, request.screenshot(),
                    () -> main.workspaceProperty().get() != null && main.workspaceProperty().get().isLoaded(), this::exit);
        }
    }

    private void openVault(Path folder) {
        openVault(folder, null);
    }

    private void openVault(Path folder, String note) {
        keeper.save(vault);
        vault = folder.toAbsolutePath().normalize();
        List<NotePath> tabs = keeper.restore(vault);
        main.openVault(vault, note, tabs);
    }

    /** Ends the run once: stops the work behind the window, then the platform, then tells {@link #run}. */
    private void exit(int code) {
        if (ending) {
            return; // Platform.exit hides the window, which asks again
        }
        ending = true;
        try {
            stop();
        } finally {
            Platform.exit();
            exitCode.complete(code);
        }
    }

    @Override
    public void stop() {
        if (main != null) {
            main.stopWatching();
            main.graph().stop();
        }
        background.shutdownNow();
        if (main != null && main.workspaceProperty().get() != null) {
            main.workspaceProperty().get().close();
        }
    }
}
