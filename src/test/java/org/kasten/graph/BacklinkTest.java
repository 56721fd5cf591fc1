package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kasten.graph.TestLinks.embed;
import static org.kasten.graph.TestLinks.wiki;
import static org.kasten.graph.TestNotes.note;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.note.NotePath;
import org.kasten.note.ResolvedLink;

/** Backlinks: every other note's link that leads here, by source path then line, with its context line. */
class BacklinkTest {

    private static final NotePath TARGET = NotePath.of("Target.md");

    private static final ConceptGraph GRAPH = ConceptGraph.build(List.of(
            note("Target.md").aliases("The Target").heading(2, "Part")
                    .link(wiki("Target"), 1).link(wiki("#Part"), 2).link(wiki("Other"), 3).build(),
            note("z/Last.md").link(wiki("the target").context("see the target"), 1).build(),
            note("A.md").link(wiki("Target#Part").context("- line five [[Target#Part]]"), 5)
                    .link(embed("Target").context("![[Target]]"), 2).link(wiki("Other"), 3).build(),
            note("Other.md").build()),
            List.of());

    @Test
    void backlinksComeFromOtherNotesSortedBySourceThenLine() {
        List<ResolvedLink> backlinks = GRAPH.backlinks(TARGET);

        assertThat(backlinks).extracting(r -> r.source().value(), r -> r.link().line(), r -> r.link().context())
                .containsExactly(
                        tuple("A.md", 2, "![[Target]]"),
                        tuple("A.md", 5, "- line five [[Target#Part]]"),
                        tuple("z/Last.md", 1, "see the target"));
    }

    @Test
    void outgoingLinksKeepTheirOrderAndIncludeSelfLinks() {
        assertThat(GRAPH.outgoing(TARGET)).extracting(r -> r.link().target(), r -> r.resolution().path().value())
                .containsExactly(tuple("Target", "Target.md"), tuple("", "Target.md"), tuple("Other", "Other.md"));
        assertThat(GRAPH.outgoing(NotePath.of("Nowhere.md"))).isEmpty();
    }

    @Test
    void countsIncludeEveryLink() {
        assertThat(GRAPH.linkCount()).isEqualTo(7);
        assertThat(GRAPH.resolvedCount()).isEqualTo(7);
        assertThat(GRAPH.backlinks(NotePath.of("Other.md"))).extracting(r -> r.source().value())
                .containsExactly("A.md", "Target.md");
        assertThat(GRAPH.backlinks(NotePath.of("A.md"))).isEmpty();
    }

    @Test
    void withNoteAndWithoutNoteGiveNewGraphsAndLeaveTheOldOneAlone() {
        ConceptGraph added = GRAPH.withNote(note("New.md").link(wiki("Target"), 4).link(wiki("Ghost")).build());
        ConceptGraph removed = added.withoutNote(NotePath.of("A.md"));

        assertThat(added.backlinks(TARGET)).extracting(r -> r.source().value())
                .containsExactly("A.md", "A.md", "New.md", "z/Last.md");
        assertThat(removed.backlinks(TARGET)).extracting(r -> r.source().value())
                .containsExactly("New.md", "z/Last.md");
        assertThat(removed.ghost("ghost")).isPresent();
        assertThat(GRAPH.backlinks(TARGET)).hasSize(3);
        assertThat(GRAPH.ghosts()).isEmpty();
        assertThat(GRAPH.notes()).extracting(n -> n.path().value())
                .containsExactly("A.md", "Other.md", "Target.md", "z/Last.md");
    }

    @Test
    void replacingANoteUpdatesWhatItsNamesResolveTo() {
        ConceptGraph renamed = GRAPH.withNote(note("Other.md").aliases("Renamed").build())
                .withNote(note("A.md").link(wiki("Renamed")).build());

        assertThat(renamed.outgoing(NotePath.of("A.md"))).extracting(r -> r.resolution().path().value())
                .containsExactly("Other.md");
        assertThat(renamed.backlinks(TARGET)).extracting(r -> r.source().value()).containsExactly("z/Last.md");
    }
}
