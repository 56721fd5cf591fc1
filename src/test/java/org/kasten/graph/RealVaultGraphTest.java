package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.note.Ghost;
import org.kasten.note.LinkKind;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution.Status;
import org.kasten.note.ResolvedLink;
import org.kasten.testing.SharedFolders;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;

/** The shared real vaults, loaded by the real loader and resolved; skipped where ../shared is absent. */
class RealVaultGraphTest {

    private static final String INTERNAL_LINKS = "Linking notes and files/Internal links.md";

    private static ConceptGraph graph(String corpus) throws IOException {
        Path folder = SharedFolders.require("corpora/" + corpus);
        LoadedVault vault = new VaultLoader().load(folder, org.kasten.note.Progress.NONE);
        return ConceptGraph.build(vault.notes(), vault.attachments());
    }

    private static List<ResolvedLink> allLinks(ConceptGraph graph) {
        return graph.notes().stream().flatMap(n -> graph.outgoing(n.path()).stream()).toList();
    }

    /**
     * "Internal links.md" shows each syntax next to its result: four wiki-links and two Markdown links
     * ({@code Example.md}) lead to a note that does not exist; all six are the one ghost "Example".
     */
    @Test
    void obsidianHelpResolvesEveryNoteLinkExceptTheOnesToExample() throws IOException {
        ConceptGraph graph = graph("obsidian-help-en");

        assertThat(graph.ghosts()).extracting(Ghost::name).containsExactly("Example");
        assertThat(graph.ghost("Example").orElseThrow().backlinks())
                .extracting(r -> r.source().value(), r -> r.link().kind(), r -> r.link().line())
                .containsExactly(
                        tuple(INTERNAL_LINKS, LinkKind.WIKI, 154), tuple(INTERNAL_LINKS, LinkKind.WIKI, 155),
                        tuple(INTERNAL_LINKS, LinkKind.WIKI, 162), tuple(INTERNAL_LINKS, LinkKind.WIKI, 163),
                        tuple(INTERNAL_LINKS, LinkKind.MARKDOWN, 168), tuple(INTERNAL_LINKS, LinkKind.MARKDOWN, 169));
    }

    @Test
    void everyHeadingAndBlockAnchorOfObsidianHelpExists() throws IOException {
        ConceptGraph graph = graph("obsidian-help-en");

        assertThat(allLinks(graph)).filteredOn(r -> r.link().anchor() != null
                        && r.resolution().status() == Status.NOTE).hasSizeGreaterThan(100);
        assertThat(graph.warnings()).isEmpty();
    }

    /** foam-docs has two anchors whose headings were renamed ("Further customise your site" ...). */
    @Test
    void foamDocsBrokenAnchorsAreWarned() throws IOException {
        ConceptGraph graph = graph("foam-docs");

        assertThat(graph.warnings()).extracting(w -> w.path().value(), w -> w.line()).containsExactly(
                tuple("user/recipes/generate-material-for-mkdocs-site.md", 35),
                tuple("user/recipes/generate-material-for-mkdocs-site.md", 39));
    }

    @Test
    void obsidianHelpImageEmbedsAreMissingAttachments() throws IOException {
        ConceptGraph graph = graph("obsidian-help-en");

        List<ResolvedLink> imageEmbeds = allLinks(graph).stream()
                .filter(r -> r.link().kind().isEmbed())
                .filter(r -> List.of("png", "jpg", "jpeg", "gif", "svg", "webp")
                        .contains(TargetResolver.extension(r.link().target())))
                .toList();

        assertThat(imageEmbeds).hasSizeGreaterThan(200)
                .allSatisfy(r -> assertThat(r.resolution().status()).as(r.link().target())
                        .isEqualTo(Status.MISSING_ATTACHMENT));
        assertThat(allLinks(graph)).filteredOn(r -> r.link().kind().isEmbed())
                .allSatisfy(r -> assertThat(r.resolution().status()).as(r.link().target())
                        .isIn(Status.NOTE, Status.MISSING_ATTACHMENT));
    }

    @Test
    void obsidianHelpBareLinksToSecurityAndPrivacyAreAmbiguous() throws IOException {
        ConceptGraph graph = graph("obsidian-help-en");

        List<ResolvedLink> bare = allLinks(graph).stream()
                .filter(r -> r.link().target().equals("Security and privacy")).toList();

        assertThat(bare).hasSize(5).allSatisfy(r -> assertThat(r.resolution().candidates())
                .map(NotePath::value)
                .containsExactly("Obsidian Publish/Security and privacy.md", "Obsidian Sync/Security and privacy.md"));
        assertThat(graph.ambiguousLinks()).containsAll(bare);
        assertThat(allLinks(graph)).filteredOn(r -> r.link().target().equals("Obsidian Sync/Security and privacy"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.resolution().ambiguous()).isFalse());
    }

    @Test
    void seedZeroParsedByTheLoaderHasTheThirteenSeeAlsoConcepts() throws IOException {
        Path seeds = SharedFolders.require("seeds");
        LoadedVault vault = new VaultLoader().load(seeds, org.kasten.note.Progress.NONE);
        ConceptGraph graph = ConceptGraph.build(vault.notes(), vault.attachments());
        NotePath seed = graph.notes().stream().map(n -> n.path()).filter(p -> p.value().startsWith("000"))
                .findFirst().orElseThrow();

        assertThat(graph.seeAlso(seed)).extracting(r -> r.link().target()).containsExactly("Deep notes",
                "Age of Research", "Generalization Gap", "Continual Learning", "Research Taste", "Ilya Sutskever",
                "Scaling Laws", "Pretraining", "Bitter Lesson", "Jagged Intelligence", "Evals", "AI Safety Levels",
                "Andrej Karpathy on AGI Timelines, RL's Limits, and the Future of Education");
    }

    /**
     * Oracle independent of the graph: the file a Markdown link names on disk, relative to the linking note,
     * else from the vault root; null when neither exists (foam-docs links two files outside its docs folder).
     */
    private static String fileOnDisk(Path vault, ResolvedLink link) {
        Path source = vault.resolve(link.source().value()).getParent();
        for (Path candidate : List.of(source.resolve(link.link().target()).normalize(),
                vault.resolve(link.link().target()).normalize())) {
            if (candidate.startsWith(vault) && Files.isRegularFile(candidate)) {
                return vault.relativize(candidate).toString().replace('\\', '/');
            }
        }
        return null;
    }

    @Test
    void foamMarkdownLinksAndReferenceDefinitionsToMarkdownFilesResolve() throws IOException {
        ConceptGraph graph = graph("foam-docs");
        Path vault = SharedFolders.require("corpora/foam-docs").toAbsolutePath().normalize();

        List<ResolvedLink> markdownLinks = allLinks(graph).stream()
                .filter(r -> r.link().kind() == LinkKind.MARKDOWN && r.link().target().endsWith(".md")).toList();
        List<ResolvedLink> toExistingFiles = markdownLinks.stream().filter(r -> fileOnDisk(vault, r) != null).toList();

        assertThat(toExistingFiles).hasSizeGreaterThan(50)
                .allSatisfy(r -> assertThat(r.resolution().path()).as(r.source() + ":" + r.link().line())
                        .isEqualTo(NotePath.of(fileOnDisk(vault, r))));
        assertThat(markdownLinks).filteredOn(r -> fileOnDisk(vault, r) == null)
                .extracting(r -> r.link().target(), r -> r.resolution().status())
                .containsOnly(tuple("../../CONTRIBUTING.md", Status.GHOST),
                        tuple("../../user/publishing/publishing.md", Status.GHOST));
    }
}
