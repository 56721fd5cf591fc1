package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.graph.TestLinks.embed;
import static org.kasten.graph.TestLinks.markdown;
import static org.kasten.graph.TestLinks.wiki;
import static org.kasten.graph.TestNotes.note;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.note.Ghost;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution.Status;

/** Relative wiki-links, notes named like files, and one ghost per missing concept however it is written. */
class ReviewFixesTest {

    @Test
    void relativeWikiLinksResolveFromTheNotesFolder() {
        ConceptGraph graph = ConceptGraph.build(List.of(
                note("Sub/S.md").link(wiki("../Target")).link(wiki("./Sibling")).build(),
                note("Target.md").build(), note("Sub/Sibling.md").build()), List.of());
        assertThat(graph.outgoing(NotePath.of("Sub/S.md"))).extracting(r -> r.resolution().path().value())
                .containsExactly("Target.md", "Sub/Sibling.md");
    }

    @Test
    void aNoteNamedLikeAFileIsANoteNotAMissingAttachment() {
        ConceptGraph graph = ConceptGraph.build(List.of(
                note("A.md").link(wiki("data.csv")).link(embed("missing.png")).build(),
                note("data.csv.md").build()), List.of());
        assertThat(graph.outgoing(NotePath.of("A.md"))).extracting(r -> r.resolution().status())
                .containsExactly(Status.NOTE, Status.MISSING_ATTACHMENT);
    }

    @Test
    void relativeAndBareLinksToTheSameMissingNoteAreOneGhost() {
        ConceptGraph graph = ConceptGraph.build(List.of(
                note("Sub/S.md").link(markdown("../Missing.md")).build(),
                note("Root.md").link(wiki("Missing")).build()), List.of());
        assertThat(graph.ghosts()).extracting(Ghost::name).containsExactly("Missing");
        assertThat(graph.ghosts().get(0).sources()).extracting(NotePath::value).containsExactly("Root.md", "Sub/S.md");
    }
}
