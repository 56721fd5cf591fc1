package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.search.TestNotes.note;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kasten.note.Progress;

/** {@code /regex/} on the text: within a word through the index, across words by reading the notes. */
class RegexQueryTest {

    static NoteIndex index;
    static NoteSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        index = NoteIndex.inMemory();
        index.sync(List.of(
                note("Age of Research.md").text("Now we are back in the age of research, says Ilya.").build(),
                note("Age.md").text("The age is given in years. Of course.").build(),
                note("Scaling.md").text("Scaling laws predict the loss from compute.").build(),
                note("Scale.md").text("At scale, law and order; scaled lawns.").build(),
                note("Colour.md").text("Pick a colour.").build(),
                note("Color.md").text("Pick a color for dark mode.").build(),
                note("Dark.md").text("The dark\nmode line break.").build()), Progress.NONE, () -> false);
        searcher = index.searcher();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static List<String> paths(String query) {
        return searcher.search(query, 10).hits().stream().map(h -> h.path().value()).sorted().toList();
    }

    @Test
    void patternsSpanningWordsAreFoundInTheText() {
        record Row(String query, List<String> expected) { }
        for (Row row : List.of(
                new Row("/age of \\w+/", List.of("Age of Research.md")),
                new Row("/scal(e|ing) laws?/", List.of("Scaling.md")),
                new Row("/SCALING LAW/", List.of("Scaling.md")),                 // case-insensitive
                new Row("/dark mode/", List.of("Color.md")),                     // a line break is not a space
                new Row("/dark\\smode/", List.of("Color.md", "Dark.md")),
                new Row("/^mode line/", List.of("Dark.md")),                     // ^ starts a line
                new Row("/colou?r/", List.of("Color.md", "Colour.md")),          // within a word: the index
                new Row("/resea\\w+/", List.of("Age of Research.md")),
                new Row("/age of \\w+/ -ilya", List.of()),
                new Row("/age of \\w+/ OR /colou?r/", List.of("Age of Research.md", "Color.md", "Colour.md")),
                new Row("/\\d+ years|of course/", List.of("Age.md")))) {         // no certain word: every note read
            assertThat(paths(row.query())).as(row.query()).isEqualTo(row.expected());
        }
    }

    @Test
    void theWordsThePatternRequiresAreHighlighted() {
        String snippet = searcher.search("/scal(e|ing) laws?/", 10).hits().get(0).snippet();
        assertThat(snippet).contains("<mark>Scaling</mark>").contains("<mark>laws</mark>");
    }

    @Test
    void anUnreadablePatternIsReadAsWords() {
        assertThat(paths("/age of (research/")).containsExactly("Age of Research.md");
    }

    @Test
    void wordsEveryMatchMustContainFilterTheNotesToRead() {
        record Row(String pattern, List<String> runs) { }
        for (Row row : List.of(
                new Row("age of \\w+", List.of("age")),
                new Row("scal(e|ing) laws?", List.of("scal", "law")),
                new Row("colou?r", List.of("colo")),
                new Row("(?i)Power law", List.of("power", "law")),
                new Row("\\bdark mode\\b", List.of("dark", "mode")),
                new Row("[a-z]+ing", List.of("ing")),
                new Row("xyz{2}", List.of()),
                new Row("dark|light", List.of()))) {
            assertThat(RegexLiterals.required(row.pattern())).as(row.pattern()).isEqualTo(row.runs());
        }
    }

    @Test
    void onlyPatternsWithinOneWordGoToTheIndexWords() {
        assertThat(RegexLiterals.withinWord("colou?r")).isTrue();
        assertThat(RegexLiterals.withinWord("scal(e|ing)")).isTrue();
        assertThat(RegexLiterals.withinWord("^gen[a-z]+")).isTrue();
        assertThat(RegexLiterals.withinWord("age of")).isFalse();
        assertThat(RegexLiterals.withinWord("age\\sof")).isFalse();
        assertThat(RegexLiterals.withinWord("dark.mode")).isFalse();
        assertThat(RegexLiterals.withinWord("well-known")).isFalse();
        assertThat(RegexLiterals.withinWord("dark[^a-z]mode")).isFalse();
        assertThat(RegexLiterals.withinWord("dark[ _]mode")).isFalse();
    }

    @Test
    void aPatternThatBacktracksForeverGivesUp() {
        assertThat(TextRegexQuery.find(Pattern.compile("(a+)+ b"), "a".repeat(60) + "c")).isFalse();
        assertThat(TextRegexQuery.find(Pattern.compile("(a+)+ b"), "aaa b")).isTrue();
    }
}
