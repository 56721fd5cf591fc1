package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.Link;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;

/** Notes share equal strings (link targets, anchors, contexts, headings, tags, frontmatter), parsed or read back. */
class SharedStringsTest {

    @TempDir
    Path vault;

    @TempDir
    Path cacheDir;

    private static final String NOTE = """
            ---
            status: draft
            tags: [topic]
            ---
            # See also
            Both [[Concept#Part|shown]] and [[Concept#Part|shown]] here.
            """;

    @Test
    void notesParsedOneAfterTheOtherShareEqualStrings() {
        // one parser, one thread: the loader parses in parallel, where a race may lose a repeat (by design)
        NoteParser parser = new NoteParser();
        assertShared(List.of(parser.parse(NotePath.of("a.md"), NOTE, NoteParser.FileInfo.NONE, new ArrayList<>()),
                parser.parse(NotePath.of("b.md"), NOTE, NoteParser.FileInfo.NONE, new ArrayList<>())));
    }

    @Test
    void notesReadBackFromTheParseCacheShareEqualStrings() throws IOException {
        Files.writeString(vault.resolve("a.md"), NOTE);
        Files.writeString(vault.resolve("b.md"), NOTE);
        load(); // parsed, and the parse cache written
        assertShared(load().notes()); // read back from the parse cache, on one thread
    }

    private LoadedVault load() throws IOException {
        return new VaultLoader().load(vault, cacheDir.resolve("notes.bin"), Progress.NONE);
    }

    private static void assertShared(List<Note> notes) {
        Note a = notes.get(0);
        Note b = notes.get(1);
        Link first = a.links().get(0);
        for (Link link : List.of(a.links().get(1), b.links().get(0), b.links().get(1))) {
            assertThat(link.target()).isEqualTo("Concept").isSameAs(first.target());
            assertThat(link.anchor()).isEqualTo("Part").isSameAs(first.anchor());
            assertThat(link.display()).isEqualTo("shown").isSameAs(first.display());
            assertThat(link.context()).isSameAs(first.context());
        }
        assertThat(b.headings().get(0).text()).isEqualTo("See also").isSameAs(a.headings().get(0).text());
        assertThat(b.headings().get(0).anchor()).isSameAs(a.headings().get(0).anchor());
        assertThat(b.tags().get(0)).isEqualTo("topic").isSameAs(a.tags().get(0));
        assertThat(b.frontmatter().get("status")).isEqualTo("draft").isSameAs(a.frontmatter().get("status"));
        assertThat(b.frontmatter().values().keySet().iterator().next())
                .isSameAs(a.frontmatter().values().keySet().iterator().next());
    }

    @Test
    void givesBackAnEqualStringForEveryStringEvenWhenSlotsCollide() {
        SharedStrings shared = new SharedStrings();
        for (int i = 0; i < 200_000; i++) { // more strings than slots: many share a slot
            String s = "name " + i;
            assertThat(shared.of(s)).isEqualTo(s);
            assertThat(shared.of(new String(s))).isSameAs(shared.of(s));
        }
        assertThat(shared.of((String) null)).isNull();
    }
}
