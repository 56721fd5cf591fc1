package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasten.search.TestNotes.note;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kasten.note.Progress;
import org.kasten.note.QueryRefusedException;

/**
 * Queries too long or too complex for the engine are refused with one clear line ({@link QueryRefusedException}),
 * never with Lucene's own text or a stack overflow; queries just within the limits run.
 */
class QueryLimitsTest {

    static NoteIndex index;
    static NoteSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        index = NoteIndex.inMemory();
        index.sync(IndexedNote.unlinked(List.of(
                note("Data.md").text("The data area holds ideas.\nA line ending with a").build(),
                note("Key.md").text("key value pairs").property("key", "value").build())), Progress.NONE, () -> false);
        searcher = index.searcher();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static String misspelt(int words) {
        Random random = new Random(17);
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words; i++) {
            for (int c = 0; c < 7; c++) {
                query.append((char) ('a' + random.nextInt(26)));
            }
            query.append(' ');
        }
        return query.toString();
    }

    @Test
    void tooLongQueriesAreRefusedWithTheLimit() {
        for (String query : List.of("a".repeat(10_000), "ab ".repeat(3_000), "[key:".repeat(2_000), misspelt(250),
                "(".repeat(2_000) + "a" + ")".repeat(2_000))) {
            assertThatThrownBy(() -> searcher.search(query, 10)).as(query.substring(0, 20))
                    .isInstanceOf(QueryRefusedException.class)
                    .hasMessage("query too long: " + String.format("%,d", query.strip().length())
                            + " characters (at most 1,000)");
        }
    }

    @Test
    void tooManyClausesOrTooDeepNestingAreRefused() {
        assertThatThrownBy(() -> searcher.search("ab ".repeat(300), 10)).isInstanceOf(QueryRefusedException.class)
                .hasMessage("query too complex: 300 words and operators (at most 100)");
        assertThatThrownBy(() -> searcher.search(misspelt(120), 10)).isInstanceOf(QueryRefusedException.class)
                .hasMessage("query too complex: 120 words and operators (at most 100)");
        assertThatThrownBy(() -> searcher.search("[key:".repeat(190), 10)).isInstanceOf(QueryRefusedException.class)
                .hasMessageStartingWith("query too complex: ");
        assertThatThrownBy(() -> searcher.search("(".repeat(300) + "a" + ")".repeat(300), 10))
                .isInstanceOf(QueryRefusedException.class)
                .hasMessage("query too complex: parentheses nested more than 20 deep");
    }

    @Test
    void queriesWithinTheLimitsRun() {
        assertThat(searcher.search(misspelt(100), 10, true).total()).isZero();
        assertThat(searcher.search("(".repeat(20) + "data" + ")".repeat(20), 10).total()).isEqualTo(1);
        assertThat(searcher.search("data ".repeat(100), 10).total()).isEqualTo(1);
        assertThat(searcher.search("a".repeat(1_000), 10).total()).isZero();
    }

    @Test
    void regexesTooComplexForTheIndexAreSearchedInTheText() {
        assertThat(searcher.search("/a{1,100000}/", 10).hits()).extracting(h -> h.path().value())
                .containsExactlyInAnyOrder("Data.md", "Key.md");
        assertThat(searcher.search("/(a{1,100}){1,100}c/", 10).total()).isZero();
        assertThat(searcher.search("/" + "a".repeat(900) + "/", 10).total()).isZero();
    }
}
