package org.kasten.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kasten.testing.SharedFolders;

/**
 * The hand-written scanner gives the same {@link ParsedBody} as flexmark's full parse (the former scanner,
 * {@link FlexmarkScanner}) on every Markdown note of the bundled notes and of the shared corpora: headings,
 * block ids, tags, links (with line, column, context, see-also), first heading and plain text.
 */
class MarkdownScannerEqualityTest {

    @Test
    void bundledNotes() throws IOException {
        assertSameOnEveryNote(Path.of("notes"), 10);
    }

    @Test
    void obsidianHelp() throws IOException {
        assertSameOnEveryNote(SharedFolders.require("corpora/obsidian-help-en"), 100);
    }

    @Test
    void foamDocs() throws IOException {
        assertSameOnEveryNote(SharedFolders.require("corpora/foam-docs"), 50);
    }

    private static void assertSameOnEveryNote(Path root, int atLeast) throws IOException {
        List<Path> notes;
        try (Stream<Path> files = Files.walk(root)) {
            notes = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(notes.size() >= atLeast, "notes found under " + root + ": " + notes.size());
        List<String> differences = new ArrayList<>();
        for (Path note : notes) {
            String text = new String(Files.readAllBytes(note), StandardCharsets.UTF_8);
            String difference = difference(text);
            if (difference != null) {
                differences.add(root.relativize(note) + ": " + difference);
            }
        }
        assertEquals(List.of(), differences, differences.size() + " of " + notes.size() + " notes differ");
    }

    /** What differs between the two scanners on a note's text, or null. */
    static String difference(String text) {
        FrontmatterReader.Result front = FrontmatterReader.read(text);
        String body = text.substring(front.bodyOffset());
        ParsedBody expected = new FlexmarkScanner().scan(body, front.bodyLine());
        ParsedBody actual = new MarkdownScanner().scan(body, front.bodyLine());
        return difference(expected, actual);
    }

    static String difference(ParsedBody expected, ParsedBody actual) {
        if (!expected.headings.equals(actual.headings)) {
            return "headings " + firstDifference(expected.headings, actual.headings);
        }
        if (!expected.blocks.equals(actual.blocks)) {
            return "blocks " + expected.blocks + " vs " + actual.blocks;
        }
        if (!expected.links.equals(actual.links)) {
            return "links " + firstDifference(expected.links, actual.links);
        }
        if (!List.copyOf(expected.tags).equals(List.copyOf(actual.tags))) {
            return "tags " + expected.tags + " vs " + actual.tags;
        }
        if (!java.util.Objects.equals(expected.firstHeading, actual.firstHeading)) {
            return "firstHeading " + expected.firstHeading + " vs " + actual.firstHeading;
        }
        if (!expected.plainText.equals(actual.plainText)) {
            return "plainText " + firstDifference(expected.plainText, actual.plainText);
        }
        return null;
    }

    private static String firstDifference(List<?> a, List<?> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "#" + i + ": " + a.get(i) + " vs " + b.get(i);
            }
        }
        return "sizes " + a.size() + " vs " + b.size() + (a.size() > b.size() ? ", missing " + a.get(b.size())
                : ", extra " + b.get(a.size()));
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        return "at " + i + ": «" + a.substring(from, Math.min(a.length(), i + 40)).replace("\n", "⏎") + "» vs «"
                + b.substring(from, Math.min(b.length(), i + 40)).replace("\n", "⏎") + "»";
    }
}
