package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kasten.graph.TestLinks.embed;
import static org.kasten.graph.TestLinks.markdown;
import static org.kasten.graph.TestLinks.wiki;
import static org.kasten.graph.TestNotes.note;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kasten.note.Ghost;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.Resolution.Status;

/** Attachments are found by path or file name; missing ones are not ghosts; ghost names merge ignoring case. */
class AttachmentAndGhostTest {

    private static final List<NotePath> FILES = List.of(NotePath.of("img/pic.png"), NotePath.of("files/doc.pdf"),
            NotePath.of("a/b/photo.jpg"), NotePath.of("other/photo.jpg"), NotePath.of("LICENSE"));

    @ParameterizedTest(name = "{1} {2} from {0} -> {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # from         | kind            | target            | status             | path
            n.md           | EMBED           | pic.png           | ATTACHMENT         | img/pic.png
            n.md           | EMBED           | img/pic.png       | ATTACHMENT         | img/pic.png
            n.md           | EMBED           | PIC.PNG           | ATTACHMENT         | img/pic.png
            notes/n.md     | MARKDOWN_EMBED  | ../img/pic.png    | ATTACHMENT         | img/pic.png
            img/n.md       | MARKDOWN_EMBED  | pic.png           | ATTACHMENT         | img/pic.png
            n.md           | MARKDOWN_EMBED  | /img/pic.png      | ATTACHMENT         | img/pic.png
            n.md           | EMBED           | b/photo.jpg       | ATTACHMENT         | a/b/photo.jpg
            n.md           | WIKI            | doc.pdf           | ATTACHMENT         | files/doc.pdf
            n.md           | MARKDOWN        | files/doc.pdf     | ATTACHMENT         | files/doc.pdf
            n.md           | WIKI            | LICENSE           | ATTACHMENT         | LICENSE
            n.md           | EMBED           | Pic Note          | NOTE               | Pic Note.md
            n.md           | EMBED           | missing.png       | MISSING_ATTACHMENT | -
            n.md           | EMBED           | img/missing.png   | MISSING_ATTACHMENT | -
            n.md           | MARKDOWN_EMBED  | ../img/other.png  | MISSING_ATTACHMENT | -
            # a relative path that leaves the vault still finds the file by its name, as Obsidian does
            n.md           | MARKDOWN_EMBED  | ../img/pic.png    | ATTACHMENT         | img/pic.png
            n.md           | WIKI            | report.pdf        | MISSING_ATTACHMENT | -
            n.md           | WIKI            | Nobody            | GHOST              | -
            n.md           | MARKDOWN        | Nobody.md         | GHOST              | -
            """)
    void attachmentsAreFoundByPathThenByFileNameAnywhere(String from, String kind, String target, String status,
                                                         String path) {
        ConceptGraph graph = ConceptGraph.build(List.of(note("Pic Note.md").build(),
                note(from).link(TestLinks.of(kind, target)).build()), FILES);

        Resolution resolution = graph.outgoing(NotePath.of(from)).get(0).resolution();

        assertThat(resolution.status()).isEqualTo(Status.valueOf(status));
        assertThat(resolution.path()).isEqualTo(path.equals("-") ? null : NotePath.of(path));
    }

    @Test
    void anAttachmentNameSharedByTwoFilesIsAmbiguous() {
        ConceptGraph graph = ConceptGraph.build(List.of(note("other/n.md").link(embed("photo.jpg")).build()), FILES);

        Resolution resolution = graph.outgoing(NotePath.of("other/n.md")).get(0).resolution();

        assertThat(resolution.path()).isEqualTo(NotePath.of("other/photo.jpg"));
        assertThat(resolution.candidates()).map(NotePath::value).containsExactly("a/b/photo.jpg", "other/photo.jpg");
    }

    @Test
    void missingAttachmentsAreGroupedByTargetAndAreNotGhosts() {
        ConceptGraph graph = ConceptGraph.build(List.of(
                note("b.md").link(embed("Missing.PNG"), 4).build(),
                note("a.md").link(embed("missing.png"), 9).link(embed("pic.png"), 10).build()), FILES);

        assertThat(graph.missingAttachments()).extracting(Ghost::name, g -> g.sources().toString())
                .containsExactly(tuple("missing.png", "[a.md, b.md]"));
        assertThat(graph.ghosts()).isEmpty();
        assertThat(graph.linkCount()).isEqualTo(3);
        assertThat(graph.resolvedCount()).isEqualTo(1);
    }

    @Test
    void ghostsMergeCaseInsensitivelyAndKeepTheirBacklinks() {
        ConceptGraph graph = ConceptGraph.build(List.of(
                note("b.md").link(wiki("missing concept"), 2).link(wiki("Zeta Ghost#Part"), 3).build(),
                note("a.md").link(wiki("Missing Concept"), 5).link(markdown("Missing Concept.md"), 7).build(),
                note("c.md").link(wiki("Real"), 1).build(),
                note("Real.md").build()), List.of());

        assertThat(graph.ghosts()).extracting(Ghost::name, g -> g.backlinks().size())
                .containsExactly(tuple("Missing Concept", 3), tuple("Zeta Ghost", 1));
        Ghost ghost = graph.ghost("MISSING CONCEPT").orElseThrow();
        assertThat(ghost.backlinks()).extracting(r -> r.source().value(), r -> r.link().line())
                .containsExactly(tuple("a.md", 5), tuple("a.md", 7), tuple("b.md", 2));
        assertThat(graph.ghost("Missing Concept.md")).contains(ghost);
        assertThat(graph.ghost("Real")).isEmpty();
        assertThat(graph.linkCount()).isEqualTo(5);
        assertThat(graph.resolvedCount()).isEqualTo(1);
    }
}
