package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.graph.TestLinks.embed;
import static org.kasten.graph.TestLinks.markdown;
import static org.kasten.graph.TestLinks.wiki;
import static org.kasten.graph.TestNotes.note;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kasten.note.Note;
import org.kasten.note.Warning;

/** Heading and block anchors must exist in the target; a missing one is a warning on the linking line. */
class AnchorTest {

    /** # Note / ## Section One / ### Sub / ## What's new? / ## Other / ### Sub Two, and block ^abc. */
    private static final Note TARGET = note("Note.md")
            .heading(1, "Note").heading(2, "Section One").heading(3, "Sub").heading(2, "What's new?")
            .heading(2, "Other").heading(3, "Sub Two").block("abc").build();

    @ParameterizedTest(name = "[[{0}]] -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # written                | warning (-: none)
            Note#Section One         | -
            Note#section one         | -
            Note#section-one         | -
            Note#Whats new           | -
            Note#What's new?         | -
            Note#Section One#Sub     | -
            Note#Note#Other#Sub Two  | -
            Note#Sub                 | -
            Note#^abc                | -
            Note#^ABC                | -
            Note#Missing             | [[Note#Missing]]: no heading "Missing" in Note.md
            Note#Other#Sub           | [[Note#Other#Sub]]: no heading "Other#Sub" in Note.md
            Note#Sub#Section One     | [[Note#Sub#Section One]]: no heading "Sub#Section One" in Note.md
            Note#^nope               | [[Note#^nope]]: no block "^nope" in Note.md
            """)
    void anchorsAreCheckedAgainstTheTargetsHeadingsAndBlocks(String written, String warning) {
        ConceptGraph graph = ConceptGraph.build(List.of(TARGET, note("Source.md").link(wiki(written), 7).build()),
                List.of());

        if (warning.equals("-")) {
            assertThat(graph.warnings()).isEmpty();
        } else {
            assertThat(graph.warnings()).containsExactly(new Warning(org.kasten.note.NotePath.of("Source.md"), 7,
                    warning));
        }
    }

    @Test
    void embedsAndMarkdownLinksAreCheckedToo() {
        ConceptGraph graph = ConceptGraph.build(List.of(TARGET, note("Source.md")
                .link(embed("Note#Gone"), 2).link(markdown("Note.md#other"), 3).link(markdown("Note.md#nope"), 4)
                .build()), List.of());

        assertThat(graph.warnings()).extracting(Warning::line, Warning::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "![[Note#Gone]]: no heading \"Gone\" in Note.md"),
                org.assertj.core.groups.Tuple.tuple(4, "[](Note.md#nope): no heading \"nope\" in Note.md"));
    }

    @Test
    void sameNoteLinksCheckTheNotesOwnHeadings() {
        ConceptGraph graph = ConceptGraph.build(List.of(note("Self.md").heading(2, "Intro")
                .link(wiki("#Intro"), 3).link(wiki("#Nope"), 5).build()), List.of());

        assertThat(graph.warnings()).containsExactly(new Warning(org.kasten.note.NotePath.of("Self.md"), 5,
                "[[#Nope]]: no heading \"Nope\" in Self.md"));
        assertThat(graph.outgoing(org.kasten.note.NotePath.of("Self.md")))
                .allSatisfy(r -> assertThat(r.resolution().path().value()).isEqualTo("Self.md"));
    }

    @Test
    void anchorsOfGhostsAndAttachmentsAreNotChecked() {
        ConceptGraph graph = ConceptGraph.build(List.of(note("Source.md").link(wiki("Nobody#Part"))
                .link(embed("pic.png#interface")).build()), List.of(org.kasten.note.NotePath.of("pic.png")));

        assertThat(graph.warnings()).isEmpty();
    }
}
