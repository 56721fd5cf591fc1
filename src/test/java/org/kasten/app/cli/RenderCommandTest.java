package org.kasten.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kasten render VAULT NOTE}: the page on stdout, exit 1 with one line for what cannot be read. */
class RenderCommandTest {

    @TempDir
    Path vault;

    private String out;
    private String err;

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

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = KastenCommand.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void printsTheResolvedPage() throws IOException {
        assertThat(run("render", vault.toString(), "Home")).isZero();
        assertThat(err).isEmpty();
        Document page = Jsoup.parse(out);
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'; script-src 'none';");
        assertThat(page.select("a[href=kasten://note/Age%20of%20Research.md]").text()).isEqualTo("the age");
        assertThat(page.select("a.ghost").attr("href")).isEqualTo("kasten://ghost/Missing%20Concept");
        assertThat(page.select("a.tag").attr("href")).isEqualTo("kasten://tag/hub");
        assertThat(page.select("img.embed-image").attr("src")).isEqualTo("kasten://attachment/img/pic.png"); // never file:
        assertThat(page.select("div.callout[data-callout=tip] .callout-title").text()).isEqualTo("Über");
        assertThat(page.select("html").hasClass("theme-light")).isTrue();
    }

    @Test
    void darkTheme() {
        assertThat(run("render", vault.toString(), "Home", "--theme", "dark")).isZero();
        assertThat(Jsoup.parse(out).select("html").hasClass("theme-dark")).isTrue();
    }

    @Test
    void unknownNoteIsOneLineAndExitOne() {
        assertThat(run("render", vault.toString(), "Nowhere")).isEqualTo(1);
        assertThat(out).isEmpty();
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).startsWith("kasten: note not found").contains("Nowhere");
    }

    @Test
    void missingVaultIsOneLineAndExitOne() {
        assertThat(run("render", vault.resolve("nope").toString(), "Home")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("kasten: vault not found: " + vault.resolve("nope"));
    }

    @Test
    void unknownThemeIsUsageError() {
        assertThat(run("render", vault.toString(), "Home", "--theme", "blue")).isEqualTo(2);
        assertThat(err).contains("unknown theme 'blue'");
    }
}
