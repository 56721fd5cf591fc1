package org.kasten.note;

import java.util.List;

/**
 * One parsed note: everything the graph, the index and the renderer need, taken from a single parse.
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
public record Note(NotePath path, NoteFormat format, String title, List<String> aliases, List<String> tags,
                   Frontmatter frontmatter, String body, int bodyLine, String plainText,
                   List<Heading> headings, List<BlockId> blocks, List<Link> links,
                   long size, long modified, String hash, List<Warning> warnings) {

    public Note {
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
        headings = List.copyOf(headings);
        blocks = List.copyOf(blocks);
        links = List.copyOf(links);
        warnings = List.copyOf(warnings);
    }
}
