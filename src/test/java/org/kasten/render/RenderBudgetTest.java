package org.kasten.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kasten.note.Frontmatter;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.ResolvedLink;

/**
 * cmark's pathological inputs and the note sizes that exhausted memory: each page comes back (the hang guard
 * is generous: it only catches a hang, it measures nothing), formatted or as plain text under a "large note"
 * notice, and never bigger than the budget allows.
 */
class RenderBudgetTest {

    /** Catches a hang only; the budget itself is a few seconds of CPU. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(90);

    private final GraphVault vault = new GraphVault();
    private final NoteRenderer renderer = new NoteRenderer(vault);

    static Stream<Arguments> hostileNotes() {
        return Stream.of(
                Arguments.of("'1. ' x100,000 on one line", "1. ".repeat(100_000)),
                Arguments.of("3,000 nested list levels", IntStream.range(0, 3_000)
                        .mapToObj(i -> "  ".repeat(i) + "- x\n").collect(Collectors.joining())),
                Arguments.of("900 nested list levels (under the size cap)", IntStream.range(0, 900)
                        .mapToObj(i -> "  ".repeat(i) + "- x\n").collect(Collectors.joining())),
                Arguments.of("3,000 nested block quotes", "> ".repeat(3_000) + "x\n"),
                Arguments.of("'[a](' x50,000", "[a](".repeat(50_000)),
                Arguments.of("backtick runs 1..2,000", IntStream.rangeClosed(1, 2_000)
                        .mapToObj("`"::repeat).collect(Collectors.joining(" "))),
                Arguments.of("backtick runs 1..1,000 (under the size cap)", IntStream.rangeClosed(1, 1_000)
                        .mapToObj("`"::repeat).collect(Collectors.joining(" "))),
                Arguments.of("100,000 #tagN", IntStream.range(0, 100_000).mapToObj(i -> "#tag" + i)
                        .collect(Collectors.joining(" "))),
                Arguments.of("100,000 [[same link]]", "[[same link]] ".repeat(100_000)),
                Arguments.of("a 5 MB line without blanks", "abcdefghij".repeat(500_000)),
                Arguments.of("a 19.9 MB note", "Some words of a paragraph, *emphasis* and [[a link]].\n\n"
                        .repeat(19_900_000 / 55)),
                Arguments.of("20,000 footnotes", IntStream.range(0, 20_000).mapToObj(i -> "Text[^" + i + "]\n")
                        .collect(Collectors.joining()) + IntStream.range(0, 20_000)
                        .mapToObj(i -> "[^" + i + "]: note " + i + "\n").collect(Collectors.joining())),
                Arguments.of("50,000 reference definitions", IntStream.range(0, 50_000)
                        .mapToObj(i -> "[r" + i + "]: /u" + i + "\n").collect(Collectors.joining())
                        + IntStream.range(0, 50_000).mapToObj(i -> "[x][r" + i + "]").collect(Collectors.joining(" "))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileNotes")
    void everyHostileNoteRendersWithinItsBudget(String name, String markdown) {
        Note note = GraphVault.note("Hostile.md", markdown, Frontmatter.EMPTY);
        String page = assertTimeoutPreemptively(HANG_GUARD, () -> renderer.renderPage(note, Theme.LIGHT), name);
        assertThat(page).contains("<article class=\"note\">");
        assertThat(page.length()).isLessThan(RenderBudget.MAX_HTML_CHARS + 2 * RenderBudget.MAX_SHOWN_CHARS);
        if (markdown.length() > RenderBudget.MAX_MARKDOWN_CHARS) {
            assertThat(page).contains("class=\"large-note-notice\"");
        }
    }

    @Test
    void aNoteOverTheSizeCapIsShownAsEscapedTruncatedTextUnderANotice() {
        String markdown = "<script>alert(1)</script> *not emphasis* " + "x".repeat(RenderBudget.MAX_MARKDOWN_CHARS);
        Document page = Jsoup.parse(renderer.renderPage(GraphVault.note("Big.md", markdown, Frontmatter.EMPTY), Theme.LIGHT));
        assertThat(page.selectFirst(".large-note-notice").text()).contains("Large note")
                .contains("first 1,000,000 of 1,000,041 characters");
        String shown = page.selectFirst("pre.large-note-text").text();
        assertThat(shown).startsWith("<script>alert(1)</script> *not emphasis* xxx").hasSize(RenderBudget.MAX_SHOWN_CHARS);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("em")).isEmpty();
    }

    @Test
    void flexmarkReadsItsInputThroughTheBudget() {
        // a budget that is already spent: if flexmark bypassed the watched input, this would render normally
        String markdown = "# Small\n\n" + "some *text* in a paragraph\n".repeat(1_000);
        Note note = GraphVault.note("Small.md", markdown, Frontmatter.EMPTY);
        Document spent = Jsoup.parse(new NoteRenderer(vault, 0).renderPage(note, Theme.LIGHT));
        assertThat(spent.selectFirst(".large-note-notice").text()).contains("took too long");
        assertThat(spent.selectFirst("pre.large-note-text").wholeText()).isEqualTo(markdown);
        assertThat(spent.select("em")).isEmpty();
        Document ample = Jsoup.parse(renderer.renderPage(note, Theme.LIGHT));
        assertThat(ample.select(".large-note-notice")).isEmpty();
        assertThat(ample.select("em")).hasSize(1_000);
    }

    @Test
    void aNoteNestedTooDeeplyForTheRecursiveRendererIsShownAsText() {
        Note note = GraphVault.note("Deep.md", "> ".repeat(20_000) + "deep", Frontmatter.EMPTY);
        Document page = Jsoup.parse(assertTimeoutPreemptively(HANG_GUARD, () -> renderer.renderPage(note, Theme.LIGHT)));
        assertThat(page.selectFirst(".large-note-notice").text()).contains("nested too deeply");
    }

    @Test
    void anOrdinaryNoteIsFormattedAsBefore() {
        Document page = Jsoup.parse(renderer.renderPage(GraphVault.note("Small.md", "# Small\n\nsome *text*", Frontmatter.EMPTY),
                Theme.LIGHT));
        assertThat(page.select(".large-note-notice")).isEmpty();
        assertThat(page.select("em").text()).isEqualTo("text");
    }

    @Test
    void aHugeNoteIsNotTranscludedWhole() {
        vault.add("Huge.txt", "Huge\n" + "line of text\n".repeat(RenderBudget.MAX_MARKDOWN_CHARS / 10));
        Note outer = vault.add("Outer.md", "before\n\n![[Huge]]\n\nafter");
        String page = assertTimeoutPreemptively(HANG_GUARD, () -> renderer.renderPage(outer, Theme.LIGHT));
        Document doc = Jsoup.parse(page);
        assertThat(doc.select("a.embed-link").text()).contains("Huge");
        assertThat(page.length()).isLessThan(200_000);
    }

    @Test
    void aGhostPageListsABoundedNumberOfBacklinks() {
        NoteRenderer ghosts = new NoteRenderer(vault);
        vault.add("Src.md", "x");
        List<ResolvedLink> backlinks = IntStream.range(0, 100_000)
                .mapToObj(i -> new ResolvedLink(NotePath.of("Src.md"),
                        new Link("same link", null, null, LinkKind.WIKI, 1, 1, "ctx " + i + " " + "x".repeat(i < 2 ? 1_000_000 : 0), false),
                        null))
                .toList();
        Document page = Jsoup.parse(assertTimeoutPreemptively(HANG_GUARD,
                () -> ghosts.renderGhostPage("same link", backlinks, Theme.LIGHT)));
        assertThat(page.select("ul.backlinks > li")).hasSizeLessThanOrEqualTo(NoteRenderer.MAX_GHOST_BACKLINKS + 1);
        assertThat(page.text()).contains("and 99,500 more");
        assertThat(page.select(".context").first().text()).hasSizeLessThan(1_000); // a context line of megabytes is cut
    }
}
