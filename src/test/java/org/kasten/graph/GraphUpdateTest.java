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

    private static final String[] NAMES = {"Alpha", "Beta", "Gamma Ray", "delta", "Alpha Beta", "Epsilon"};
    private static final String[] FOLDERS = {"", "A/", "A/B/", "C/", "C/A/"};
    private static final List<NotePath> ATTACHMENTS = List.of(NotePath.of("A/pic.png"), NotePath.of("Alpha.png"),
            NotePath.of("C/data.csv"));

    private final NoteParser parser = new NoteParser();

    @Test
    void randomEditsAddsAndRemovesGiveTheGraphAFullBuildGives() {
        for (int seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            Map<NotePath, Note> notes = new TreeMap<>();
            for (int i = 0; i < 30; i++) {
                Note note = randomNote(random, randomPath(random));
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
                    NotePath path = op < 5 ? randomPath(random) : paths.get(random.nextInt(paths.size()));
                    Note note = randomNote(random, path);
                    notes.put(path, note);
                    graph = graph.withNote(note);
                }
                if (random.nextInt(4) == 0) { // ask some mentions, so later graphs take filters over
                    graph.unlinkedMentions(paths.get(random.nextInt(paths.size())));
                }
                assertSameGraph(graph, ConceptGraph.build(notes.values(), ATTACHMENTS), "seed " + seed + " step " + step);
            }
        }
    }

    @Test
    void anEditResolvesAgainOnlyTheLinksItMayChange() {
        Note a = parse("A/Alpha.md", "# Alpha\n\nSee [[Beta]].\n");
        Note b = parse("Beta.md", "# Beta\n\nSee [[Alpha]].\n");
        Note c = parse("C/Gamma Ray.md", "# Gamma Ray\n\nNothing to [[Epsilon]].\n");
        Note d = parse("Delta.md", "# Delta\n\nSee [[Gamma Ray]].\n");
        ConceptGraph before = ConceptGraph.build(List.of(a, b, c, d), List.of());
        Note edited = parse("Beta.md", "# Beta\n\nSee [[Alpha]], edited.\n");
        ConceptGraph after = before.withNote(edited);

        // notes that neither link to the edited note nor look up a name it changed keep their resolved links
        assertThat(after.outgoing(d.path())).isSameAs(before.outgoing(d.path())); // a full build made them again
        assertThat(after.backlinks(c.path())).isSameAs(before.backlinks(c.path()));
        assertThat(after.ghosts()).isEqualTo(before.ghosts());
        assertSameGraph(after, ConceptGraph.build(List.of(a, edited, c, d), List.of()), "edit");
    }

    @Test
    void aNewGraphAfterAnEditDoesNotReadEveryNoteAgainForMentions() {
        AtomicInteger reads = new AtomicInteger();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Note parsed = parse("N" + i + ".md", "# Note " + i + "\n\nWords about topic" + i + " here.\n");
            notes.add(stored(parsed, reads));
        }
        notes.add(stored(parse("Target.md", "# Target\n\nThe target.\n"), reads));
        notes.add(stored(parse("Mentioner.md", "# Mentioner\n\nThis names the Target plainly.\n"), reads));
        ConceptGraph graph = ConceptGraph.build(notes, List.of());
        assertThat(graph.unlinkedMentions(NotePath.of("Target.md"))).hasSize(1);

        ConceptGraph edited = graph.withNote(stored(parse("N3.md", "# Note 3\n\nNow about something else.\n"), reads));
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

    private static void assertSameGraph(ConceptGraph actual, ConceptGraph expected, String when) {
        assertThat(actual.notes()).as(when).isEqualTo(expected.notes());
        for (Note note : expected.notes()) {
            NotePath path = note.path();
            assertThat(actual.note(path)).as(when).contains(note);
            assertThat(actual.outgoing(path)).as(when + " outgoing " + path).isEqualTo(expected.outgoing(path));
            assertThat(actual.backlinks(path)).as(when + " backlinks " + path).isEqualTo(expected.backlinks(path));
            assertThat(actual.seeAlso(path)).as(when + " see also " + path).isEqualTo(expected.seeAlso(path));
            assertThat(actual.unlinkedMentions(path)).as(when + " mentions " + path)
                    .isEqualTo(expected.unlinkedMentions(path));
        }
        assertThat(actual.ghosts()).as(when + " ghosts").isEqualTo(expected.ghosts());
        assertThat(actual.missingAttachments()).as(when + " missing").isEqualTo(expected.missingAttachments());
        assertThat(actual.ambiguousLinks()).as(when + " ambiguous").isEqualTo(expected.ambiguousLinks());
        assertThat(actual.warnings()).as(when + " warnings").isEqualTo(expected.warnings());
        assertThat(actual.linkCount()).as(when + " links").isEqualTo(expected.linkCount());
        assertThat(actual.resolvedCount()).as(when + " resolved").isEqualTo(expected.resolvedCount());
        for (String name : NAMES) {
            for (String folder : FOLDERS) {
                NotePath from = NotePath.of(folder + "x.md");
                assertThat(actual.resolve(name, from)).as(when + " resolve " + name).isEqualTo(expected.resolve(name, from));
                assertThat(actual.resolve(folder + name + ".md", from, true)).as(when + " resolve file " + name)
                        .isEqualTo(expected.resolve(folder + name + ".md", from, true));
            }
            assertThat(actual.find(name)).as(when + " find " + name).isEqualTo(expected.find(name));
            assertThat(actual.ghost(name)).as(when + " ghost " + name).isEqualTo(expected.ghost(name));
        }
    }

    private static NotePath randomPath(Random random) {
        return NotePath.of(FOLDERS[random.nextInt(FOLDERS.length)] + NAMES[random.nextInt(NAMES.length)]
                + (random.nextInt(3) == 0 ? " " + random.nextInt(3) : "") + ".md");
    }

    /** A note naming, linking and mentioning a few of the shared names in the ways links are written. */
    private Note randomNote(Random random, NotePath path) {
        StringBuilder text = new StringBuilder();
        if (random.nextBoolean()) {
            text.append("---\n");
            if (random.nextBoolean()) {
                text.append("title: ").append(name(random)).append('\n');
            }
            if (random.nextBoolean()) {
                text.append("aliases: [").append(name(random)).append(", ").append("Ghost ").append(random.nextInt(3))
                        .append("]\n");
            }
            text.append("---\n");
        }
        if (random.nextBoolean()) {
            text.append("# ").append(name(random)).append("\n\n");
        }
        text.append("## Part ").append(random.nextInt(3)).append("\n\n");
        int lines = 2 + random.nextInt(6);
        for (int i = 0; i < lines; i++) {
            text.append(line(random)).append("\n\n");
        }
        if (random.nextBoolean()) {
            text.append("## See also\n\n- ").append(name(random)).append(", ").append(name(random)).append("\n- [[")
                    .append(name(random)).append("]]\n");
        }
        return parse(path.value(), text.toString());
    }

    private static String line(Random random) {
        String name = name(random);
        String folder = FOLDERS[random.nextInt(FOLDERS.length)];
        return switch (random.nextInt(14)) {
            case 0 -> "Links to [[" + name + "]] here.";
            case 1 -> "Links to [[" + name + "#Part " + random.nextInt(3) + "]] with a heading.";
            case 2 -> "Links to [[" + folder + name + "|shown words]].";
            case 3 -> "A file link [text](" + folder + name.replace(" ", "%20") + ".md).";
            case 4 -> "A relative link [up](../" + name.replace(" ", "%20") + ".md) and [here](./" + name.replace(" ", "%20") + ".md).";
            case 5 -> "Embeds ![[pic.png]] and ![[missing " + random.nextInt(2) + ".png]] and [[data.csv]].";
            case 6 -> "Within the note: [[#Part " + random.nextInt(3) + "]] and [[#^blk]].";
            case 7 -> "A concept without a note: [[Ghost " + random.nextInt(3) + "]].";
            case 8 -> "Plain words naming " + name + " and " + name(random).toLowerCase() + " in prose. ^blk";
            case 9 -> "A trailing-slash link [[" + folder + "]] and [[/" + name + "]].";
            case 10 -> "A path link [[" + folder + name + ".md]] and a block [[" + name + "#^blk]].";
            case 11 -> "`[[" + name + "]]` in code is no link, but " + name + " in prose is a mention.";
            case 12 -> "A link up two [x](../../" + folder + name.replace(" ", "%20") + ".md).";
            default -> "Nothing here but " + name + ".";
        };
    }

    private static String name(Random random) {
        return NAMES[random.nextInt(NAMES.length)];
    }

    private Note parse(String path, String text) {
        return parser.parse(NotePath.of(path), text, NoteParser.FileInfo.NONE, new ArrayList<>());
    }
}
