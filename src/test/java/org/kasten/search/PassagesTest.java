package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kasten.note.Frontmatter;
import org.kasten.note.Heading;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.NotePath;

class PassagesTest {

    static Note markdown(String path, String title, Map<String, Object> frontmatter, String body, List<Heading> headings) {
        return new Note(NotePath.of(path), NoteFormat.MARKDOWN, title, List.of(), List.of(), new Frontmatter(frontmatter),
                body, 1, body, headings, List.of(), List.of(), body.length(), 1L, Integer.toHexString(body.hashCode()), List.of());
    }

    @Test
    void passagesCarryTitleAndHeadingPathAndSkipCode() {
        String body = "Intro words here.\n"
                + "# Setup\n"
                + "Install it first.\n"
                + "## Linux\n"
                + "Use the package.\n"
                + "```mermaid\ngraph TD; A-->B\n```\n"
                + "See [[Other note|the other one]] and [a link](http://x).\n";
        Note note = markdown("Guide.md", "Guide", Map.of("description", "How to install the tool"), body,
                List.of(new Heading(1, "Setup", "setup", 2), new Heading(2, "Linux", "linux", 4)));
        List<Passages.Passage> passages = Passages.of(note);
        assertThat(passages).extracting(Passages.Passage::heading).containsExactly("", "", "Setup", "Setup › Linux");
        assertThat(passages.get(0).text()).isEqualTo("How to install the tool");
        assertThat(passages.get(1).embedded()).isEqualTo("Guide\nIntro words here.");
        Passages.Passage linux = passages.get(3);
        assertThat(linux.embedded()).startsWith("Guide › Setup › Linux\n");
        assertThat(linux.text()).isEqualTo("Use the package. See the other one and a link.");
        assertThat(linux.text()).doesNotContain("graph", "-->");
    }

    @Test
    void longSectionsAreCutWithOverlap() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            words.append("w").append(i).append(' ');
        }
        List<Passages.Passage> passages = Passages.of(markdown("Long.md", "Long", Map.of(), words.toString(), List.of()));
        assertThat(passages).hasSize(4);
        assertThat(passages.get(0).text()).startsWith("w0 ").endsWith(" w179");
        assertThat(passages.get(1).text()).startsWith("w150 "); // 30 words of overlap
        assertThat(passages.get(3).text()).endsWith("w499");
    }

    @Test
    void plainTextNotesAreCutWithoutMarkup() {
        Note text = new Note(NotePath.of("log.txt"), NoteFormat.PLAIN_TEXT, "log", List.of(), List.of(), Frontmatter.EMPTY,
                "# not a heading\n```\nkept\n", 1, "", List.of(), List.of(), List.of(), 10, 1L, "h", List.of());
        assertThat(Passages.of(text)).singleElement().satisfies(p -> {
            assertThat(p.heading()).isEmpty();
            assertThat(p.text()).isEqualTo("# not a heading ``` kept"); // no heading, no code block: all of it is text
        });
    }

    @Test
    void anEmptyNoteHasNoPassages() {
        assertThat(Passages.of(markdown("Empty.md", "Empty", Map.of(), "\n\n", List.of()))).isEmpty();
    }
}
