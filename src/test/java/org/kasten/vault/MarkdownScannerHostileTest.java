package org.kasten.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * cmark's pathological inputs (issue 17): each is scanned in time linear in its size (a generous hang guard,
 * not a speed test: flexmark did not finish several of them in 120 s) and gives sensible output. A file that
 * still runs over the per-file budget is read as plain text with one warning.
 */
class MarkdownScannerHostileTest {

    private static final Duration GUARD = Duration.ofSeconds(20);

    private static ParsedBody scan(Supplier<String> text) {
        String body = text.get();
        return assertTimeoutPreemptively(GUARD, () -> new MarkdownScanner().scan(body, 1));
    }

    @Test
    void orderedListMarkersOnOneLine() {
        ParsedBody out = scan(() -> "1. ".repeat(100_000) + "end\n");
        assertTrue(out.plainText.contains("end"), "the text after the markers is kept");
    }

    @Test
    void threeThousandListLevels() {
        ParsedBody out = scan(() -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 3_000; i++) {
                b.append("  ".repeat(i)).append("- item").append(i).append('\n');
            }
            return b.toString();
        });
        assertTrue(out.plainText.contains("item0") && out.plainText.contains("item2999"), "every item's text is kept");
    }

    @Test
    void unclosedLinkDestinations() {
        ParsedBody out = scan(() -> "[a](".repeat(50_000));
        assertEquals(List.of(), out.links, "no destination is ever closed");
        assertTrue(out.plainText.length() >= 100_000, "the text is kept");
    }

    @Test
    void backtickRunsOfEveryLength() {
        ParsedBody out = scan(() -> {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= 2_000; i++) {
                b.append("`".repeat(i)).append(' ');
            }
            return b.append("#after").toString();
        });
        assertEquals(List.of("after"), List.copyOf(out.tags), "no code span opens, so the tag after the runs counts");
    }

    @Test
    void hundredThousandTags() {
        ParsedBody out = scan(() -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 100_000; i++) {
                b.append("#tag").append(i).append(' ');
            }
            return b.toString();
        });
        assertEquals(100_000, out.tags.size());
    }

    @Test
    void hundredThousandSameLinksAreCapped() {
        ParsedBody out = scan(() -> "[[same link]] ".repeat(100_000));
        assertEquals(MarkdownScanner.MAX_LINKS, out.links.size());
        assertEquals(100_000 - MarkdownScanner.MAX_LINKS, out.droppedLinks);
        assertEquals("same link", out.links.get(0).target());
    }

    @Test
    void fiveMegabyteLineWithoutBlanks() {
        ParsedBody out = scan(() -> "x*y_z[".repeat(5_000_000 / 6));
        assertTrue(out.plainText.length() >= 4_000_000, "the line is text");
    }

    @Test
    void deeplyNestedBracketsParenthesesAndQuotes() {
        ParsedBody brackets = scan(() -> "[".repeat(50_000) + "a" + "]".repeat(50_000));
        assertTrue(brackets.plainText.contains("a"));
        ParsedBody parens = scan(() -> "[a](" + "(".repeat(50_000) + "b" + ")".repeat(50_000));
        assertTrue(parens.plainText.contains("b"));
        ParsedBody quotes = scan(() -> ">".repeat(50_000) + " deep #quote\n");
        assertTrue(quotes.plainText.contains("deep"));
        ParsedBody images = scan(() -> "![".repeat(50_000) + "a" + "](u)".repeat(50_000));
        assertTrue(images.plainText.contains("a"));
        ParsedBody emphasis = scan(() -> "*".repeat(50_000) + "a" + "*".repeat(50_000) + " _a ".repeat(50_000));
        assertTrue(emphasis.plainText.contains("a"));
    }

    @Test
    void unclosedHtmlAndTitlesOnOneLine() {
        ParsedBody out = scan(() -> "<a href=\"".repeat(30_000) + "<!--".repeat(30_000) + "[a](<b> \"".repeat(30_000));
        assertTrue(out.plainText.length() > 0);
    }

    @Test
    void fileOverItsBudgetIsReadAsPlainTextWithOneWarning() {
        String body = "# Title\n\n" + "[[link]] #tag text\n".repeat(200_000);
        NoteParser parser = new NoteParser(0);
        Note note = assertTimeoutPreemptively(GUARD, () ->
                parser.parse(NotePath.of("huge.md"), body, NoteParser.FileInfo.NONE, List.of()));
        assertEquals(1, note.warnings().size(), note.warnings().toString());
        assertTrue(note.warnings().get(0).message().contains("plain text"));
        assertEquals(List.of(), note.links());
        assertEquals(body, note.plainText());

        Note small = new NoteParser(0).parse(NotePath.of("small.md"), "# Small\n[[x]]\n", NoteParser.FileInfo.NONE, List.of());
        assertEquals(List.of(), small.warnings(), "a small note is done before the first budget check");
        assertEquals(1, small.links().size());
    }
}
