package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.graph.TestLinks.embed;
import static org.kasten.graph.TestLinks.markdown;
import static org.kasten.graph.TestLinks.markdownEmbed;
import static org.kasten.graph.TestLinks.seeAlso;
import static org.kasten.graph.TestLinks.wiki;
import static org.kasten.graph.TestNotes.note;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * A provisional graph (one note read, the others known by file name) answers as the whole graph does, with a
 * name table of its links' names only, until a name outside them is looked up.
 */
class ProvisionalGraphTest {

    private static final List<NotePath> FILES = List.of(NotePath.of("img/pic.png"), NotePath.of("Docs/Spec.pdf"));

    /** The read note links every way the resolver knows; the other notes have names and nothing else. */
    private static List<Note> notes() {
        List<Note> notes = new ArrayList<>();
        for (String path : List.of("Alpha.md", "Sub/Alpha.md", "Sub/Beta.md", "Other/Beta.md", "Deep/A/B/Gamma.md",
                "Delta.txt", "Café.md", "Red, Green.md", "Red.md", "Green.md", "Unrelated.md", "Far/Away.md")) {
            notes.add(note(path).build());
        }
        notes.add(note("Sub/Home.md").title("Start").aliases("Entrance")
                .link(wiki("Alpha")).link(wiki("beta")).link(wiki("A/B/Gamma")).link(wiki("Deep/A/B/Gamma.md"))
                .link(wiki("Delta")).link(wiki("cafe\u0301")).link(wiki("Nowhere")).link(wiki("Alpha#Missing heading"))
                .link(markdown("../Alpha.md")).link(markdown("./Beta.md")).link(markdown("Spec.pdf"))
                .link(markdownEmbed("../img/pic.png")).link(embed("missing.png")).link(embed("pic.png"))
                .link(seeAlso("Red, Green")).link(seeAlso("Red, Blue")).link(wiki("Start")).link(wiki("Entrance"))
                .build());
        return notes;
    }

    @Test
    void itsLinksResolveAsInTheWholeGraphWithOnlyTheirNamesInItsTable() {
        ConceptGraph whole = ConceptGraph.build(notes(), FILES);
        ConceptGraph provisional = ConceptGraph.provisional(notes(), FILES);
        NotePath home = NotePath.of("Sub/Home.md");

        assertThat(provisional.outgoing(home)).isEqualTo(whole.outgoing(home)).hasSize(19);
        assertThat(provisional.outgoing(home)).extracting(l -> l.resolution().status().name()).contains("NOTE", "GHOST",
                "ATTACHMENT", "MISSING_ATTACHMENT");
        for (Note note : whole.notes()) {
            assertThat(provisional.backlinks(note.path())).isEqualTo(whole.backlinks(note.path()));
        }
        assertThat(provisional.ghosts()).isEqualTo(whole.ghosts());
        assertThat(provisional.missingAttachments()).isEqualTo(whole.missingAttachments());
        assertThat(provisional.ambiguousLinks()).isEqualTo(whole.ambiguousLinks()).isNotEmpty();
        assertThat(provisional.warnings()).isEqualTo(whole.warnings()).isNotEmpty();
        assertThat(provisional.resolve("Alpha", home)).isEqualTo(whole.resolve("Alpha", home)); // a name of its links
        assertThat(whole.namesComplete()).isTrue();
        assertThat(provisional.namesComplete()).isFalse();
    }

    @Test
    void aNameOutsideItsLinksIsAnsweredByTheWholeTable() {
        ConceptGraph whole = ConceptGraph.build(notes(), FILES);
        ConceptGraph provisional = ConceptGraph.provisional(notes(), FILES);

        assertThat(provisional.find("Unrelated")).isEqualTo(whole.find("Unrelated")).isPresent();
        assertThat(provisional.namesComplete()).isTrue();
        assertThat(provisional.find("Far/Away")).isEqualTo(whole.find("Far/Away")).isPresent();
        assertThat(provisional.resolve("Away", NotePath.of("Alpha.md"))).isEqualTo(whole.resolve("Away", NotePath.of("Alpha.md")));
        assertThat(provisional.resolve("Alpha", NotePath.of("Far/Away.md")))
                .isEqualTo(whole.resolve("Alpha", NotePath.of("Far/Away.md")));
    }
}
