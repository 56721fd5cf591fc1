package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.KastenUrl;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;

/** Rendering through the workspace: notes, ghost pages, themes, and the real Obsidian help vault. */
class WorkspaceRenderTest {

    @Test
    void ghostPageListsWhoLinksThere(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("A.md"), "# A\nSee [[Missing Concept]] here.\n");
        Files.writeString(vault.resolve("B.md"), "# B\nAnd [[missing concept]] too.\n");
        try (Workspace workspace = Workspace.open(vault, Progress.NONE)) {
            workspace.setTheme("dark");
            Document page = Jsoup.parse(workspace.renderGhost("Missing Concept"));
            assertThat(page.select("html").hasClass("theme-dark")).isTrue();
            assertThat(page.select("h1").text()).isEqualTo("Missing Concept");
            assertThat(page.select("ul.backlinks a").eachAttr("href")).containsExactly("kasten://note/A.md", "kasten://note/B.md");
            assertThat(page.select("ul.backlinks .context").eachText()).containsExactly("See [[Missing Concept]] here.",
                    "And [[missing concept]] too.");
            assertThatThrownBy(() -> workspace.setTheme("sepia")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> workspace.renderHtml(NotePath.of("Nope.md"))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /**
     * WebKit keeps an image by its address for the whole session: a page handed out again after its image was
     * edited on disk, or another vault's page with an image at the same path, must name it by another address.
     */
    @Test
    void aPageNamesItsImageByANewAddressOnceTheFileChanged(@TempDir Path dir) throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.writeString(vault.resolve("A.md"), "# A\n![[pic.png]]\n");
        Files.write(vault.resolve("pic.png"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(vault.resolve("pic.png"), FileTime.fromMillis(1_700_000_000_000L));
        Files.copy(vault.resolve("A.md"), copy.resolve("A.md"));
        Files.copy(vault.resolve("pic.png"), copy.resolve("pic.png"), StandardCopyOption.COPY_ATTRIBUTES);
        try (Workspace workspace = Workspace.open(vault, Progress.NONE);
                Workspace other = Workspace.open(copy, Progress.NONE)) {
            String first = imageSource(workspace);
            assertThat(KastenUrl.read(first).value()).isEqualTo("pic.png");
            assertThat(imageSource(workspace)).as("unchanged file, same address").isEqualTo(first);

            Files.write(vault.resolve("pic.png"), new byte[] {4, 5, 6}); // same size
            Files.setLastModifiedTime(vault.resolve("pic.png"), FileTime.fromMillis(1_700_000_001_000L));
            String edited = imageSource(workspace);
            assertThat(edited).as("the page kept from before the edit").isNotEqualTo(first);
            assertThat(KastenUrl.read(edited).value()).isEqualTo("pic.png");

            assertThat(imageSource(other)).as("another vault, same path, size and time").isNotEqualTo(first);
        }
    }

    private static String imageSource(Workspace workspace) {
        return Jsoup.parse(workspace.renderHtml(NotePath.of("A.md"))).select("img.embed-image").attr("src");
    }

    @Test
    void bareSeeAlsoEntriesOfTheBundledHomeNoteAreLinks() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("notes")), "bundled notes not present");
        try (Workspace workspace = Workspace.open(Path.of("notes"), Progress.NONE)) {
            Note home = workspace.graph().find("Ilya Sutskever on the Age of Research").orElseThrow();
            Document page = Jsoup.parse(workspace.renderHtml(home.path()));
            List<String> hrefs = page.select("h2#see-also + ul > li > a").eachAttr("href");
            assertThat(hrefs).contains("kasten://note/Concepts/Age%20of%20Research.md",
                    "kasten://note/Concepts/Generalization%20Gap.md");
            long resolved = workspace.graph().seeAlso(home.path()).stream().filter(l -> l.resolution().resolved()).count();
            assertThat(page.select("h2#see-also + ul > li > a.internal")).hasSize((int) resolved);
        }
    }

    @Test
    void rendersEveryNoteOfTheObsidianHelpVault() throws Exception {
        Path corpus = Path.of(System.getProperty("kasten.shared", "../shared"), "corpora", "obsidian-help-en");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus not present: " + corpus);
        int callouts = 0;
        int embeds = 0;
        int math = 0;
        int internal = 0;
        List<String> failures = new ArrayList<>();
        try (Workspace workspace = Workspace.open(corpus, Progress.NONE)) {
            for (Note note : workspace.graph().notes()) {
                try {
                    Document page = Jsoup.parse(workspace.renderHtml(note.path()));
                    callouts += page.select(".callout").size();
                    embeds += page.select(".embed, img.embed-image").size();
                    math += page.select(".math").size();
                    internal += page.select("a.internal[href^=kasten://note/]").size();
                    assertThat(page.select("script").size()).isEqualTo(page.select(".math").isEmpty()
                            && page.select("code[class^=language-]").isEmpty() && page.select("pre.mermaid").isEmpty() ? 0
                            : page.select("script").size());
                } catch (RuntimeException | AssertionError e) {
                    failures.add(note.path() + ": " + e);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(callouts).as("callouts").isGreaterThan(100);
        assertThat(embeds).as("embeds").isGreaterThan(10);
        assertThat(math).as("math").isGreaterThan(0);
        assertThat(internal).as("internal links").isGreaterThan(500);
    }

    @Test
    void headingAnchorsAgreeWithTheParser() throws IOException, VaultException {
        Path shared = Path.of(System.getProperty("kasten.shared", "../shared"));
        List<Path> vaults = new ArrayList<>(List.of(Path.of("notes"), shared.resolve("corpora/obsidian-help-en"),
                shared.resolve("corpora/foam-docs")));
        vaults.removeIf(v -> !Files.isDirectory(v));
        Assumptions.assumeTrue(!vaults.isEmpty(), "no vault to check");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path vault : vaults) {
            try (Workspace workspace = Workspace.open(vault, Progress.NONE)) {
                for (Note note : workspace.graph().notes()) {
                    Document page = Jsoup.parse(workspace.renderHtml(note.path()));
                    for (var h : note.headings()) {
                        checked++;
                        if (page.getElementById(h.anchor()) == null) {
                            missing.add(vault.getFileName() + "/" + note.path() + "#" + h.anchor());
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(missing).isEmpty();
    }
}
