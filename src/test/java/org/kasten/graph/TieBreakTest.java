package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.graph.TestLinks.wiki;
import static org.kasten.graph.TestNotes.note;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

/** Several notes match at the best level: same folder, then shortest path, then lexical order; reported. */
class TieBreakTest {

    private static final ConceptGraph VAULT = ConceptGraph.build(List.of(
            note("Aaaa/Topic.md").build(),
            note("Z/Topic.md").build(),
            note("Y/Idea.md").build(),
            note("Z/Idea.md").build(),
            note("Long folder/Idea.md").build(),
            note("One.md").title("Same Title").build(),
            note("Two.md").title("Same Title").build()),
            List.of());

    @ParameterizedTest(name = "[[{1}]] from {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # from            | target     | chosen                | candidates
            Aaaa/n.md         | Topic      | Aaaa/Topic.md         | Aaaa/Topic.md, Z/Topic.md
            Z/n.md            | Topic      | Z/Topic.md            | Aaaa/Topic.md, Z/Topic.md
            Q/n.md            | Topic      | Z/Topic.md            | Aaaa/Topic.md, Z/Topic.md
            Q/n.md            | Idea       | Y/Idea.md             | Long folder/Idea.md, Y/Idea.md, Z/Idea.md
            Z/n.md            | Idea       | Z/Idea.md             | Long folder/Idea.md, Y/Idea.md, Z/Idea.md
            Long folder/n.md  | Idea       | Long folder/Idea.md   | Long folder/Idea.md, Y/Idea.md, Z/Idea.md
            n.md              | same title | One.md                | One.md, Two.md
            """)
    void sameFolderThenShortestPathThenLexicalOrder(String from, String target, String chosen, String candidates) {
        Resolution resolution = VAULT.resolve(target, NotePath.of(from));

        assertThat(resolution.path()).isEqualTo(NotePath.of(chosen));
        assertThat(resolution.candidates()).map(NotePath::value).containsExactly(candidates.split(", "));
        assertThat(resolution.ambiguous()).isTrue();
    }

    @Test
    void theCommandLineResolvesFromTheVaultRoot() {
        assertThat(VAULT.resolve("Topic", null).path()).isEqualTo(NotePath.of("Z/Topic.md"));
    }

    @Test
    void ambiguousLinksAreReportedInSourceOrder() {
        ConceptGraph graph = VAULT.withNote(note("Q/n.md").link(wiki("Topic"), 4).link(wiki("Idea"), 2)
                .link(wiki("Y/Idea"), 3).build());

        List<ResolvedLink> ambiguous = graph.ambiguousLinks();

        assertThat(ambiguous).extracting(r -> r.source().value(), r -> r.link().target(), r -> r.link().line())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Q/n.md", "Idea", 2),
                        org.assertj.core.groups.Tuple.tuple("Q/n.md", "Topic", 4));
        assertThat(VAULT.ambiguousLinks()).isEmpty();
    }

    @Test
    void everyLinkToAnAmbiguousNameSharesOneListOfCandidates() {
        Resolution fromQ = VAULT.resolve("Idea", NotePath.of("Q/n.md"));
        Resolution fromZ = VAULT.resolve("Idea", NotePath.of("Z/n.md"));

        // one list per name, not a copy per link: a name 360 notes share made a copy cost 1.4 KB per link
        assertThat(fromZ.candidates()).isSameAs(fromQ.candidates());
    }
}
