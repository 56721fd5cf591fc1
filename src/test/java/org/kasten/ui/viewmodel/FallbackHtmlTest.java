package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.note.Frontmatter;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;

class FallbackHtmlTest {

    private static Note note(String body) {
        return new Note(NotePath.of("n.md"), NoteFormat.MARKDOWN, "N", List.of(), List.of(), Frontmatter.EMPTY,
                body, 1, body, List.of(), List.of(), List.of(), 0, 0, "", List.of());
    }

    private static Resolution resolve(String target, NotePath from) {
        return target.equals("Known")
                ? new Resolution(Resolution.Status.NOTE, NotePath.of("Dir/Known.md"), target, List.of(NotePath.of("Dir/Known.md")))
                : new Resolution(Resolution.Status.GHOST, null, target, List.of());
    }

    @Test
    void headingsParagraphsListsAndLinks() {
        String html = FallbackHtml.body(note("# Title\n\nSee [[Known|this]] and [[Missing]].\n\n- one\n- [[#Title]]\n"),
                FallbackHtmlTest::resolve);
        assertThat(html).isEqualTo("""
                <h1 id="title">Title</h1>
                <p>See <a class="internal" href="kasten://note/Dir%2FKnown.md">this</a> and \
                <a class="internal ghost" href="kasten://ghost/Missing">Missing</a>.</p>
                <ul>
                <li>one</li>
                <li><a class="internal" href="#title">Title</a></li>
                </ul>
                """);
    }

    @Test
    void markupInTheNoteIsEscaped() {
        String html = FallbackHtml.body(note("<script>alert('x')</script> & <b>"), FallbackHtmlTest::resolve);
        assertThat(html).isEqualTo("<p>&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;</p>\n");
    }
}
