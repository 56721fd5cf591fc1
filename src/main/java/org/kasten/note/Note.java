package org.kasten.note;

import java.util.List;
import java.util.Objects;

/**
 * One parsed note: everything the graph, the index and the renderer need, taken from a single parse. Immutable
 * and compared by value, like a record. The two texts, which are most of a loaded vault's memory, are a
 * {@link NoteText}: UTF-8 in memory (a Java string holding any character beyond Latin-1 takes two bytes per
 * character, UTF-8 one for the ASCII that notes are mostly made of), or, in a loaded vault, the parse cache's
 * copy, read on each call of {@link #body()} or {@link #plainText()}.
 *
 * @param path        vault-relative identity
 * @param format      Markdown or plain text
 * @param title       frontmatter title, else first {@code # heading}, else (plain text) first line, else file name
 * @param aliases     from frontmatter {@code aliases} / {@code alias}
 * @param tags        frontmatter tags and inline {@code #tags}, without '#', nested ones as {@code a/b}, de-duplicated
 * @param frontmatter the YAML frontmatter (empty when none)
 * @param body        the decoded (and repaired) text after the frontmatter
 * @param bodyLine    1-based line of the file on which {@code body} starts
 * @param plainText   readable text of the body without markup, for search and mentions
 * @param headings    headings in order
 * @param blocks      block ids
 * @param links       every link in order of appearance
 * @param size        file size in bytes
 * @param modified    last-modified time in epoch milliseconds
 * @param hash        content hash of the file bytes (hex)
 * @param warnings    problems found while reading this file
 */
public final class Note {

    private final NotePath path;
    private final NoteFormat format;
    private final String title;
    private final List<String> aliases;
    private final List<String> tags;
    private final Frontmatter frontmatter;
    private final NoteText text;
    private final int bodyLine;
    private final List<Heading> headings;
    private final List<BlockId> blocks;
    private final List<Link> links;
    private final long size;
    private final long modified;
    private final String hash;
    private final List<Warning> warnings;

    public Note(NotePath path, NoteFormat format, String title, List<String> aliases, List<String> tags,
                Frontmatter frontmatter, String body, int bodyLine, String plainText,
                List<Heading> headings, List<BlockId> blocks, List<Link> links,
                long size, long modified, String hash, List<Warning> warnings) {
        this(path, format, title, aliases, tags, frontmatter, NoteText.of(body, plainText), bodyLine, headings, blocks,
                links, size, modified, hash, warnings);
    }

    /** A note whose texts are kept by {@code text} (in memory, or in the parse cache). */
    public Note(NotePath path, NoteFormat format, String title, List<String> aliases, List<String> tags,
                Frontmatter frontmatter, NoteText text, int bodyLine,
                List<Heading> headings, List<BlockId> blocks, List<Link> links,
                long size, long modified, String hash, List<Warning> warnings) {
        this.path = path;
        this.format = format;
        this.title = title;
        this.aliases = List.copyOf(aliases);
        this.tags = List.copyOf(tags);
        this.frontmatter = frontmatter;
        this.text = text;
        this.bodyLine = bodyLine;
        this.headings = List.copyOf(headings);
        this.blocks = List.copyOf(blocks);
        this.links = List.copyOf(links);
        this.size = size;
        this.modified = modified;
        this.hash = hash;
        this.warnings = List.copyOf(warnings);
    }

    public NotePath path() {
        return path;
    }

    public NoteFormat format() {
        return format;
    }

    public String title() {
        return title;
    }

    public List<String> aliases() {
        return aliases;
    }

    public List<String> tags() {
        return tags;
    }

    public Frontmatter frontmatter() {
        return frontmatter;
    }

    /** The text after the frontmatter, decoded (or read) anew on each call (keep the string while you need it). */
    public String body() {
        return text.body();
    }

    public int bodyLine() {
        return bodyLine;
    }

    /** The readable text, decoded (or read) anew on each call (keep the string while you need it). */
    public String plainText() {
        return text.plainText();
    }

    /** Where the two texts are kept. */
    public NoteText text() {
        return text;
    }

    public List<Heading> headings() {
        return headings;
    }

    public List<BlockId> blocks() {
        return blocks;
    }

    public List<Link> links() {
        return links;
    }

    public long size() {
        return size;
    }

    public long modified() {
        return modified;
    }

    public String hash() {
        return hash;
    }

    public List<Warning> warnings() {
        return warnings;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Note n && bodyLine == n.bodyLine && size == n.size && modified == n.modified
                && path.equals(n.path) && format == n.format && Objects.equals(title, n.title)
                && aliases.equals(n.aliases) && tags.equals(n.tags) && Objects.equals(frontmatter, n.frontmatter)
                && text.equals(n.text)
                && headings.equals(n.headings) && blocks.equals(n.blocks) && links.equals(n.links)
                && Objects.equals(hash, n.hash) && warnings.equals(n.warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, title, size, modified, hash);
    }

    @Override
    public String toString() {
        return "Note[" + path + ", " + format + ", title=" + title + ", " + links.size() + " links, "
                + text.bodyBytes() + " bytes of text]";
    }
}
