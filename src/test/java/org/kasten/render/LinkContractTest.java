package org.kasten.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.graph.ConceptGraph;
import org.kasten.note.KastenUrl;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.ResolvedLink;
import org.kasten.testing.SharedFolders;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;

/**
 * The link contract between the page and the graph: every link the renderer writes into a note's page
 * (wiki-links, Markdown links, embeds, "See also" entries, links in properties) leads where the concept graph
 * resolves that note's links: the same note and heading or block, the same ghost, the same file. Checked per
 * note as two lists of destinations, over the bundled notes and the shared corpora (skipped where absent).
 */
class LinkContractTest {

    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("\\[[^\\]]+]:\\s");

    @Test
    void bundledNotesRenderEveryLinkWhereTheGraphResolvesIt() throws IOException {
        assertThat(mismatches(Path.of("notes"), 20)).isEmpty();
    }

    @Test
    void obsidianHelpRendersEveryLinkWhereTheGraphResolvesIt() throws IOException {
        assertThat(mismatches(SharedFolders.require("corpora/obsidian-help-en"), 1000)).isEmpty();
    }

    @Test
    void foamDocsRenderEveryLinkWhereTheGraphResolvesIt() throws IOException {
        assertThat(mismatches(SharedFolders.require("corpora/foam-docs"), 100)).isEmpty();
    }

    /**
     * A Markdown link is a file path: from {@code Sub/A.md}, {@code B.md} is the sibling {@code Sub/B.md} before
     * the root's {@code B.md}; a wiki-link {@code [[B]]} is a name, and the root's note wins.
     */
    @Test
    void markdownLinksResolveRelativeToTheNoteAsInTheGraph(@TempDir Path vault) throws IOException {
        Files.createDirectories(vault.resolve("Sub"));
        Files.writeString(vault.resolve("B.md"), "# B at the root\n");
        Files.writeString(vault.resolve("Sub/B.md"), "# B in Sub\n");
        Files.writeString(vault.resolve("Sub/A.md"), "[sibling](B.md) ![img](B.md) and [[B]]\n");

        assertThat(mismatches(vault, 3)).isEmpty();
    }

    /**
     * A wiki-link to a web address ({@code [[https://…]]}, {@code [[mailto:…]]}) is a link out of the vault on
     * the page and no concept in the graph (no ghost called "https"); a name with a colon in it
     * ({@code [[Re: Planning]]}, an alias) is a name in both.
     */
    @Test
    void wikiLinksToWebAddressesLeaveTheVaultInBoth(@TempDir Path vault) throws IOException {
        Files.writeString(vault.resolve("Planning.md"), "---\naliases: [\"Re: Planning\"]\n---\n# Planning\n");
        Files.writeString(vault.resolve("A.md"), "[[https://example.com/page#part|the site]], [[mailto:me@example.com]]"
                + " and [[Re: Planning]]\n");

        assertThat(mismatches(vault, 1)).isEmpty();
        LoadedVault loaded = new VaultLoader().load(vault, Progress.NONE);
        ConceptGraph graph = ConceptGraph.build(loaded.notes(), loaded.attachments());
        assertThat(graph.outgoing(NotePath.of("A.md"))).extracting(link -> link.link().target())
                .containsExactly("Re: Planning");
        Document page = Jsoup.parseBodyFragment(new NoteRenderer(new GraphLinkTargets(graph, vault))
                .renderBody(graph.note(NotePath.of("A.md")).orElseThrow()));
        assertThat(page.select("a.external")).extracting(a -> a.attr("href"))
                .containsExactly("https://example.com/page#part", "mailto:me@example.com");
    }

    /**
     * "See also" inside a transcluded note: its entries link as on that note's own page (its see-also list,
     * resolved from its folder), and they are not the embedding note's see-also.
     */
    @Test
    void seeAlsoInsideAnEmbedLinksAsOnItsOwnPage(@TempDir Path vault) throws IOException {
        Files.createDirectories(vault.resolve("Sub"));
        Files.writeString(vault.resolve("Target.md"), "# Target at the root\n");
        Files.writeString(vault.resolve("Sub/Target.md"), "# Target in Sub\n");
        Files.writeString(vault.resolve("Sub/Inner.md"), "# Inner\n\nText.\n\n## See also\n\n- Target — the one beside it\n"
                + "- Nowhere — a ghost\n");
        Files.writeString(vault.resolve("Host.md"), "# Host\n\n![[Inner]]\n\nSee also\n- Planning\n");

        assertThat(mismatches(vault, 3)).isEmpty();
        LoadedVault loaded = new VaultLoader().load(vault, Progress.NONE);
        ConceptGraph graph = ConceptGraph.build(loaded.notes(), loaded.attachments());
        NoteRenderer renderer = new NoteRenderer(new GraphLinkTargets(graph, vault));
        Document own = Jsoup.parseBodyFragment(renderer.renderBody(graph.note(NotePath.of("Sub/Inner.md")).orElseThrow()));
        Document host = Jsoup.parseBodyFragment(renderer.renderBody(graph.note(NotePath.of("Host.md")).orElseThrow()));
        List<String> ownLinks = own.select("a.internal, a.ghost").eachAttr("href");
        assertThat(ownLinks).hasSize(2);
        assertThat(host.select(".embed-content a.internal, .embed-content a.ghost").eachAttr("href")).isEqualTo(ownLinks);
        assertThat(graph.seeAlso(NotePath.of("Host.md"))).extracting(link -> link.link().target())
                .containsExactly("Planning");
    }

