package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.kasten.note.Progress;
import org.kasten.note.QueryRefusedException;
import org.kasten.note.SearchResults;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing of the query language: random mixes of its syntax (words, OR, -, parentheses, quotes, brackets,
 * field prefixes, regexes with counts, long queries, deep nesting) and random strings. Parsing, translating
 * to Lucene and searching a small index return or refuse the query with the documented
 * {@link QueryRefusedException} (one line), never another exception and never a hang; parsing gives the same
 * tree twice. Tries: {@code jqwik.tries.default}.
 */
@Tag("fuzz")
class QueryFuzzTest {

    private static final Duration GUARD = Duration.ofSeconds(20);

    private static final List<String> SYNTAX = List.of(
            "word", "Note", "colour", "the", "a", "é", "ß", "日本", "😀", " ", "  ", "\t", "OR", " OR ", "-", "--", "(",
            ")", "\"", "/", "//", "\\", "[", "]", ":", "tag:", "#", "path:", "file:", "title:", "key:", "[key:", "*", "?",
            "+", "{", "}", "{1,3}", "{1,100}", "{1,100000}", "|", "^", "$", "~", ".", ".*", "&", "<", ">", "@", "#tag", "\u0000", "\uFFFD", "\u202E");

    private static NoteIndex index;
    private static NoteSearcher searcher;

    @BeforeContainer
    static void index() throws IOException {
        index = NoteIndex.inMemory();
        index.sync(IndexedNote.unlinked(List.of(
                TestNotes.note("Colour.md").text("The colour word of a note, aaaa and é.").tag("tag").build(),
                TestNotes.note("日本/東京.md").title("東京").text("東京都は日本の首都です。 word").build(),
                TestNotes.note("Key.md").property("key", "value").text("Note with a key.").build())),
                Progress.NONE, () -> false);
        searcher = index.searcher();
    }

    @AfterContainer
    static void close() throws IOException {
        index.close();
    }

    private static final List<String> REGEX = List.of(
            "a", "b", "é", " ", ".", "*", "+", "?", "(", ")", "|", "[a-z]", "[", "]", "^", "$", "\\", "\\d", "\\w",
            "\\b", "~", "&", "<1-100>", "@", "#", "\"", "{", "}", ".*", "(?i)", "(?=a)", "\\1");

    /** Query syntax, random strings, regexes with counts, long queries and deep nesting (the known hard cases). */
    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> syntax = Arbitraries.of(SYNTAX).list().ofMaxSize(40).map(parts -> String.join("", parts));
        Arbitrary<String> count = Arbitraries.integers().between(0, 200_000).list().ofMinSize(1).ofMaxSize(2)
                .map(n -> n.size() == 1 ? "{" + n.get(0) + "}" : "{" + Math.min(n.get(0), n.get(1)) + "," + Math.max(n.get(0), n.get(1)) + "}");
        Arbitrary<String> regex = Arbitraries.oneOf(Arbitraries.of(REGEX), count).list().ofMaxSize(12)
                .map(parts -> "/" + String.join("", parts) + "/");
        Arbitrary<String> longQuery = Arbitraries.of(SYNTAX).list().ofMinSize(200).ofMaxSize(3_000).map(parts -> String.join(" ", parts));
        Arbitrary<String> nested = Arbitraries.integers().between(1, 3_000).map(n -> "(".repeat(n) + "word" + ")".repeat(n));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, syntax),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(80)),
                net.jqwik.api.Tuple.of(4, regex),
                net.jqwik.api.Tuple.of(1, longQuery),
                net.jqwik.api.Tuple.of(1, nested));
    }

    @Property
    void parsingNeverThrowsAndIsRepeatable(@ForAll("queries") String query) {
        QueryNode node;
        try {
            node = assertTimeoutPreemptively(GUARD, () -> KastenQueryParser.parse(query));
        } catch (QueryRefusedException e) {
            assertRefusal(e);
            return;
        }
        assertThat(KastenQueryParser.parse(query)).isEqualTo(node);
        if (query.isBlank()) {
            assertThat(node).isNull();
        }
        if (node != null) {
            assertWordsAreWords(node);
        }
    }

    private static void assertWordsAreWords(QueryNode node) {
        if (node instanceof QueryNode.Word w) {
            assertThat(w.text()).isNotEmpty().doesNotContainAnyWhitespaces();
        } else if (node instanceof QueryNode.Not n) {
            assertWordsAreWords(n.clause());
        } else if (node instanceof QueryNode.And a) {
            a.clauses().forEach(QueryFuzzTest::assertWordsAreWords);
        } else if (node instanceof QueryNode.Or o) {
            o.clauses().forEach(QueryFuzzTest::assertWordsAreWords);
        }
    }

    @Property
    void translatingNeverThrows(@ForAll("queries") String query) {
        QueryTranslator translator = new QueryTranslator(NoteAnalyzers.stemmed(), NoteAnalyzers.exact(), key -> key.length() % 2 == 0);
        QueryTranslator.Translation translation;
        try {
            translation = assertTimeoutPreemptively(GUARD, () -> translator.translate(query));
        } catch (QueryRefusedException e) {
            assertRefusal(e);
            return;
        }
        if (KastenQueryParser.parse(query) == null) {
            assertThat(translation).isNull();
        } else {
            assertThat(translation).isNotNull();
            assertThat(translation.query()).isNotNull();
            assertThat(translation.highlight()).isNotNull();
        }
    }

    @Property
    void searchingNeverThrows(@ForAll("queries") String query) {
        SearchResults results;
        try {
            results = assertTimeoutPreemptively(GUARD, () -> searcher.search(query, 5));
        } catch (QueryRefusedException e) {
            assertRefusal(e);
            return;
        }
        assertThat(results.hits()).hasSizeLessThanOrEqualTo(3);
        assertThat(results.total()).isBetween((long) results.hits().size(), 3L);
    }

    private static void assertRefusal(QueryRefusedException e) {
        assertThat(e.getMessage()).startsWith("query too ").doesNotContain("\n");
    }

    /** Found by {@link #translatingNeverThrows}: Lucene built these repeats out for minutes (the guard stopped it). */
    @net.jqwik.api.Example
    void wordRegexesWithHugeCountsAreAnsweredQuickly() {
        for (String query : List.of("/{38713}{5}{500,575}é/", "/{3,149145}{28506}+{2421,53838}aé{423}a/", "/a{99999}{99999}/", "/{361,6509}/", "/{7}{650,737}/")) {
            SearchResults results = assertTimeoutPreemptively(GUARD, () -> searcher.search(query, 5), query);
            assertThat(results.hits()).as(query).hasSizeLessThanOrEqualTo(3);
        }
        assertThat(searcher.search("/a{3,4}/", 5).hits()).as("a small count is still a word regex").hasSize(1);
    }
}
