package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.vault.NoteParser;

/**
 * Random notes for graph tests whose few names are shared by many notes (as every name of the 100,000-note test
 * vault is), linking them in every way links are written, in the given folders; and the comparison of two graphs'
 * every answer, order included.
 */
final class RandomNotes {

    static final String[] NAMES = {"Alpha", "Beta", "Gamma Ray", "delta", "Alpha Beta", "Epsilon"};
    static final List<NotePath> ATTACHMENTS = List.of(NotePath.of("A/pic.png"), NotePath.of("Alpha.png"),
            NotePath.of("C/data.csv"));

    private final String[] folders;
    private final NoteParser parser = new NoteParser();

    /** Notes in these folders ({@code ""} the vault root, else ending in a slash). */
    RandomNotes(String... folders) {
        this.folders = folders.clone();
    }

    /**
     * Asserts that {@code actual} answers as {@code expected}: notes, links, backlinks, see-also lists, ghosts,
     * missing attachments, ambiguous links, warnings (all in order), counts and the resolution of every name from
     * every folder; and unlinked mentions when {@code mentions} (they read every note).
     */
    void assertSameGraph(ConceptGraph actual, ConceptGraph expected, String when, boolean mentions) {
        assertThat(actual.notes()).as(when).isEqualTo(expected.notes());
        for (Note note : expected.notes()) {
            NotePath path = note.path();
            assertThat(actual.note(path)).as(when).contains(note);
            assertThat(actual.outgoing(path)).as(when + " outgoing " + path).isEqualTo(expected.outgoing(path));
            assertThat(actual.backlinks(path)).as(when + " backlinks " + path).isEqualTo(expected.backlinks(path));
            assertThat(actual.seeAlso(path)).as(when + " see also " + path).isEqualTo(expected.seeAlso(path));
            if (mentions) {
                assertThat(actual.unlinkedMentions(path)).as(when + " mentions " + path)
                        .isEqualTo(expected.unlinkedMentions(path));
            }
        }
        assertThat(actual.ghosts()).as(when + " ghosts").isEqualTo(expected.ghosts());
        assertThat(actual.missingAttachments()).as(when + " missing").isEqualTo(expected.missingAttachments());
        assertThat(actual.ambiguousLinks()).as(when + " ambiguous").isEqualTo(expected.ambiguousLinks());
        assertThat(actual.warnings()).as(when + " warnings").isEqualTo(expected.warnings());
        assertThat(actual.linkCount()).as(when + " links").isEqualTo(expected.linkCount());
        assertThat(actual.resolvedCount()).as(when + " resolved").isEqualTo(expected.resolvedCount());
        for (String name : NAMES) {
            for (String folder : folders) {
                NotePath from = NotePath.of(folder + "x.md");
                assertThat(actual.resolve(name, from)).as(when + " resolve " + name).isEqualTo(expected.resolve(name, from));
                assertThat(actual.resolve(folder + name + ".md", from, true)).as(when + " resolve file " + name)
                        .isEqualTo(expected.resolve(folder + name + ".md", from, true));
            }
            assertThat(actual.find(name)).as(when + " find " + name).isEqualTo(expected.find(name));
            assertThat(actual.ghost(name)).as(when + " ghost " + name).isEqualTo(expected.ghost(name));
        }
    }

    NotePath randomPath(Random random) {
        return NotePath.of(folders[random.nextInt(folders.length)] + NAMES[random.nextInt(NAMES.length)]
                + (random.nextInt(3) == 0 ? " " + random.nextInt(3) : "") + ".md");
    }

    /** A note naming, linking and mentioning a few of the shared names in the ways links are written. */
    Note randomNote(Random random, NotePath path) {
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

    private String line(Random random) {
        String name = name(random);
        String folder = folders[random.nextInt(folders.length)];
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

    /** The note the parser reads from this text at this path. */
    Note parse(String path, String text) {
        return parser.parse(NotePath.of(path), text, NoteParser.FileInfo.NONE, new ArrayList<>());
    }
}
