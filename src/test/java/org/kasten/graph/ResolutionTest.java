package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.graph.TestNotes.note;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.Resolution.Status;

/** DESIGN.md's resolution contract: path, then file name, then title, then alias; case and NFC ignored. */
class ResolutionTest {

    private static final ConceptGraph VAULT = ConceptGraph.build(List.of(
            note("Alpha.md").build(),
            note("Sub/Alpha.md").build(),
            note("Concepts/Beta.md").title("Gamma Title").aliases("Beta alias", "Shared Alias").build(),
            note("Concepts/Delta.md").title("Beta").aliases("Gamma Title").build(),
            note("Other/Epsilon.md").aliases("Shared Alias", "Delta").build(),
            note("Other/Notes.txt").build(),
            note("Café.md").build(),
            note("A/B/Deep.md").build(),
            note("Research/Plan.md").title("Plan of Record").build()),
            List.of());

    @ParameterizedTest(name = "[[{1}]] from {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # from              | target                 | expected
            Other/Epsilon.md    | Concepts/Beta.md       | Concepts/Beta.md
            Other/Epsilon.md    | Concepts/Beta          | Concepts/Beta.md
            Other/Epsilon.md    | /Concepts/Beta         | Concepts/Beta.md
            Other/Epsilon.md    | Beta                   | Concepts/Beta.md
            Other/Epsilon.md    | Beta.md                | Concepts/Beta.md
            Other/Epsilon.md    | Gamma Title            | Concepts/Beta.md
            Other/Epsilon.md    | Beta alias             | Concepts/Beta.md
            Alpha.md            | Delta                  | Concepts/Delta.md
            Alpha.md            | Plan of Record         | Research/Plan.md
            Alpha.md            | Notes                  | Other/Notes.txt
            Alpha.md            | Notes.txt              | Other/Notes.txt
            Alpha.md            | B/Deep                 | A/B/Deep.md
            Alpha.md            | b/deep.md              | A/B/Deep.md
            Alpha.md            | BETA                   | Concepts/Beta.md
            Alpha.md            | concepts/beta          | Concepts/Beta.md
            Alpha.md            | gamma TITLE            | Concepts/Beta.md
            Alpha.md            | '  Beta  '             | Concepts/Beta.md
            Sub/Alpha.md        | Alpha                  | Alpha.md
            Sub/Alpha.md        | Sub/Alpha              | Sub/Alpha.md
            """)
    void wikiTargetsResolveByPathNameTitleAliasInThatOrder(String from, String target, String expected) {
        Resolution resolution = VAULT.resolve(target, NotePath.of(from));

        assertThat(resolution.status()).isEqualTo(Status.NOTE);
        assertThat(resolution.path()).isEqualTo(NotePath.of(expected));
        assertThat(resolution.ambiguous()).isFalse();
    }

    @Test
    void fileNameOfOneNoteBeatsTitleOfAnother() {
        // Concepts/Beta.md is named "Beta"; Concepts/Delta.md is titled "Beta".
        assertThat(VAULT.resolve("Beta", null).path()).isEqualTo(NotePath.of("Concepts/Beta.md"));
    }

    @Test
    void titleOfOneNoteBeatsAliasOfAnother() {
        // Concepts/Beta.md is titled "Gamma Title"; Concepts/Delta.md has it as an alias.
        assertThat(VAULT.resolve("Gamma Title", null).path()).isEqualTo(NotePath.of("Concepts/Beta.md"));
    }

    @Test
    void fileNameBeatsAlias() {
        // Concepts/Delta.md is named "Delta"; Other/Epsilon.md has the alias "Delta".
        assertThat(VAULT.resolve("Delta", NotePath.of("Other/Epsilon.md")).path())
                .isEqualTo(NotePath.of("Concepts/Delta.md"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # written (escapes: NFD = e + combining acute U+0301)
            precomposed é     | Café
            combining accent  | Cafe\u0301
            upper case        | CAFÉ
            upper, combining  | CAFE\u0301
            with extension    | cafe\u0301.MD
            """)
    void caseAndNormalisationFormDoNotMatter(String what, String written) {
        assertThat(VAULT.resolve(written, null).path()).as(what).isEqualTo(NotePath.of("Café.md"));
    }

    @Test
    void aNoteNamedInDecomposedFormIsFoundByPrecomposedText() {
        ConceptGraph graph = ConceptGraph.build(List.of(note("Cafe\u0301.md").build()), List.of());

        assertThat(graph.resolve("Café", null).path()).isEqualTo(NotePath.of("Cafe\u0301.md"));
    }

    @ParameterizedTest(name = "[{2}]({1}) from {0} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # from              | kind           | target                | expected
            Concepts/Beta.md    | MARKDOWN       | Delta.md              | Concepts/Delta.md
            Concepts/Beta.md    | MARKDOWN       | Delta                 | Concepts/Delta.md
            Concepts/Beta.md    | MARKDOWN       | ./Delta.md            | Concepts/Delta.md
            Concepts/Beta.md    | MARKDOWN       | ../Alpha.md           | Alpha.md
            Concepts/Beta.md    | MARKDOWN       | ../Other/Notes.txt    | Other/Notes.txt
            Concepts/Beta.md    | MARKDOWN       | /Other/Epsilon.md     | Other/Epsilon.md
            Alpha.md            | MARKDOWN       | Concepts/Delta.md     | Concepts/Delta.md
            Other/Epsilon.md    | MARKDOWN       | Concepts/Delta.md     | Concepts/Delta.md
            Other/Epsilon.md    | MARKDOWN       | Beta.md               | Concepts/Beta.md
            Other/Epsilon.md    | MARKDOWN       | ../../Beta.md         | Concepts/Beta.md
            Alpha.md            | MARKDOWN       | elsewhere/Deep.md     | A/B/Deep.md
            Sub/Alpha.md        | MARKDOWN       | Alpha.md              | Sub/Alpha.md
            Sub/Alpha.md        | MARKDOWN       | ../Alpha.md           | Alpha.md
            """)
    void markdownPathsResolveRelativeToTheNoteThenFromTheRootThenByName(String from, String kind, String target,
                                                                         String expected) {
        ConceptGraph graph = withLink(from, TestLinks.of(kind, target));

        Resolution resolution = graph.outgoing(NotePath.of(from)).get(0).resolution();

        assertThat(resolution.status()).isEqualTo(Status.NOTE);
        assertThat(resolution.path()).isEqualTo(NotePath.of(expected));
    }

    @Test
    void wikiLinksAreNotRelativeToTheNotesFolder() {
        // [[Delta.md]] is a name, not a relative path; Concepts/Delta.md is found by name anyway,
        // but [[Alpha]] from Sub/ is the vault-root path Alpha.md (path level beats the same-folder name).
        assertThat(VAULT.resolve("Alpha", NotePath.of("Sub/Beta.md")).path()).isEqualTo(NotePath.of("Alpha.md"));
    }

    @Test
    void findAnswersOnlyNotes() {
        ConceptGraph graph = ConceptGraph.build(List.of(note("Note.md").aliases("Nickname").build()),
                List.of(NotePath.of("pic.png")));

        assertThat(graph.find("nickname")).map(n -> n.path().value()).contains("Note.md");
        assertThat(graph.find("Note.md")).isPresent();
        assertThat(graph.find("pic.png")).isEmpty();
        assertThat(graph.find("Nobody")).isEmpty();
        assertThat(graph.find("")).isEmpty();
    }

    private static ConceptGraph withLink(String from, TestLinks link) {
        return VAULT.withNote(note(from).link(link, 1).build());
    }
}
