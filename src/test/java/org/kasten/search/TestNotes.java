package org.kasten.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kasten.note.Frontmatter;
import org.kasten.note.Heading;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.NotePath;

/** Builds {@link Note}s for search tests without the loader: a fluent fixture. */
final class TestNotes {

    private final String path;
    private String title;
    private String text = "";
    private final List<String> aliases = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, Object> frontmatter = new LinkedHashMap<>();
    private long modified = 1_700_000_000_000L;

    private TestNotes(String path) {
        this.path = path;
        this.title = NotePath.of(path).name();
    }

    static TestNotes note(String path) {
        return new TestNotes(path);
    }

    TestNotes title(String value) {
        title = value;
        return this;
    }

    TestNotes text(String value) {
        text = value;
        return this;
    }

    TestNotes alias(String value) {
        aliases.add(value);
        return this;
    }

    TestNotes tag(String value) {
        tags.add(value);
        return this;
    }

    TestNotes heading(String value) {
        headings.add(new Heading(2, value, value.toLowerCase().replace(' ', '-'), 1));
        return this;
    }

    TestNotes link(String target) {
        links.add(new Link(target, null, null, LinkKind.WIKI, 1, 1, "[[" + target + "]]", false));
        return this;
    }

    /** A wiki link shown as {@code display}: {@code [[target|display]]}. */
    TestNotes link(String target, String display) {
        links.add(new Link(target, null, display, LinkKind.WIKI, 1, 1, "[[" + target + "|" + display + "]]", false));
        return this;
    }

    TestNotes property(String key, Object value) {
        frontmatter.put(key, value);
        return this;
    }

    TestNotes modified(long millis) {
        modified = millis;
        return this;
    }

    Note build() {
        StringBuilder plain = new StringBuilder();
        headings.forEach(h -> plain.append(h.text()).append('\n'));
        String body = plain + text;
        return new Note(NotePath.of(path), NoteFormat.MARKDOWN, title, aliases, tags, new Frontmatter(frontmatter),
                body, 1, body, headings, List.of(), links, body.length(), modified,
                Integer.toHexString((title + body + tags + frontmatter).hashCode()), List.of());
    }
}
