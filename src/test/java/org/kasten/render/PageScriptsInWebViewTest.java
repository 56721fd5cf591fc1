package org.kasten.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.Frontmatter;

/**
 * Loads a rendered page in a real (headless) JavaFX WebView with {@code loadContent}, as the window does, and
 * checks that Kasten's bundled scripts run under the page's Content-Security-Policy: KaTeX typesets math,
 * with its inlined fonts, highlight.js colours code, Mermaid draws the diagram, an injected inline script does not run, and vault
 * images show from {@code kasten://attachment/} URLs while files outside the vault do not.
 */
class PageScriptsInWebViewTest {

    private static WebEngine engine;

    @BeforeAll
    static void startFx() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        } catch (RuntimeException | LinkageError noPlatform) {
            Assumptions.abort("no JavaFX platform here (headless Monocle expected): " + noPlatform);
        }
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        engine = onFx(() -> new WebView().getEngine());
    }

    @Test
    void bundledScriptsRunAndNothingElseDoes() throws Exception {
        String markdown = """
                Inline $e^{2i\\pi} = 1$ and display:

                $$\\int_0^1 x^2\\,dx$$

                ```java
                int answer = 42; // a comment
                ```

                ```mermaid
                graph TD; A-->B
                ```
                """;
        String page = new NoteRenderer(new GraphVault()).renderPage(GraphVault.note("M.md", markdown, Frontmatter.EMPTY), Theme.LIGHT);
        // an inline script that slipped into the page would not have a hash in the CSP, so it must not run
        String tampered = page.replace("</article>", "</article><script>document.title = 'pwned';</script>");
        load(NoteRenderer.standalone(tampered)); // as kasten render prints it: the library in the page
        assertThat(waitFor("document.querySelectorAll('.katex').length", 2)).isEqualTo(2);
        assertThat(waitFor("document.querySelectorAll('code.hljs .hljs-keyword, code.hljs .hljs-type').length", 1)).isGreaterThanOrEqualTo(1);
        assertThat(waitFor("document.querySelectorAll('pre.mermaid svg').length", 1)).isEqualTo(1);
        assertThat(onFx(() -> (String) engine.executeScript("document.title"))).isEqualTo("M");
        // KaTeX's fonts are inlined as WOFF data URIs: the faces in use load (none fails)
        assertThat(onFx(() -> (String) engine.executeScript("var r = []; document.fonts.forEach(function (f) {"
                + " if (f.family.indexOf('KaTeX_Main') >= 0) { r.push(f.status); } }); r.join(',')")))
                .contains("loaded").doesNotContain("error");
    }

    @Test
    void aPageWithoutTheMermaidLibraryDrawsItsDiagramWithTheLibraryHandedIn() throws Exception {
        String page = new NoteRenderer(new GraphVault()).renderPage(
                GraphVault.note("D.md", "```mermaid\ngraph TD; A-->B\n```\n", Frontmatter.EMPTY), Theme.LIGHT);
        load(page); // no bridge yet: the page's own script finds no library and waits
        Thread.sleep(300);
        assertThat(onFx(() -> ((Number) engine.executeScript("document.querySelectorAll('pre.mermaid svg').length")).intValue()))
                .isZero();
        Library library = new Library();
        onFx(() -> {
            ((JSObject) engine.executeScript("window")).setMember("kasten", library);
            return engine.executeScript("if (window.kastenMermaid) { setTimeout(window.kastenMermaid, 20); }"); // as the window does
        });
        assertThat(waitFor("document.querySelectorAll('pre.mermaid svg').length", 1)).isEqualTo(1);
        assertThat(library.asked).isEqualTo(1);
    }

    /** What the window's bridge gives the page's own script (it must be public for WebKit to call it). */
    public static final class Library {
        int asked;

        public String mermaidLibrary() {
            asked++;
            return NoteRenderer.mermaidLibrary();
        }
    }

    @Test
    void showsVaultImagesAndNothingOutsideTheVault(@TempDir Path dir) throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        ImageIO.write(new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB), "png", vault.resolve("pic.png").toFile());
        ImageIO.write(new BufferedImage(9, 5, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("outside.png").toFile());
        try {
            Files.createSymbolicLink(vault.resolve("link.png"), dir.resolve("outside.png")); // a link leaving the vault
        } catch (IOException | UnsupportedOperationException e) {
            // no symbolic links here: link.png is then simply missing, and must not show either
        }
        AttachmentUrls.serve(vault);
        GraphVault targets = new GraphVault().attachment("pic.png").attachment("link.png");
        String markdown = "![[pic.png]]\n\n![[link.png]]\n\n<img src=\"" + dir.resolve("outside.png").toUri() + "\">\n";
        String page = new NoteRenderer(targets).renderPage(GraphVault.note("I.md", markdown, Frontmatter.EMPTY), Theme.DARK);
        // the page could still be edited to name the outside file: the scheme itself refuses it
        load(page.replace("</article>", "<img src=\"kasten://attachment/../outside.png\"></article>"));
        assertThat(waitFor("document.images.length == 4 && document.images[0].complete ? document.images[0].naturalWidth : 0", 7))
                .isEqualTo(7);
        Thread.sleep(500); // the other images had the same time to load
        assertThat(onFx(() -> ((Number) engine.executeScript("document.images[1].naturalWidth + document.images[2].naturalWidth"
                + " + document.images[3].naturalWidth")).intValue())).isZero();
    }

    @Test
    void showsAnImageAsItIsOnDiskNowNotAsWebKitFirstLoadedIt(@TempDir Path dir) throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Path other = Files.createDirectories(dir.resolve("other"));
        ImageIO.write(new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB), "png", vault.resolve("same.png").toFile());
        ImageIO.write(new BufferedImage(13, 5, BufferedImage.TYPE_INT_RGB), "png", other.resolve("same.png").toFile());
        GraphVault targets = new GraphVault().attachment("same.png");
        String page = new NoteRenderer(targets).renderPage(GraphVault.note("S.md", "![[same.png]]\n", Frontmatter.EMPTY), Theme.LIGHT);
        AttachmentUrls.serve(vault);
        load(AttachmentUrls.versioned(page, vault)); // as the workspace hands out every page
        assertThat(loadedImageWidth()).isEqualTo(7);

        ImageIO.write(new BufferedImage(11, 5, BufferedImage.TYPE_INT_RGB), "png", vault.resolve("same.png").toFile());
        Files.setLastModifiedTime(vault.resolve("same.png"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        load(AttachmentUrls.versioned(page, vault)); // the same page again, as going back to the note shows it
        assertThat(loadedImageWidth()).as("the image as edited on disk").isEqualTo(11);

        AttachmentUrls.serve(other); // another vault with an image at the same path, in the same window
        Files.setLastModifiedTime(other.resolve("same.png"), Files.getLastModifiedTime(vault.resolve("same.png")));
        load(AttachmentUrls.versioned(page, other));
        assertThat(loadedImageWidth()).as("the other vault's image").isEqualTo(13);
    }

    /** The width of the page's first image once it has loaded (0 when it did not within 30 s). */
    private static int loadedImageWidth() throws Exception {
        waitFor("document.images.length > 0 && document.images[0].complete ? 1 : 0", 1);
        return onFx(() -> ((Number) engine.executeScript("document.images[0].naturalWidth")).intValue());
    }

    private static void load(String page) throws Exception {
        CompletableFuture<Worker.State> loaded = new CompletableFuture<>();
        Platform.runLater(() -> {
            ChangeListener<Worker.State> listener = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Worker.State> obs, Worker.State old, Worker.State state) {
                    if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED) {
                        engine.getLoadWorker().stateProperty().removeListener(this);
                        loaded.complete(state);
                    }
                }
            };
            engine.getLoadWorker().stateProperty().addListener(listener);
            engine.loadContent(page);
        });
        assertThat(loaded.get(60, TimeUnit.SECONDS)).isEqualTo(Worker.State.SUCCEEDED);
    }

    /** Polls a numeric expression until it reaches {@code wanted} or 30 s pass; returns the last value. */
    private static int waitFor(String expression, int wanted) throws Exception {
        int value = -1;
        for (int i = 0; i < 300; i++) {
            value = onFx(() -> ((Number) engine.executeScript(expression)).intValue());
            if (value >= wanted) {
                return value;
            }
            Thread.sleep(100);
        }
        return value;
    }

    private static <T> T onFx(Supplier<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
