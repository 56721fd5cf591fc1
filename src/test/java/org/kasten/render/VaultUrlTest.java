package org.kasten.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kasten.note.Frontmatter;

/**
 * Nothing outside the vault: a page holds no {@code file:} URL, vault files are {@code kasten://attachment/}
 * URLs of plain paths inside the vault, the page's policy loads images only from those and {@code data:},
 * and the scheme serves only image files whose real path is inside the vault.
 */
class VaultUrlTest {

    private final GraphVault vault = new GraphVault().attachment("img/pic.png").attachment("files/doc.pdf");
    private final NoteRenderer renderer = new NoteRenderer(vault);

    @ParameterizedTest
    @ValueSource(strings = {
        "<img src=\"file:///etc/passwd\">", "<img src=\"FILE:///etc/passwd\">", "<img src=\" file:///etc/passwd\">",
        "<img src=\"file:/etc/passwd\">", "<img src=\"file://localhost/etc/passwd\">", "<a href=\"file:///etc/passwd\">x</a>",
        "<a href=\"FiLe:///etc/passwd\">x</a>", "[x](file:///etc/passwd)", "![x](file:///etc/passwd)", "![[file:///etc/passwd]]",
        "[x]\n\n[x]: file:///etc/passwd", "<img src=\"kasten://attachment/../../etc/passwd\">",
        "<img src=\"kasten://attachment/%2E%2E/%2E%2E/etc/passwd\">", "<img src=\"kasten://attachment//etc/passwd\">",
        "<a href=\"kasten://attachment/img/../../secret.png\">x</a>", "[x](kasten://attachment/../../etc/passwd)",
        "![x](kasten://attachment/../../etc/passwd)", "<img src=\"kasten://attachment/img\\..\\..\\x.png\">",
        "<img src=\"kasten://attachment/./img/pic.png\">"})
    void noUrlLeavesTheVault(String markdown) {
        String page = renderer.renderPage(GraphVault.note("X.md", markdown, Frontmatter.EMPTY), Theme.LIGHT);
        for (String url : urls(Jsoup.parse(page))) {
            assertThat(url.strip().toLowerCase()).as(url).doesNotStartWith("file:");
            if (url.startsWith("kasten://attachment")) {
                assertThat(HtmlSanitizer.isVaultFile(url)).as(url).isTrue();
            }
        }
    }

    @Test
    void vaultFilesAreKastenAttachmentUrlsAndThePolicyAllowsOnlyThose() {
        String markdown = "![[pic.png|300]] ![alt](img/pic.png) [[doc.pdf]] <img src=\"kasten://attachment/img/pic.png\">";
        Document page = Jsoup.parse(renderer.renderPage(GraphVault.note("X.md", markdown, Frontmatter.EMPTY), Theme.LIGHT));
        assertThat(page.select("img").eachAttr("src")).containsExactly("kasten://attachment/img/pic.png",
                "kasten://attachment/img/pic.png", "kasten://attachment/img/pic.png");
        assertThat(page.select("a.attachment").attr("href")).isEqualTo("kasten://attachment/files/doc.pdf");
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("img-src kasten: data:;").doesNotContain("file:");
    }

    @Test
    void theSchemeServesImagesInsideTheVaultOnly(@TempDir Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("vault"));
        Files.createDirectories(root.resolve("img"));
        Files.write(root.resolve("img/pic 1.png"), new byte[] {1, 2, 3});
        Files.write(root.resolve("notes.md"), new byte[] {4});
        Files.write(dir.resolve("outside.png"), new byte[] {5});
        Files.createDirectories(root.resolve("dir.png"));
        boolean links = symlink(root.resolve("link.png"), dir.resolve("outside.png"))
                & symlink(root.resolve("out"), dir);
        assertThat(AttachmentUrls.image("kasten://attachment/img/pic%201.png", root))
                .contains(root.resolve("img/pic 1.png").toRealPath());
        for (String url : List.of("kasten://attachment/../outside.png", "kasten://attachment/img/../../outside.png",
                "kasten://attachment/%2E%2E/outside.png", "kasten://attachment/" + dir.resolve("outside.png"),
                "kasten://attachment/notes.md", "kasten://attachment/dir.png", "kasten://attachment/missing.png",
                "kasten://attachment/", "kasten://note/img/pic%201.png", "file://" + root.resolve("img/pic 1.png"))) {
            assertThat(AttachmentUrls.image(url, root)).as(url).isEmpty();
        }
        if (links) {
            assertThat(AttachmentUrls.image("kasten://attachment/link.png", root)).isEmpty();
            assertThat(AttachmentUrls.image("kasten://attachment/out/outside.png", root)).isEmpty();
        }
    }

    @Test
    void javaNetworkingOpensTheSchemeAsTheWebViewDoes(@TempDir Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("vault"));
        Files.write(root.resolve("pic.png"), new byte[] {7, 8});
        Files.write(dir.resolve("outside.png"), new byte[] {5});
        AttachmentUrls.serve(root);
        URL inside = new URL("kasten://attachment/pic.png");
        assertThat(inside.openConnection().getContentType()).isEqualTo("image/png");
        try (InputStream in = inside.openStream()) {
            assertThat(in.readAllBytes()).containsExactly(7, 8);
        }
        URL outside = new URL("kasten://attachment/../outside.png");
        org.assertj.core.api.Assertions.assertThatThrownBy(outside::openStream).isInstanceOf(IOException.class);
    }

    private static boolean symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // no symbolic links on this file system
        }
    }

    private static List<String> urls(Document page) {
        return page.select("[href], [src]").stream()
                .flatMap((Element e) -> List.of(e.attr("href"), e.attr("src")).stream())
                .filter(url -> !url.isEmpty()).toList();
    }
}
