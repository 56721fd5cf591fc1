package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kasten.graph.TestLinks.wiki;
import static org.kasten.graph.TestNotes.note;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.note.Mention;
import org.kasten.note.NotePath;

/** Unlinked mentions: the title or an alias as whole words in other notes' prose, not in links or code. */
class MentionTest {

    private static final NotePath TARGET = NotePath.of("Concepts/Age of Research.md");

    @Test
    void plainWordsAreMentionsButLinksCodeAndCommentsAreNot() {
        String body = String.join("\n",
                "We entered the age of research in 2025.",          // 10: mention
                "[[Age of Research]] and again age of research",    // 11: line links to the target: skipped
                "`age of research` is code",                         // 12
                "```",                                               // 13
                "age of research in a fence",                        // 14
                "```",                                               // 15
                "%% age of research in a comment %%",                // 16
                "[the age of research](elsewhere.md) and [[Other|age of research]]", // 17
                "teenage of researchers, Age-of-Research",           // 18: not whole words
                "AoR matters; the AI age; Ageless",                  // 19: alias AoR; "AI" is too short
                "%% a comment over",                                 // 20
                "two lines: Age of Research %%",                     // 21
                "see https://example.com/age-of-research on age of research", // 22: the URL is not prose
                "[ref]: age-of-research.md",                         // 23
                "<!-- Age of Research --> AGE OF RESEARCH!");        // 24
        ConceptGraph graph = ConceptGraph.build(List.of(
                note(TARGET.value()).title("Age of Research").aliases("AoR", "AI")
                        .body("The Age of Research is here.", 5).build(),
                note("Other.md").build(),
                note("Essay.md").body(body, 10).link(wiki("Age of Research"), 11).link(wiki("Other"), 17).build()),
                List.of());

        List<Mention> mentions = graph.unlinkedMentions(TARGET);

        assertThat(mentions).extracting(Mention::source, Mention::line, Mention::matched, Mention::context)
                .containsExactly(
                        tuple(NotePath.of("Essay.md"), 10, "age of research", "We entered the age of research in 2025."),
                        tuple(NotePath.of("Essay.md"), 19, "AoR", "AoR matters; the AI age; Ageless"),
                        tuple(NotePath.of("Essay.md"), 22, "age of research",
                                "see https://example.com/age-of-research on age of research"),
                        tuple(NotePath.of("Essay.md"), 24, "AGE OF RESEARCH", "<!-- Age of Research --> AGE OF RESEARCH!"));
        assertThat(mentions).allSatisfy(m -> assertThat(m.target()).isEqualTo(TARGET));
    }

    @Test
    void mentionsAreFoundAcrossNormalisationFormsAndOverlapsAreReportedOnce() {
        ConceptGraph graph = ConceptGraph.build(List.of(
                note("Café.md").title("Café").aliases("Café Culture").build(),
                note("Notes.txt").body("The Cafe\u0301 culture of Paris.\nNo cafes here.", 1).build()),
                List.of());

        assertThat(graph.unlinkedMentions(NotePath.of("Café.md")))
                .extracting(Mention::source, Mention::line, Mention::matched)
                .containsExactly(tuple(NotePath.of("Notes.txt"), 1, "Café culture"));
    }

    @Test
    void aNotesOwnTextAndUnknownNotesHaveNoMentions() {
        ConceptGraph graph = ConceptGraph.build(List.of(note("Alone.md").body("Alone, alone, alone.", 1).build()),
                List.of());

        assertThat(graph.unlinkedMentions(NotePath.of("Alone.md"))).isEmpty();
        assertThat(graph.unlinkedMentions(NotePath.of("Nobody.md"))).isEmpty();
    }

    @Test
    void everyOccurrenceOnALineIsListed() {
        ConceptGraph graph = ConceptGraph.build(List.of(note("Evals.md").build(),
                note("Other.md").body("Evals, evals and EVALS.", 3).build()), List.of());

        assertThat(graph.unlinkedMentions(NotePath.of("Evals.md"))).extracting(Mention::matched, Mention::line)
                .containsExactly(tuple("Evals", 3), tuple("evals", 3), tuple("EVALS", 3));
    }

    @Test
    void answersStayTheSameWhateverWasAskedBefore() {
        ConceptGraph graph = ConceptGraph.build(List.of(note("Alpha.md").build(), note("Beta.md").build(),
                note("Gamma.md").build(),
                note("Text.md").body("See [[Alpha]] and [[Gamma]].\nBeta and gamma here.", 2).build()), List.of());

        List<Mention> alpha = graph.unlinkedMentions(NotePath.of("Alpha.md"));
        List<Mention> beta = graph.unlinkedMentions(NotePath.of("Beta.md"));
        List<Mention> gamma = graph.unlinkedMentions(NotePath.of("Gamma.md"));

        assertThat(alpha).isEmpty();
        assertThat(beta).extracting(Mention::matched, Mention::line).containsExactly(tuple("Beta", 3));
        assertThat(gamma).extracting(Mention::matched, Mention::line).containsExactly(tuple("gamma", 3));
        assertThat(graph.unlinkedMentions(NotePath.of("Beta.md"))).isSameAs(beta);
    }

    @Test
    void severalThreadsAskingAtOnceGetTheAnswersOneThreadGets() throws Exception {
        List<org.kasten.note.Note> notes = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            notes.add(note("Topic " + i + ".md").body("Topic " + (i + 1) + " and [[Topic " + (i + 2) + "]], `Topic "
                    + (i + 3) + "`, topic " + (i + 4) + ".", 1).build());
        }
        ConceptGraph alone = ConceptGraph.build(notes, List.of());
        ConceptGraph shared = ConceptGraph.build(notes, List.of());
        List<NotePath> paths = notes.stream().map(org.kasten.note.Note::path).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<List<Mention>>>> answers = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int shift = t * 10;
                answers.add(pool.submit(() -> java.util.stream.IntStream.range(0, paths.size())
                        .mapToObj(i -> shared.unlinkedMentions(paths.get((i + shift) % paths.size()))).toList()));
            }
            for (int t = 0; t < 4; t++) {
                List<List<Mention>> got = answers.get(t).get();
                for (int i = 0; i < paths.size(); i++) {
                    assertThat(got.get(i)).isEqualTo(alone.unlinkedMentions(paths.get((i + t * 10) % paths.size())));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(alone.unlinkedMentions(NotePath.of("Topic 5.md"))).extracting(Mention::source, Mention::matched)
                .containsExactly(tuple(NotePath.of("Topic 1.md"), "topic 5"), tuple(NotePath.of("Topic 4.md"), "Topic 5"));
    }
}
