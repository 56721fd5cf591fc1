package org.kasten.ui.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

import javax.imageio.ImageIO;

/** Writes the window to a PNG once the first page has loaded (the {@code --screenshot} option). */
final class Screenshot {

    /** Time for the local graph and late layout to settle after the page loaded. */
    private static final Duration SETTLE = Duration.millis(1200);

    private Screenshot() {
    }

    /**
     * Waits until every note is read ({@code vaultRead}) and {@code window}'s selected page is loaded, then
     * snapshots {@code scene} and calls {@code done}.
     */
    static void whenReady(MainWindow window, Scene scene, Path file, java.util.function.BooleanSupplier vaultRead,
                          java.util.function.IntConsumer done) {
        PauseTransition poll = new PauseTransition(Duration.millis(100));
        long deadline = System.currentTimeMillis() + 60_000;
        poll.setOnFinished(e -> {
            NoteTab tab = window.noteTabs().current();
            if (tab != null && tab.loadedProperty().get() && vaultRead.getAsBoolean()) {
                PauseTransition settle = new PauseTransition(SETTLE);
                settle.setOnFinished(s -> {
                    if (window.noteTabs().current() == tab && tab.loadedProperty().get()) {
                        done.accept(write(scene, file));
                    } else {
                        poll.playFromStart(); // the page was replaced meanwhile (the full vault arrived): wait again
                    }
                });
                settle.play();
            } else if (System.currentTimeMillis() > deadline) {
                System.err.println("kasten: no page loaded within a minute; no screenshot written");
                done.accept(1);
            } else {
                poll.playFromStart();
            }
        });
        poll.play();
    }

    /**
     * Waits until the global graph is shown for the whole vault and its layout has settled (at most three
     * minutes), then snapshots {@code scene} and calls {@code done}.
     */
    static void whenGraphReady(MainWindow window, Scene scene, Path file, java.util.function.IntConsumer done) {
        PauseTransition poll = new PauseTransition(Duration.millis(200));
        long deadline = System.currentTimeMillis() + 180_000;
        poll.setOnFinished(e -> {
            GraphTab tab = window.graphTab();
            var model = window.graphModel();
            var runner = model.runner();
            boolean ready = tab != null && runner != null && runner.settled()
                    && runner.graph() == model.pictureProperty().get().data() && model.builtForLoadedVault();
            if (ready) {
                if (model.currentLocation() != null && window.revealRequested()) {
                    tab.revealCurrent(); // the settled position, not the one it had when first revealed
                }
                PauseTransition settle = new PauseTransition(Duration.millis(400));
                settle.setOnFinished(s -> {
                    tab.canvas().draw();
                    done.accept(write(scene, file));
                });
                settle.play();
            } else if (System.currentTimeMillis() > deadline) {
                System.err.println("kasten: the graph was not laid out within three minutes; no screenshot written");
                done.accept(1);
            } else {
                poll.playFromStart();
            }
        });
        poll.play();
    }

    /** Snapshots the scene to {@code file}; returns the exit code (0 written, 1 failed with a message). */
    static int write(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            System.out.println("screenshot written: " + file);
            return 0;
        } catch (IOException e) {
            System.err.println("kasten: cannot write screenshot " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
