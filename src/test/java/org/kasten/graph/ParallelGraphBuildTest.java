package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * A graph built in parallel (as from {@link GraphBuilder#PARALLEL_FROM} notes) is the graph built on one thread:
 * every list in the same order, on a generated vault of 1,200 notes sharing a few names across many
 * folders, so nearly every link is ambiguous, many anchors are missing, and backlink lists are long.
 */
class ParallelGraphBuildTest {

    private static final String[] FOLDERS = folders();

    private final RandomNotes generated = new RandomNotes(FOLDERS);

    @Test
    void aGraphBuiltInParallelIsTheGraphBuiltOnOneThread() {
        for (int seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            Map<NotePath, Note> notes = new TreeMap<>();
            while (notes.size() < 1200) {
                Note note = generated.randomNote(random, generated.randomPath(random));
                notes.put(note.path(), note);
            }
            for (int i = 0; i < FOLDERS.length; i += 2) { // links listed last line first: the lists are sorted by line
                Note backwards = TestNotes.note(FOLDERS[i] + "Backwards.md").link(TestLinks.wiki("Alpha#Nowhere"), 9)
                        .link(TestLinks.wiki("Beta"), 7).link(TestLinks.wiki("Gamma Ray#Part 0"), 4)
                        .link(TestLinks.wiki("Alpha#Gone"), 2).build();
                notes.put(backwards.path(), backwards);
            }
            List<NotePath> attachments = new ArrayList<>(RandomNotes.ATTACHMENTS);
            for (int i = 0; i < FOLDERS.length; i += 3) {
                attachments.add(NotePath.of(FOLDERS[i] + "pic.png"));
                attachments.add(NotePath.of(FOLDERS[i] + "Alpha.png"));
            }
            List<Note> shuffled = new ArrayList<>(notes.values());
            java.util.Collections.shuffle(shuffled, random); // as a loader may give them

            ConceptGraph serial = ConceptGraph.build(shuffled, attachments, false);
            ConceptGraph parallel = ConceptGraph.build(shuffled, attachments, true);

            assertThat(serial.ambiguousLinks().size()).as("a vault of shared names").isGreaterThan(300);
            assertThat(serial.warnings().size()).as("with missing anchors").isGreaterThan(100);
            assertThat(serial.ghosts().size()).as("and ghosts").isPositive();
            generated.assertSameGraph(parallel, serial, "seed " + seed, false);
            for (Note note : notes.values()) { // every name of every note, from a few folders
                for (String name : List.of(note.title(), note.path().value(), note.path().name())) {
                    for (int f = 0; f < FOLDERS.length; f += 7) {
                        NotePath from = NotePath.of(FOLDERS[f] + "x.md");
                        assertThat(parallel.resolve(name, from)).as("resolve %s from %s", name, from)
                                .isEqualTo(serial.resolve(name, from));
                    }
                }
            }
        }
    }

    /** The vault root and some 60 folders up to three deep, some named as the notes are. */
    private static String[] folders() {
        List<String> folders = new ArrayList<>(List.of("", "A/", "A/B/", "C/", "C/A/", "Alpha/", "Alpha/Beta/"));
        for (int i = 0; i < 60; i++) {
            folders.add("F" + i % 8 + "/" + (i % 3 == 0 ? "" : "G" + i / 8 + "/") + (i % 5 == 0 ? "delta/" : ""));
        }
        return folders.stream().distinct().toArray(String[]::new);
    }
}
