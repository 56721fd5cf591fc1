package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kasten.graph.TestLinks.seeAlso;
import static org.kasten.graph.TestLinks.seeAlsoWiki;
import static org.kasten.graph.TestLinks.wiki;
import static org.kasten.graph.TestNotes.note;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution.Status;
import org.kasten.note.ResolvedLink;
import org.kasten.testing.SharedFolders;

/** A bare "See also" entry names one concept or several, as DESIGN.md describes. */
class SeeAlsoTest {

    private static final NotePath SOURCE = NotePath.of("Overview.txt");

    /** The concepts of seed 000's "See also" list, in order. */
    private static final List<String> SEED_CONCEPTS = List.of("Deep notes", "Age of Research",
            "Generalization Gap", "Continual Learning", "Research Taste", "Ilya Sutskever", "Scaling Laws",
            "Pretraining", "Bitter Lesson", "Jagged Intelligence", "Evals", "AI Safety Levels",
            "Andrej Karpathy on AGI Timelines, RL's Limits, and the Future of Education");

    /** The name part (before the dash) of each entry of that list. */
    private static final List<String> SEED_ENTRIES = List.of("Deep notes", "Age of Research",
            "Generalization Gap", "Continual Learning", "Research Taste", "Ilya Sutskever",
            "Scaling Laws, Pretraining, Bitter Lesson", "Jagged Intelligence, Evals", "AI Safety Levels",
            "Andrej Karpathy on AGI Timelines, RL's Limits, and the Future of Education");

    @ParameterizedTest(name = "\"{0}\" with notes [{1}] -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # entry                              | notes that exist               | concepts (; between)
            Age of Research                      |                                | Age of Research
            Scaling Laws, Pretraining            |                                | Scaling Laws; Pretraining
            Scaling Laws, Pretraining            | Scaling Laws                   | Scaling Laws; Pretraining
            Scaling Laws, Pretraining            | Scaling Laws; Pretraining      | Scaling Laws; Pretraining
            Law, Order                           | Law; Order; Law, Order         | Law, Order
            Karpathy on RL, and the Future       |                                | Karpathy on RL, and the Future
            Karpathy on RL, and the Future       | Karpathy on RL                 | Karpathy on RL, and the Future
            Ideas, and more                      | Ideas; and more                | Ideas; and more
            ` Spaced ,  Out ,`                   |                                | Spaced; Out
            """)
    void entriesAreSplitIntoTheConceptsTheyName(String entry, String existing, String concepts) {
        List<Note> notes = new ArrayList<>();
        if (existing != null) {
            Stream.of(existing.split(";")).map(String::strip).forEach(n -> notes.add(note(n + ".md").build()));
        }
        notes.add(note(SOURCE.value()).link(seeAlso(entry)).build());

        List<ResolvedLink> seeAlso = ConceptGraph.build(notes, List.of()).seeAlso(SOURCE);

        assertThat(seeAlso).extracting(r -> r.link().target())
                .containsExactly(Stream.of(concepts.split(";")).map(String::strip).toArray(String[]::new));
    }

    @Test
    void splitConceptsKeepTheEntrysLineAndPointAtTheirOwnColumn() {
        ConceptGraph graph = ConceptGraph.build(List.of(note(SOURCE.value())
                .link(seeAlso("Scaling Laws, Pretraining").column(3).context("- Scaling Laws, Pretraining — x"), 9)
                .build()), List.of());

        assertThat(graph.seeAlso(SOURCE)).extracting(r -> r.link().target(), r -> r.link().line(),
                        r -> r.link().column(), r -> r.link().context(), r -> r.resolution().status())
                .containsExactly(
                        tuple("Scaling Laws", 9, 3, "- Scaling Laws, Pretraining — x", Status.GHOST),
                        tuple("Pretraining", 9, 17, "- Scaling Laws, Pretraining — x", Status.GHOST));
        assertThat(graph.ghosts()).hasSize(2);
        assertThat(graph.linkCount()).isEqualTo(2);
    }

    @Test
    void eachConceptOfASplitEntryGetsTheBacklink() {
        ConceptGraph graph = ConceptGraph.build(List.of(note("Scaling Laws.md").build(), note("Pretraining.md").build(),
                note(SOURCE.value()).link(seeAlso("Scaling Laws, Pretraining, Bitter Lesson"), 4).build()), List.of());

        assertThat(graph.backlinks(NotePath.of("Pretraining.md"))).extracting(r -> r.source(), r -> r.link().target())
                .containsExactly(tuple(SOURCE, "Pretraining"));
        assertThat(graph.ghost("Bitter Lesson")).map(g -> g.sources()).contains(List.of(SOURCE));
    }

    @Test
    void seedListGivesThirteenGhostConceptsWhenNoConceptNotesExist() {
        ConceptGraph graph = ConceptGraph.build(List.of(overview(SEED_ENTRIES)), List.of());

        assertThat(graph.seeAlso(SOURCE)).extracting(r -> r.link().target())
                .containsExactlyElementsOf(SEED_CONCEPTS);
        assertThat(graph.seeAlso(SOURCE)).allSatisfy(r -> assertThat(r.resolution().status()).isEqualTo(Status.GHOST));
    }

    @Test
    void seedListGivesTheSameThirteenConceptsResolvedWhenTheirNotesExist() {
        List<Note> notes = new ArrayList<>();
        notes.add(overview(SEED_ENTRIES));
        SEED_CONCEPTS.forEach(c -> notes.add(note("Concepts/" + c + ".md").build()));

        ConceptGraph graph = ConceptGraph.build(notes, List.of());

        assertThat(graph.seeAlso(SOURCE)).extracting(r -> r.link().target(), r -> r.resolution().path().name())
                .containsExactlyElementsOf(SEED_CONCEPTS.stream().map(c -> tuple(c, c)).toList());
    }

    @Test
    void theSeedFilesOwnListGivesTheThirteenConcepts() throws IOException {
        Path seeds = SharedFolders.require("seeds");
        Path seed;
        try (Stream<Path> files = Files.list(seeds)) {
            seed = files.filter(p -> p.getFileName().toString().startsWith("000")).findFirst().orElse(null);
        }
        Assumptions.assumeTrue(seed != null, "seed 000 not present");
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        List<String> entries = lines.subList(lines.indexOf("See also") + 1, lines.size()).stream()
                .filter(l -> l.startsWith("- ")).map(l -> l.substring(2).split(" — ")[0].strip()).toList();

        ConceptGraph graph = ConceptGraph.build(List.of(overview(entries)), List.of());

        assertThat(graph.seeAlso(SOURCE)).extracting(r -> r.link().target())
                .containsExactlyElementsOf(SEED_CONCEPTS);
    }

    @Test
    void wikiLinksOfAMarkdownSeeAlsoSectionAreEntriesAsTheyAre() {
        ConceptGraph graph = ConceptGraph.build(List.of(note("Note.md").link(wiki("Body Link"))
                .link(seeAlsoWiki("Scaling Laws, Pretraining")).link(seeAlsoWiki("Evals#Part")).build(),
                note("Evals.md").build()), List.of());

        assertThat(graph.seeAlso(NotePath.of("Note.md"))).extracting(r -> r.link().target(),
                        r -> r.resolution().status())
                .containsExactly(tuple("Scaling Laws, Pretraining", Status.GHOST), tuple("Evals", Status.NOTE));
    }

    private static Note overview(List<String> entries) {
        TestNotes overview = note(SOURCE.value());
        for (int i = 0; i < entries.size(); i++) {
            overview.link(seeAlso(entries.get(i)), 20 + i);
        }
        return overview.build();
    }
}
