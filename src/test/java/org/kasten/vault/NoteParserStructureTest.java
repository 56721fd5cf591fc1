package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kasten.note.BlockId;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.NotePath;

/** Frontmatter, titles, headings, block ids and tags. */
class NoteParserStructureTest {

    private final NoteParser parser = new NoteParser();

    private Note parse(String name, String text) {
        return parser.parse(NotePath.of(name), text, NoteParser.FileInfo.NONE, List.of());
    }

    @Test
    void keepsYamlTypes() {
        Note note = parse("n.md", """
                ---
                title: A Title
                topics:
                  - ilya
                  - scaling
                date_published: 2025-11-25
                chain: null
                count: 3
                draft: true
                nested:
                  key: value
                ---
                Body
                """);
        Map<String, Object> fm = note.frontmatter().values();
        assertThat(fm.get("topics")).isEqualTo(List.of("ilya", "scaling"));
        assertThat(fm.get("date_published")).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(fm).containsKey("chain");
        assertThat(fm.get("chain")).isNull();
        assertThat(fm.get("count")).isEqualTo(3);
        assertThat(fm.get("draft")).isEqualTo(true);
        assertThat(fm.get("nested")).isEqualTo(Map.of("key", "value"));
        assertThat(note.title()).isEqualTo("A Title");
        assertThat(note.body()).isEqualTo("Body\n");
        assertThat(note.bodyLine()).isEqualTo(13);
    }

    @Test
    void onlyTrueAndFalseAreBooleansAsInObsidian() {
        Note note = parse("n.md", "---\ntitle: No\nhas_transcript: no\naliases: [Yes, NO, on]\ndone: true\n---\n");
        assertThat(note.title()).isEqualTo("No");
        assertThat(note.frontmatter().get("has_transcript")).isEqualTo("no");
        assertThat(note.aliases()).containsExactly("Yes", "NO", "on");
        assertThat(note.frontmatter().get("done")).isEqualTo(true);
    }

    @Test
    void malformedYamlWarnsWithLineAndKeepsBody() {
        Note note = parse("bad.md", "---\ntitle: ok\ntags: [unclosed\nmore: x\n---\n# Heading\n\nText [[Link]]\n");
        assertThat(note.warnings()).hasSize(1);
        assertThat(note.warnings().get(0).message()).contains("malformed YAML");
        assertThat(note.warnings().get(0).line()).isBetween(3, 5);
        assertThat(note.title()).isEqualTo("Heading");
        assertThat(note.links()).extracting(l -> l.target()).containsExactly("Link");
        assertThat(note.frontmatter().isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            // file ¦ text ¦ title
            "n.md   ¦ ---\\ntitle: From YAML\\n---\\n# From Heading ¦ From YAML",
            "n.md   ¦ Intro\\n\\n# From Heading\\n## Sub             ¦ From Heading",
            "n.md   ¦ ## Only a level two\\ntext                   ¦ n",
            "My Note.md ¦ just text                                 ¦ My Note",
            "t.txt  ¦ First Line Title\\nmore text                  ¦ First Line Title",
            "t.txt  ¦ \\n\\n  Padded title  \\nbody                 ¦ Padded title",
    })
    void findsTitle(String file, String text, String title) {
        assertThat(parse(file, text.replace("\\n", "\n")).title()).isEqualTo(title);
    }

    @Test
    void aliasesFromListCommaStringOrAlias() {
        assertThat(parse("a.md", "---\naliases:\n  - SSI\n  - Safe Superintelligence\n---\n").aliases())
                .containsExactly("SSI", "Safe Superintelligence");
        assertThat(parse("a.md", "---\naliases: SSI, Safe Superintelligence\n---\n").aliases())
                .containsExactly("SSI", "Safe Superintelligence");
        assertThat(parse("a.md", "---\nalias: Ilya\n---\n").aliases()).containsExactly("Ilya");
    }

    @Test
    void headingsWithAnchorsAndLines() {
        Note note = parse("n.md", "# Why Models Don't Generalise\n\ntext\n\n## The *Value* Function\n");
        assertThat(note.headings()).extracting(h -> h.level() + "|" + h.text() + "|" + h.anchor() + "|" + h.line())
                .containsExactly("1|Why Models Don't Generalise|why-models-dont-generalise|1",
                        "2|The Value Function|the-value-function|5");
    }

    @Test
    void blockIdsOutsideCode() {
        Note note = parse("n.md", "A claim worth citing. ^claim-1\n\n- item ^item\n\n```\nnot ^code\n```\n"
                + "![[chart.png]]^chart\n\n2^10 is not^anid\n");
        assertThat(note.blocks()).containsExactly(new BlockId("claim-1", 1), new BlockId("item", 3),
                new BlockId("chart", 8));
    }

    @Test
    void tagsInlineNestedAndFrontmatterButNotInCodeUrlsOrColours() {
        Note note = parse("n.md", """
                ---
                tags: [interview, "#ai/alignment"]
                ---
                Text #research and #ai/scaling, not#this.
                `#code` and https://example.org/#anchor and [link #x](http://x) and #123
                <span style="color: #dcddde">x</span> fill:#c6dbef color: #dcddde #a1b2c3 #b2b
                """);
        assertThat(note.tags()).containsExactly("interview", "ai/alignment", "research", "ai/scaling", "b2b");
    }

    @Test
    void markdownSavedAsTxtIsMarkdown() {
        assertThat(parse("s.txt", "---\ntitle: x\n---\nbody").format()).isEqualTo(NoteFormat.MARKDOWN);
        assertThat(parse("s.txt", "# Heading\nbody").format()).isEqualTo(NoteFormat.MARKDOWN);
        assertThat(parse("s.txt", "Title\nbody #tag").format()).isEqualTo(NoteFormat.PLAIN_TEXT);
    }
}
