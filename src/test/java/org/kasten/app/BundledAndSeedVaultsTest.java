package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.Progress;
import org.kasten.note.ResolvedLink;
import org.kasten.testing.Folders;
import org.kasten.testing.SharedFolders;

/** The two vaults users meet first: the bundled notes/ and the first user's seed notes. */
class BundledAndSeedVaultsTest {

    @Test
    void bundledNotesResolveCompletelyAndShowEveryLinkForm() throws Exception {
        try (Workspace workspace = Workspace.open(Path.of("notes"), Progress.NONE)) {
            assertThat(workspace.graph().notes()).hasSizeGreaterThanOrEqualTo(20);
            assertThat(workspace.graph().ghosts()).as("unresolved links").isEmpty();
            assertThat(workspace.graph().missingAttachments()).isEmpty();
            assertThat(workspace.graph().ambiguousLinks()).isEmpty();
            assertThat(workspace.warnings()).as("warnings").isEmpty();

            List<Link> links = workspace.graph().notes().stream().flatMap(n -> n.links().stream()).toList();
            Set<LinkKind> kinds = links.stream().map(Link::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(LinkKind.class)));
            assertThat(kinds).contains(LinkKind.WIKI, LinkKind.EMBED, LinkKind.MARKDOWN, LinkKind.SEE_ALSO);
            assertThat(links).anyMatch(l -> l.display() != null && l.kind() == LinkKind.WIKI);
            assertThat(links).anyMatch(l -> l.anchor() != null && l.isBlockAnchor());
            assertThat(links).anyMatch(l -> l.anchor() != null && !l.isBlockAnchor() && !l.isSelf());
            assertThat(links).anyMatch(Link::isSelf);
            assertThat(links).anyMatch(l -> l.kind() == LinkKind.EMBED && l.target().endsWith(".png"));
            assertThat(workspace.graph().notes()).anyMatch(n -> n.format() == NoteFormat.PLAIN_TEXT);
            assertThat(workspace.graph().notes()).anyMatch(n -> !n.aliases().isEmpty());
            assertThat(workspace.graph().notes().stream().flatMap(n -> n.tags().stream())).anyMatch(t -> t.contains("/"));
            // some link is written with an alias rather than the title or file name
            assertThat(workspace.graph().notes().stream().flatMap(n -> workspace.graph().outgoing(n.path()).stream()))
                    .anyMatch(BundledAndSeedVaultsTest::resolvedThroughAlias);
        }
    }

    private static boolean resolvedThroughAlias(ResolvedLink link) {
        if (link.resolution().path() == null || link.link().target().isEmpty()) {
            return false;
        }
        return false == link.link().target().equalsIgnoreCase(link.resolution().path().name())
                && !link.link().target().contains("/") && !link.link().target().contains(".");
    }

    @Test
    void seedNotesReadAsTheUserMeantThem() throws Exception {
        Path seeds = SharedFolders.require("seeds");
        try (Workspace workspace = Workspace.open(seeds, Progress.NONE)) {
            List<Note> notes = workspace.graph().notes();
            assertThat(notes).extracting(Note::title).containsExactly(
                    "Ilya Sutskever on the Age of Research, Continual Learning, and Alignment",
                    "Ilya Sutskever – We're moving from the age of scaling to the age of research");
            Note source = notes.get(1);
            assertThat(source.aliases()).containsExactly("Ilya Sutskever – We're", "Ilya Sutskever – We're moving from");
            assertThat(source.frontmatter().strings("topics")).containsExactly("ilya", "sutskever", "moving", "age", "scaling");
            assertThat(source.body()).contains("𝐄𝐏𝐈𝐒𝐎𝐃𝐄 𝐋𝐈𝐍𝐊𝐒").doesNotContain("â€");

            Note talk = notes.get(0);
            assertThat(talk.format()).isEqualTo(NoteFormat.PLAIN_TEXT);
            assertThat(talk.headings()).extracting(h -> h.text()).contains("Key ideas", "See also");
            assertThat(workspace.graph().seeAlso(talk.path())).extracting(l -> l.link().target()).containsExactly(
                    "Deep notes", "Age of Research", "Generalization Gap", "Continual Learning", "Research Taste",
                    "Ilya Sutskever", "Scaling Laws", "Pretraining", "Bitter Lesson", "Jagged Intelligence", "Evals",
                    "AI Safety Levels", "Andrej Karpathy on AGI Timelines, RL's Limits, and the Future of Education");
        }
    }

    @Test
    void seedSeeAlsoResolvesAgainstTheBundledConcepts() throws Exception {
        Path seed = SharedFolders.require("seeds").resolve("000_4b485b50340fab25.txt");
        Path vault = Files.createTempDirectory("kasten-seed-in-notes");
        try {
            Folders.copyTree(Path.of("notes"), vault);
            Files.copy(seed, vault.resolve("seed-000.txt"));
            try (Workspace workspace = Workspace.open(vault, Progress.NONE)) {
                List<ResolvedLink> seeAlso = workspace.graph().seeAlso(org.kasten.note.NotePath.of("seed-000.txt"));
                assertThat(seeAlso).hasSize(13);
                assertThat(seeAlso).allMatch(l -> l.resolution().resolved(), "every see-also concept has a bundled note");
            }
        } finally {
            try (var files = Files.walk(vault)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
