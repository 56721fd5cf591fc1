package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.NoteText;
import org.kasten.vault.NoteParser;

/**
 * {@link ConceptGraph#withNote} and {@link ConceptGraph#withoutNote} update the graph in place of a full build:
 * random edits, additions and removals on a small generated vault whose few names are shared by many notes
 * (as every name of the 100,000-note test vault is), each compared with a full build of the same notes.
 */
class GraphUpdateTest {

    private static final List<NotePath> ATTACHMENTS = RandomNotes.ATTACHMENTS;

    private final RandomNotes generated = new RandomNotes("", "A/", "A/B/", "C/", "C/A/");

    @Test
    void randomEditsAddsAndRemovesGiveTheGraphAFullBuildGives() {
        for (int seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            Map<NotePath, Note> notes = new TreeMap<>();
            for (int i = 0; i < 30; i++) {
                Note note = generated.randomNote(random, generated.randomPath(random));
                notes.put(note.path(), note);
            }
            ConceptGraph graph = ConceptGraph.build(notes.values(), ATTACHMENTS);
            for (int step = 0; step < 30; step++) {
                int op = random.nextInt(10);
                List<NotePath> paths = new ArrayList<>(notes.keySet());
                if (op < 2 && paths.size() > 2) {
                    NotePath gone = paths.get(random.nextInt(paths.size()));
                    notes.remove(gone);
                    graph = graph.withoutNote(gone);
                } else {
                    NotePath path = op < 5 ? generated.randomPath(random) : paths.get(random.nextInt(paths.size()));
                    Note note = generated.randomNote(random, path);
                    notes.put(path, note);
                    graph = graph.withNote(note);
                }
                if (random.nextInt(4) == 0) { // ask some mentions, so later graphs take filters over
                    graph.unlinkedMentions(paths.get(random.nextInt(paths.size())));
                }
                generated.assertSameGraph(graph, ConceptGraph.build(notes.values(), ATTACHMENTS), "seed " + seed + " step " + step, true);
            }
        }
    }

    @Test
    void manyNewNotesNeverLeaveTheNameTableOverEditedAndGiveTheGraphAFullBuildGives() {
        Random random = new Random(42);
        Map<NotePath, Note> notes = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            Note note = generated.randomNote(random, generated.randomPath(random));
            notes.put(note.path(), note);
        }
        ConceptGraph graph = ConceptGraph.build(notes.values(), ATTACHMENTS);
        for (int step = 0; step < 300; step++) { // a watcher batch of new notes: each adds keys to the edits' overlay
            Note note = generated.randomNote(random, NotePath.of("New/Note " + step + ".md"));
            notes.put(note.path(), note);
            graph = graph.withNote(note);
            assertThat(graph.resolver.table().overEdited()).as("step " + step).isFalse();
        }
        generated.assertSameGraph(graph, ConceptGraph.build(notes.values(), ATTACHMENTS), "after 300 new notes", true);
    }

    @Test
    void anEditResolvesAgainOnlyTheLinksItMayChange() {
        Note a = generated.parse("A/Alpha.md", "# Alpha\n\nSee [[Beta]].\n");
        Note b = generated.parse("Beta.md", "# Beta\n\nSee [[Alpha]].\n");
        Note c = generated.parse("C/Gamma Ray.md", "# Gamma Ray\n\nNothing to [[Epsilon]].\n");
        Note d = generated.parse("Delta.md", "# Delta\n\nSee [[Gamma Ray]].\n");
        ConceptGraph before = ConceptGraph.build(List.of(a, b, c, d), List.of());
        Note edited = generated.parse("Beta.md", "# Beta\n\nSee [[Alpha]], edited.\n");
        ConceptGraph after = before.withNote(edited);

        // notes that neither link to the edited note nor look up a name it changed keep their resolved links
        assertThat(after.outgoing(d.path())).isSameAs(before.outgoing(d.path())); // a full build made them again
        assertThat(after.backlinks(c.path())).isSameAs(before.backlinks(c.path()));
        assertThat(after.ghosts()).isEqualTo(before.ghosts());
        generated.assertSameGraph(after, ConceptGraph.build(List.of(a, edited, c, d), List.of()), "edit", true);
    }

    @Test
    void aNewGraphAfterAnEditDoesNotReadEveryNoteAgainForMentions() {
        AtomicInteger reads = new AtomicInteger();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Note parsed = generated.parse("N" + i + ".md", "# Note " + i + "\n\nWords about topic" + i + " here.\n");
            notes.add(stored(parsed, reads));
        }
        notes.add(stored(generated.parse("Target.md", "# Target\n\nThe target.\n"), reads));
        notes.add(stored(generated.parse("Mentioner.md", "# Mentioner\n\nThis names the Target plainly.\n"), reads));
        ConceptGraph graph = ConceptGraph.build(notes, List.of());
        assertThat(graph.unlinkedMentions(NotePath.of("Target.md"))).hasSize(1);

        ConceptGraph edited = graph.withNote(stored(generated.parse("N3.md", "# Note 3\n\nNow about something else.\n"), reads));
        reads.set(0);
        assertThat(edited.unlinkedMentions(NotePath.of("Target.md"))).hasSize(1);

        // the mentioner (its filter holds the name) and the edited note (no filter yet); not all 52 again
        assertThat(reads.get()).isLessThanOrEqualTo(2);
    }

    private Note stored(Note note, AtomicInteger reads) {
        String body = note.body();
        String plain = note.plainText();
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        byte[] plainBytes = plain.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bodyBytes.length + plainBytes.length];
        System.arraycopy(bodyBytes, 0, all, 0, bodyBytes.length);
        System.arraycopy(plainBytes, 0, all, bodyBytes.length, plainBytes.length);
        NoteText.Store store = (position, length) -> {
            reads.incrementAndGet();
            return java.util.Arrays.copyOfRange(all, (int) position, (int) position + length);
        };
        return new Note(note.path(), note.format(), note.title(), note.aliases(), note.tags(), note.frontmatter(),
                NoteText.stored(store, 0, bodyBytes.length, bodyBytes.length, plainBytes.length), note.bodyLine(),
                note.headings(), note.blocks(), note.links(), note.size(), note.modified(), note.hash(), note.warnings());
    }

}
