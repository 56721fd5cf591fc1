package org.kasten.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kasten render VAULT NOTE}: the page on stdout, exit 1 with one line for what cannot be read. */
class RenderCommandTest {

    private final Cli cli = new Cli();

    @TempDir
    Path vault;

    @BeforeEach
    void writeVault() throws IOException {
        Files.createDirectories(vault.resolve("img"));
        Files.write(vault.resolve("img/pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(vault.resolve("Home.md"), """
                ---
                tags: [hub]
                ---
                # Home
                Read [[Age of Research|the age]] and [[Missing Concept]], see ![[pic.png|200]].
                > [!tip] Über
                > Grüße
                """);
        Files.writeString(vault.resolve("Age of Research.md"), "# Age of Research\nBack [[Home]].\n");
    }

    @Test
    void printsTheResolvedPage() throws IOException {
        assertThat(cli.run("render", vault.toString(), "Home")).isZero();
        assertThat(cli.err()).isEmpty();
        Document page = Jsoup.parse(cli.out());
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'; script-src 'none';");
        assertThat(page.select("a[href=kasten://note/Age%20of%20Research.md]").text()).isEqualTo("the age");
        assertThat(page.select("a.ghost").attr("href")).isEqualTo("kasten://ghost/Missing%20Concept");
        assertThat(page.select("a.tag").attr("href")).isEqualTo("kasten://tag/hub");
        // never file:; with the file's version, as the window gets it (WebKit keeps an image by its address)
        assertThat(page.select("img.embed-image").attr("src")).matches("kasten://attachment/img/pic\\.png\\?v=[0-9a-z]+");
        assertThat(page.select("div.callout[data-callout=tip] .callout-title").text()).isEqualTo("Über");
        assertThat(page.select("html").hasClass("theme-light")).isTrue();
    }

    @Test
    void darkTheme() {
        assertThat(cli.run("render", vault.toString(), "Home", "--theme", "dark")).isZero();
        assertThat(Jsoup.parse(cli.out()).select("html").hasClass("theme-dark")).isTrue();
    }

    @Test
    void unknownNoteIsOneLineAndExitOne() {
        assertThat(cli.run("render", vault.toString(), "Nowhere")).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(cli.err()).startsWith("kasten: note not found").contains("Nowhere");
    }

    @Test
    void missingVaultIsOneLineAndExitOne() {
        assertThat(cli.run("render", vault.resolve("nope").toString(), "Home")).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("kasten: vault not found: " + vault.resolve("nope"));
    }

    @Test
    void unknownThemeIsUsageError() {
        assertThat(cli.run("render", vault.toString(), "Home", "--theme", "blue")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown theme 'blue'");
    }
}