    /** For each note whose page and graph disagree: the note, then what only the graph and only the page hold. */
    static List<String> mismatches(Path folder, int minimumLinks) throws IOException {
        LoadedVault vault = new VaultLoader().load(folder, Progress.NONE);
        ConceptGraph graph = ConceptGraph.build(vault.notes(), vault.attachments());
        NoteRenderer renderer = new NoteRenderer(new GraphLinkTargets(graph, folder));
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (Note note : graph.notes()) {
            String body = renderer.renderBody(note);
            if (body.contains("large-note-notice")) {
                continue; // shown as plain text on purpose: no links at all
            }
            List<String> references = new ArrayList<>();
            List<String> expected = graphDestinations(graph, note, references);
            List<String> rendered = pageDestinations(body, note.path());
            compared += expected.size() + references.size();
            List<String> onlyGraph = minus(expected, rendered);
            List<String> onlyPage = minus(rendered, expected);
            onlyPage.removeAll(references);
            if (!onlyGraph.isEmpty() || !onlyPage.isEmpty()) {
                mismatches.add(note.path() + ": graph only " + onlyGraph + ", page only " + onlyPage);
            }
        }
        assertThat(compared).as("links compared in " + folder).isGreaterThanOrEqualTo(minimumLinks);
        return mismatches;
    }

    /**
     * Where the graph says each link of {@code note} leads, as {@code note path#id}, {@code ghost name} …; the
     * destinations of reference definitions ({@code [id]: url}) go to {@code references}: the page shows each
     * of their uses ({@code [text][id]}), any number of times, and not the definition.
     */
    private static List<String> graphDestinations(ConceptGraph graph, Note note, List<String> references) {
        List<String> out = new ArrayList<>();
        for (ResolvedLink link : graph.outgoing(note.path())) {
            boolean definition = link.link().context() != null
                    && REFERENCE_DEFINITION.matcher(link.link().context()).lookingAt();
            var resolution = link.resolution();
            (definition ? references : out).add(switch (resolution.status()) {
                case NOTE -> "note " + resolution.path() + "#" + anchorId(link.link().anchor());
                case ATTACHMENT -> "attachment " + resolution.path();
                case GHOST -> "ghost " + resolution.name();
                case MISSING_ATTACHMENT -> (link.link().kind().isEmbed() ? "missing " : "ghost ") + resolution.name();
            });
        }
        return out;
    }

    /** The element id a link's anchor names: the block id as written, else the slug of the last heading. */
    private static String anchorId(String anchor) {
        String id = HrefResolver.anchorId(anchor);
        return id == null ? "" : id;
    }

    /** Where each vault link the page shows leads (transcluded content left out: it is the other note's). */
    private static List<String> pageDestinations(String body, NotePath self) {
        Document page = Jsoup.parseBodyFragment(body);
        page.select(".embed-content").remove();
        List<String> out = new ArrayList<>();
        for (Element element : page.select("a.internal, a.ghost, a.attachment, img.embed-image, span.missing-embed")) {
            if (element.hasClass("missing-embed")) {
                out.add("missing " + element.text().substring(element.text().indexOf(": ") + 2));
                continue;
            }
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            if (url.startsWith("#")) {
                out.add("note " + self + "#" + org.kasten.note.PercentEncoding.decode(url.substring(1)));
                continue;
            }
            Optional<KastenUrl> parsed = KastenUrl.parse(url);
            if (parsed.isEmpty()) {
                out.add("unknown " + url);
                continue;
            }
            KastenUrl kasten = parsed.get();
            switch (kasten.kind()) {
                case NOTE -> out.add("note " + kasten.value() + "#" + (kasten.anchor() == null ? "" : kasten.anchor()));
                case GHOST -> out.add("ghost " + kasten.value());
                case ATTACHMENT -> out.add("attachment " + kasten.value());
                default -> { }
            }
        }
        return out;
    }

    /** {@code a} without one occurrence of each element of {@code b}. */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        for (String s : b) {
            rest.remove(s);
        }
        return rest;
    }
}
