package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/** Link syntax, one small note per row: what the parser must see as a link, and what it must not. */
class NoteParserLinksTest {

    private final NoteParser parser = new NoteParser();

    private List<Link> links(String markdown) {
        Note note = parser.parse(NotePath.of("a/Source.md"), markdown, NoteParser.FileInfo.NONE, List.of());
        return note.links();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', nullValues = "∅", value = {
            // markdown ¦ target ¦ anchor ¦ display ¦ kind
            "See [[Age of Research]] here.          ¦ Age of Research    ¦ ∅          ¦ ∅           ¦ WIKI",
            "[[Age of Research|the age]]            ¦ Age of Research    ¦ ∅          ¦ the age     ¦ WIKI",
            "[[Continual Learning#Why it matters]]  ¦ Continual Learning ¦ Why it matters ¦ ∅       ¦ WIKI",
            "[[Evals#Goodhart#In RL]]               ¦ Evals              ¦ Goodhart#In RL ¦ ∅       ¦ WIKI",
            "[[Pretraining#^limits|limits]]         ¦ Pretraining        ¦ ^limits    ¦ limits      ¦ WIKI",
            "[[#Open questions]]                    ¦ ''                 ¦ Open questions ¦ ∅       ¦ WIKI",
            "![[Scaling Laws]]                      ¦ Scaling Laws       ¦ ∅          ¦ ∅           ¦ EMBED",
            "![[Scaling Laws#Chinchilla]]           ¦ Scaling Laws       ¦ Chinchilla ¦ ∅           ¦ EMBED",
            "![[timeline.png|300]]                  ¦ timeline.png       ¦ ∅          ¦ 300         ¦ EMBED",
            "[spaced](<Sub/With Space.md>)         ¦ Sub/With Space.md  ¦ ∅          ¦ spaced      ¦ MARKDOWN",
            "[the gap](Generalization%20Gap.md)     ¦ Generalization Gap.md ¦ ∅       ¦ the gap     ¦ MARKDOWN",
            "[gap](../Concepts/Gap.md#Why)          ¦ ../Concepts/Gap.md ¦ Why        ¦ gap         ¦ MARKDOWN",
            "[self](#Open%20questions)              ¦ ''                 ¦ Open questions ¦ self    ¦ MARKDOWN",
            "![chart](img/chart.png)                ¦ img/chart.png      ¦ ∅          ¦ chart       ¦ MARKDOWN_EMBED",
            "[SSI][1]\\n\\n[1]: People/SSI.md         ¦ People/SSI.md      ¦ ∅          ¦ 1           ¦ MARKDOWN",
            "| a | [[Evals\\|evals]] |\\n|---|---|\\n| 1 | 2 | ¦ Evals          ¦ ∅          ¦ evals       ¦ WIKI",
    })
    void readsOneLink(String markdown, String target, String anchor, String display, LinkKind kind) {
        List<Link> links = links(markdown.replace("\\n", "\n"));
        assertThat(links).hasSize(1);
        Link link = links.get(0);
        assertThat(link.target()).isEqualTo(target);
        assertThat(link.anchor()).isEqualTo(anchor);
        assertThat(link.display()).isEqualTo(display);
        assertThat(link.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            "Inline `[[Not a link]]` code",
            "```\\n[[Not a link]]\\n```",
            "'    [[Indented code]]'",
            "%% [[Hidden in a comment]] %%",
            "%%\\n[[Hidden]]\\nover lines\\n%%",
            "[external](https://example.org/page.md)",
            "<https://example.org>",
            "[mail](mailto:someone@example.org)",
            "A claim.[^1]\\n\\n[^1]: Ibid.",
            "[[]] and [[|x]] and [[#]]",
            "<div>\\n[[In an HTML block]]\\n</div>",
    })
    void readsNoLink(String markdown) {
        assertThat(links(markdown.replace("\\n", "\n"))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void keepsPositionAndContextLine() {
        String text = "---\ntitle: T\n---\n# T\n\nFirst line.\n- an item with [[Target]] inside\n";
        Link link = links(text).get(0);
        assertThat(link.line()).isEqualTo(7);
        assertThat(link.column()).isEqualTo(16);
        assertThat(link.context()).isEqualTo("an item with [[Target]] inside");
    }

    @org.junit.jupiter.api.Test
    void longLineContextIsAWindowAroundTheLink() {
        String text = "lorem ipsum ".repeat(60) + "see [[Target]] here " + "dolor ".repeat(100);
        Link link = links(text).get(0);
        assertThat(link.context()).contains("see [[Target]] here").startsWith("…").endsWith("…").hasSizeLessThan(410);
    }

    @org.junit.jupiter.api.Test
    void sameFrontmatterLinkTwiceGetsEachLine() {
        List<Link> links = links("---\nup: \"[[Alpha]]\"\nx: 1\nrelated:\n  - \"[[Alpha]]\"\n---\n");
        assertThat(links).extracting(Link::line).containsExactly(2, 5);
    }

    @org.junit.jupiter.api.Test
    void readsLinksInFrontmatterValues() {
        List<Link> links = links("---\nrelated: \"[[Age of Research]]\"\nup:\n  - \"[[Home]]\"\n---\nBody\n");
        assertThat(links).extracting(Link::target).containsExactly("Age of Research", "Home");
        assertThat(links).extracting(Link::kind).containsOnly(LinkKind.FRONTMATTER);
        assertThat(links).extracting(Link::line).containsExactly(2, 4);
    }
}
