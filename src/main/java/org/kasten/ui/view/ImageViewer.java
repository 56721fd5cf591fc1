package org.kasten.ui.view;

import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.kasten.note.NotePath;

/**
 * Kasten's image viewer: a window of its own showing an image attachment (clicked in a note or in a graph), fitted
 * to the window and never enlarged beyond its own size; Escape closes it. One window, reused. The file is read,
 * never written; an image that cannot be decoded says so.
 */
final class ImageViewer {

    private final Window owner;
    private final ImageView view = new ImageView();
    private final Label problem = new Label();
    private Stage stage;
    private ScrollPane scroll;
    private NotePath shown;

    ImageViewer(Window owner) {
        this.owner = owner;
        view.setPreserveRatio(true);
        view.setSmooth(true);
        problem.getStyleClass().add("text-muted");
    }

    /** Shows {@code file} (the attachment {@code path} of the vault). */
    void show(NotePath path, Path file) {
        if (stage == null) {
            ScrollPane scroll = new ScrollPane(new StackPane(view, problem));
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
                stage.getIcons().setAll(owner instanceof Stage s ? s.getIcons() : java.util.List.of());
            }
            Scene scene = new Scene(scroll, 900, 700);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    stage.hide();
                }
            });
            stage.setScene(scene);
            scroll.widthProperty().addListener((obs, o, n) -> fit());
            scroll.heightProperty().addListener((obs, o, n) -> fit());
            this.scroll = scroll;
        }
        shown = path;
        Image image = new Image(file.toUri().toString(), true); // loaded off the FX thread
        problem.setText("");
        image.errorProperty().addListener((obs, old, failed) -> {
            if (failed && image == view.getImage()) {
                problem.setText("This image cannot be shown: " + (image.getException() == null
                        ? "its format is not understood" : image.getException().getMessage()));
            }
        });
        view.setImage(image);
        image.progressProperty().addListener((obs, old, p) -> fit());
        fit();
        stage.setTitle(path.fileName() + " \u2014 Kasten");
        stage.show();
        stage.toFront();
    }

    /** Fits the image into the window, never enlarged beyond its own size. */
    private void fit() {
        Image image = view.getImage();
        if (scroll == null || image == null || image.getWidth() <= 0) {
            return;
        }
        view.setFitWidth(Math.max(1, Math.min(image.getWidth(), scroll.getWidth() - 4)));
        view.setFitHeight(Math.max(1, Math.min(image.getHeight(), scroll.getHeight() - 4)));
    }

    /** The attachment shown now, or null when the viewer is closed (for tests). */
    NotePath shown() {
        return stage != null && stage.isShowing() ? shown : null;
    }

    /** The image shown (for tests). */
    Image image() {
        return view.getImage();
    }
}
