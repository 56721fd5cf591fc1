package org.kasten.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kasten.note.BlockId;
import org.kasten.note.Frontmatter;
import org.kasten.note.Heading;
import org.kasten.note.Link;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.NotePath;

/**
 * Builds {@link Note} records for graph tests without the parser: {@code note("A/B.md").title("T")
 * .link(wiki("X#H"), 3).build()}. Defaults as the loader's: title is the file name, body empty, line 1.
 */
final class TestNotes {

    private final NotePath path;
    private String title;
    private final List<String> aliases = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<BlockId> blocks = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private String body = "";
    private int bodyLine = 1;

    private TestNotes(String path) {
        this.path = NotePath.of(path);
        this.title = this.path.name();
    }

    /** Starts a note at this vault-relative path. */
    static TestNotes note(String path) {
        return new TestNotes(path);
    }

    TestNotes title(String value) {
        title = value;
        return this;
    }

    TestNotes aliases(String... values) {
        aliases.addAll(List.of(values));
        return this;
    }

    /** Adds a heading; its anchor is the text lower-cased with spaces as dashes, its line the next free one. */
    TestNotes heading(int level, String text) {
        String anchor = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]", "").replace(' ', '-');
        headings.add(new Heading(level, text, anchor, headings.size() + 1));
        return this;
    }

    TestNotes block(String id) {
        blocks.add(new BlockId(id, blocks.size() + 1));
        return this;
    }

    /** The body (the text after frontmatter) and the file line it starts on. */
    TestNotes body(String text, int firstLine) {
        body = text;
        bodyLine = firstLine;
        return this;
    }

    /** Adds a link, as the parser would, on this 1-based line. */
    TestNotes link(TestLinks link, int line) {
        links.add(link.at(line));
        return this;
    }

    /** Adds a link on the line after the previous link's. */
    TestNotes link(TestLinks link) {
        return link(link, links.size() + 1);
    }

    Note build() {
        NoteFormat format = path.extension().equals("txt") ? NoteFormat.PLAIN_TEXT : NoteFormat.MARKDOWN;
        return new Note(path, format, title, aliases, List.of(), Frontmatter.EMPTY, body, bodyLine, body,
                headings, blocks, links, body.length(), 0L, "", List.of());
    }
}
