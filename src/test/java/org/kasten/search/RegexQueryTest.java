package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.search.TestNotes.note;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.Progress;

/** {@code /regex/} on the text: within a word through the index, across words by reading the notes. */
class RegexQueryTest {

    static NoteIndex index;
    static NoteSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        index = NoteIndex.inMemory();
        index.sync(IndexedNote.unlinked(List.of(
                note("Age of Research.md").text("Now we are back in the age of research, says Ilya.").build(),
                note("Age.md").text("The age is given in years. Of course.").build(),
                note("Scaling.md").text("Scaling laws predict the loss from compute.").build(),
                note("Scale.md").text("At scale, law and order; scaled lawns.").build(),
                note("Colour.md").text("Pick a colour.").build(),
                note("Color.md").text("Pick a color for dark mode.").build(),
                note("Dark.md").text("The dark\nmode line break.").build(),
                note("Zebra.md").text("The zebra and then the crossing.").build())), Progress.NONE, () -> false);
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
                new Row("years{1,100} old", List.of("year", "old")),     // a count's digits are no text
                new Row("(ab){100}c", List.of()),
                new Row("dark|light", List.of()))) {
            assertThat(RegexLiterals.required(row.pattern())).as(row.pattern()).isEqualTo(row.runs());
        }
    }

    @Test
    void eachAlternativeRequiresItsOwnWords() {
        record Row(String pattern, List<List<String>> runs) { }
        for (Row row : List.of(
                new Row("\\d+ years|of course", List.of(List.of("years"), List.of("course"))),
                new Row("dark mode|light", List.of(List.of("dark", "mode"), List.of("light"))),
                new Row("(a|b)cde|xyz", List.of(List.of("cde"), List.of("xyz"))),
                new Row("[|]abc", List.of(List.of("abc"))),
                new Row("dark|li", List.of()),                  // "li" is too short: any note may match
                new Row("(?x)dark # mode|light", List.of()),    // comments: "mode" is no word of the pattern
                new Row("\\Qdark|light\\E", List.of()))) {
            assertThat(RegexLiterals.requiredByAlternative(row.pattern())).as(row.pattern()).isEqualTo(row.runs());
        }
        assertThat(paths("/given in \\w+|zebra and/")).containsExactly("Age.md", "Zebra.md");
        assertThat(paths("/(?x) zebra # crossing/")).containsExactly("Zebra.md");
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

    @Test
    void theLiteralEveryMatchStartsWithIsRead() {
        record Row(String pattern, String prefix) { }
        for (Row row : List.of(
                new Row("back.*s", "back"),
                new Row("age of \\w+", "age of "),
                new Row("colou?r", "colo"),                 // r's u is optional
                new Row("ab+c", "ab"),
                new Row("abc{0,2}d", "ab"),
                new Row("well-known: x", "well-known: x"),
                new Row("^back", ""),
                new Row("[Bb]ack", ""),
                new Row("\\bback", ""),
                new Row("back|front", ""),                  // an alternative at the top level
                new Row("back(s|ed)", "back"),
                new Row("(?x)back # comment", ""),          // comments mode: spaces are not literal
                new Row("back(?x) s", ""),
                new Row("\\Qa.b\\E", ""))) {
            assertThat(RegexLiterals.prefix(row.pattern())).as(row.pattern()).isEqualTo(row.prefix());
        }
    }

    /** The finder (tries the matcher only where the literal prefix occurs) against {@code Matcher.find} on the whole text. */
    @Test
    void findingFromTheLiteralPrefixAgreesWithTheMatcher() {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;
        List<String> patterns = List.of("back.*s", "back\\d", "ba(?<=x ba)ck", "ks$", "ks\\b", "sk(?=i)", "is t",
                "k", "ab+c", "backs?", "xk", "sss", "a-b: c");
        List<String> texts = List.of("", "back", "BACKS", "feed\u212Aack", "bac\u212A and s", "bacK\nlinks",
                "back back7", "x back", "y back", "lin\u212As", "linKS\nx", "links two", "\u017F\u212A\u0130",
                "\u0131s t", "\u0130S T", "skip", "SKI", "abbbc", "a-B: C", "\u017F\u017Fs", "xx\u212A", "\uD83D\uDE00k");
        for (String source : patterns) {
            Pattern pattern = Pattern.compile(source, flags);
            RegexFinder finder = new RegexFinder(pattern, source);
            for (String text : texts) {
                assertThat(finder.find(text)).as(source + " in " + text).isEqualTo(pattern.matcher(text).find());
            }
        }
        Random random = new Random(7);
        String alphabet = "bBaAcCkK\u212As\u017F \n.";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (String source : List.of("back", "ack.s", "k s", "s\\.?k", "c(?<!a)k")) {
                Pattern pattern = Pattern.compile(source, flags);
                assertThat(new RegexFinder(pattern, source).find(text.toString())).as(source + " in " + text)
                        .isEqualTo(pattern.matcher(text).find());
            }
        }
    }

    @Test
    void everyCharTheMatcherTakesForALetterIsSearched() {
        Pattern k = Pattern.compile("k", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "x" + (char) c;
            assertThat(new RegexFinder(k, "k").find(text)).as("char %x", c).isEqualTo(k.matcher(text).find());
        }
        for (int cp = Character.MIN_SUPPLEMENTARY_CODE_POINT; cp <= Character.MAX_CODE_POINT; cp++) {
            int folded = Character.toLowerCase(Character.toUpperCase(cp));
            assertThat(folded < 128).as("code point %x folds to ASCII", cp).isFalse();
        }
    }

    /** The regex reads the loaded note's text when its hash is the one indexed, else the stored text. */
    @Test
    void theLoadedTextIsReadWhenItIsTheVersionIndexed() {
        Note indexed = note("Zebra.md").text("The zebra and then the crossing.").build();
        Note sameHash = NoteSearcherTest.withText(indexed, "The zebra crossing.", indexed.hash());
        Note changed = NoteSearcherTest.withText(indexed, "The zebra crossing.", "changed since");
        try {
            RegexVerdicts.clear();
            searcher.setNotes(p -> p.equals(indexed.path()) ? sameHash : null);
            assertThat(paths("/zebra crossing/")).containsExactly("Zebra.md");
            assertThat(paths("/zebra and/")).isEmpty();
            RegexVerdicts.clear();
            searcher.setNotes(p -> p.equals(indexed.path()) ? changed : null);
            assertThat(paths("/zebra crossing/")).isEmpty();
            assertThat(paths("/zebra and/")).containsExactly("Zebra.md");
            String hash = indexed.hash();
            String oneCharOff = hash.substring(0, hash.length() - 1) + (hash.endsWith("0") ? "1" : "0");
            RegexVerdicts.clear();
            searcher.setNotes(p -> p.equals(indexed.path()) ? NoteSearcherTest.withText(indexed, "The zebra crossing.", oneCharOff) : null);
            assertThat(paths("/zebra crossing/")).as("a hash of the same length, one char off").isEmpty();
        } finally {
            searcher.setNotes(null);
            RegexVerdicts.clear();
        }
    }

    /** A note's verdict is kept for its segment: a later search does not read the note again. */
    @Test
    void aVerdictIsKeptForLaterSearches() {
        Note indexed = note("Zebra.md").text("The zebra and then the crossing.").build();
        Note sameHash = NoteSearcherTest.withText(indexed, "The zebra crossing.", indexed.hash());
        try {
            RegexVerdicts.clear();
            searcher.setNotes(p -> p.equals(indexed.path()) ? sameHash : null);
            assertThat(paths("/zebra\\scrossing/")).containsExactly("Zebra.md");
            searcher.setNotes(null);
            assertThat(paths("/zebra\\scrossing/")).as("kept").containsExactly("Zebra.md");
            assertThat(paths("/zebra\\s+crossing/")).as("another pattern reads the stored text").isEmpty();
            RegexVerdicts.clear();
            assertThat(paths("/zebra\\scrossing/")).as("forgotten: read again").isEmpty();
        } finally {
            searcher.setNotes(null);
            RegexVerdicts.clear();
        }
    }

    /** A doc's loaded note is looked up once per segment: a new pattern reads it without a look-up. */
    @Test
    void aLoadedNoteFoundOnceIsKeptForLaterPatterns() {
        Note indexed = note("Zebra.md").text("The zebra and then the crossing.").build();
        Note sameHash = NoteSearcherTest.withText(indexed, "The zebra crossing.", indexed.hash());
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Note> current = new java.util.concurrent.atomic.AtomicReference<>(sameHash);
        try {
            RegexVerdicts.clear();
            searcher.setNotes(p -> {
                lookups.incrementAndGet();
                return p.equals(indexed.path()) ? current.get() : null;
            });
            assertThat(paths("/zebra crossing/")).containsExactly("Zebra.md");
            int afterFirst = lookups.get();
            assertThat(afterFirst).isPositive();
            // the loaded note changes (not indexed yet): the kept one still is the version indexed, by its hash
            current.set(NoteSearcherTest.withText(indexed, "Something else.", "changed since"));
            List<String> found = searcher.search("/zebra cross\\w+/", 10, false, false).hits().stream()
                    .map(h -> h.path().value()).toList(); // without snippets, which look the hits' notes up
            assertThat(found).containsExactly("Zebra.md");
            assertThat(lookups.get()).as("no look-up for a new pattern").isEqualTo(afterFirst);
            searcher.setNotes(p -> p.equals(indexed.path()) ? current.get() : null);
            RegexVerdicts.clear();
            assertThat(paths("/zebra cross\\w+/")).as("new loaded notes: nothing kept, the stored text").isEmpty();
        } finally {
            searcher.setNotes(null);
            RegexVerdicts.clear();
        }
    }

    /** The budget counts kept verdicts too: a search finds the same notes, first or repeated. */
    @Test
    void atMostMaxVerifiedCandidatesAreVerifiedPerSearchWhateverWasKept() throws IOException {
        List<Note> many = new ArrayList<>();
        for (int i = 0; i < TextRegexQuery.MAX_VERIFIED + 100; i++) {
            many.add(note("f/Zebra " + i + ".md").text("The zebra crossing " + i + ".").build());
        }
        try (NoteIndex big = NoteIndex.inMemory()) {
            big.sync(IndexedNote.unlinked(many), Progress.NONE, () -> false);
            for (int round = 0; round < 2; round++) {
                assertThat(big.searcher().search("/zebra crossing/", 10, true).facets().get("folder"))
                        .as("round %d", round).containsEntry("f", (long) TextRegexQuery.MAX_VERIFIED);
            }
        } finally {
            RegexVerdicts.clear();
        }
    }
}
