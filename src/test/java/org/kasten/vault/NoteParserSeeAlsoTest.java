package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.markdown.SeeAlsoEntry;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/** "See also" sections: bare entries name concepts; linked entries keep their links, marked as see-also. */
class NoteParserSeeAlsoTest {

    private final NoteParser parser = new NoteParser();

    private Note parse(String name, String text) {
        return parser.parse(NotePath.of(name), text, NoteParser.FileInfo.NONE, List.of());
    }

    private static List<String> seeAlso(Note note) {
        return note.links().stream().filter(Link::seeAlso).map(Link::target).toList();
    }

    @Test
    void markdownHeadingSectionWithBareAndLinkedEntries() {
        Note note = parse("n.md", """
                # Note
                Body mentions [[Elsewhere]].
                ## See also
                - Age of Research — the scaling→research periodisation
                - [[Continual Learning]] — learning after deployment
                - Scaling Laws, Pretraining — the backdrop
                ## Next
                - Not see also
                """);
        assertThat(seeAlso(note)).containsExactly("Age of Research", "Continual Learning", "Scaling Laws, Pretraining");
        assertThat(note.links()).filteredOn(Link::seeAlso).extracting(Link::kind)
                .containsExactly(LinkKind.SEE_ALSO, LinkKind.WIKI, LinkKind.SEE_ALSO);
        assertThat(note.links()).filteredOn(l -> !l.seeAlso()).extracting(Link::target).containsExactly("Elsewhere");
    }

    @Test
    void markdownLineLabelFollowedByList() {
        Note note = parse("n.md", "Text.\n\n**See also:**\n\n- Evals - how models are measured\n- Bitter Lesson\n\nAfter.\n\n- Not this\n");
        assertThat(seeAlso(note)).containsExactly("Evals", "Bitter Lesson");
    }

    @Test
    void plainTextNoteLikeSeedZero() {
        Note note = parse("talk.txt", """
                A Talk on Research
                Someone in conversation with someone else. Published 2025.
                Key ideas
                - An idea. With detail.
                - 5–20 year timeline.
                The Age of Research
                A paragraph about periods.
                See also
                - Deep notes — frame, glossary
                - Jagged Intelligence, Evals — eval-shaped RL
                - Andrej Karpathy on AGI Timelines, RL's Limits, and the Future of Education — a view
                """);
        assertThat(note.title()).isEqualTo("A Talk on Research");
        assertThat(note.headings()).extracting(h -> h.level() + " " + h.text())
                .containsExactly("1 A Talk on Research", "2 Key ideas", "2 The Age of Research", "2 See also");
        assertThat(seeAlso(note)).containsExactly("Deep notes", "Jagged Intelligence, Evals",
                "Andrej Karpathy on AGI Timelines, RL's Limits, and the Future of Education");
        assertThat(note.links()).extracting(Link::line).containsExactly(9, 10, 11);
    }

    @Test
    void nestedBulletsExplainAnEntryAndNameNothing() {
        Note note = parse("n.md", "## See also\n- Gamma\n  - sub-point about why [[Delta]] matters\n- Epsilon — e\n");
        assertThat(seeAlso(note)).containsExactly("Gamma", "Epsilon");
        assertThat(note.links()).filteredOn(l -> !l.seeAlso()).extracting(Link::target).containsExactly("Delta");
    }

    @Test
    void plainTextLabelWithColon() {
        Note note = parse("p.txt", "Plain title\n\nSee also:\n- Alpha\n- Beta — b\n");
        assertThat(seeAlso(note)).containsExactly("Alpha", "Beta");
    }

    @Test
    void nameIsTextBeforeTheDash() {
        assertThat(SeeAlsoEntry.name("Age of Research — the periodisation")).isEqualTo("Age of Research");
        assertThat(SeeAlsoEntry.name("Evals – en dash")).isEqualTo("Evals");
        assertThat(SeeAlsoEntry.name("Evals - hyphen")).isEqualTo("Evals");
        assertThat(SeeAlsoEntry.name("Self-play")).isEqualTo("Self-play");
        assertThat(SeeAlsoEntry.name("Bitter Lesson.")).isEqualTo("Bitter Lesson");
        assertThat(SeeAlsoEntry.name("https://example.org")).isEmpty();
    }
}
