package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.Progress;

/** Lexical and semantic ranking fused, with a fake model. */
class HybridSearchTest {

    private final List<Note> notes = List.of(
            TestNotes.note("Refund policy.md").tag("billing").text("You can be reimbursed within 30 days of purchase.").build(),
            TestNotes.note("Money.md").tag("personal").text("Notes on saving money back home and budgeting.").build(),
            TestNotes.note("Themes.md").text("Pick a night theme for the window.").build(),
            TestNotes.note("Back.md").text("How to go back to the previous note.").build());
    private NoteIndex index;
    private PassageIndex vectors;

    @BeforeEach
    void build() throws Exception {
        index = NoteIndex.inMemory();
        index.sync(IndexedNote.unlinked(notes), Progress.NONE, () -> false);
        vectors = PassageIndex.inMemory(new FakeEmbedder());
        vectors.sync(notes, Progress.NONE, () -> false, 1);
    }

    @AfterEach
    void close() throws Exception {
        vectors.close();
        index.close();
    }

    private HybridSearch.Answer search(String query, HybridSearch.Mode mode) {
        return HybridSearch.search(index.searcher()::search, vectors, query, 10, false, mode);
    }

    private static List<String> paths(HybridSearch.Answer answer) {
        return answer.results().hits().stream().map(h -> h.path().value()).toList();
    }

    @Test
    void aNoteFoundOnlyByMeaningComesWithItsPassage() {
        HybridSearch.Answer lexical = search("refund", HybridSearch.Mode.LEXICAL);
        assertThat(paths(lexical)).containsExactly("Refund policy.md");
        HybridSearch.Answer hybrid = search("get my money back", HybridSearch.Mode.HYBRID);
        assertThat(hybrid.mode()).isEqualTo(HybridSearch.Mode.HYBRID);
        assertThat(paths(hybrid)).contains("Refund policy.md", "Money.md");
        assertThat(paths(search("get my money back", HybridSearch.Mode.LEXICAL))).doesNotContain("Refund policy.md");
        String snippet = hybrid.results().hits().stream().filter(h -> h.path().value().equals("Refund policy.md"))
                .findFirst().orElseThrow().snippet();
        assertThat(snippet).isEqualTo("You can be reimbursed within 30 days of purchase.");
    }

    @Test
    void semanticModeRanksByMeaningAlone() {
        HybridSearch.Answer semantic = search("dark mode", HybridSearch.Mode.SEMANTIC);
        assertThat(semantic.mode()).isEqualTo(HybridSearch.Mode.SEMANTIC);
        assertThat(paths(semantic).get(0)).isEqualTo("Themes.md");
    }

    @Test
    void operatorsStayExactFilters() {
        // the tag lets only the personal note through, however near the refund policy is in meaning
        assertThat(paths(search("money back tag:personal", HybridSearch.Mode.HYBRID))).containsExactly("Money.md");
        assertThat(paths(search("reimbursed -tag:billing", HybridSearch.Mode.HYBRID))).doesNotContain("Refund policy.md");
        HybridSearch.Answer onlyOperators = search("tag:billing", HybridSearch.Mode.HYBRID);
        assertThat(onlyOperators.mode()).isEqualTo(HybridSearch.Mode.LEXICAL);
        assertThat(paths(onlyOperators)).containsExactly("Refund policy.md");
    }

    @Test
    void aLongListWithOperatorsIsSearchedLexicallyOnce() {
        // the window asks 200 hits: the notes an operator query may be answered from are that same list
        List<Integer> limits = new java.util.ArrayList<>();
        HybridSearch.Lexical counted = (q, limit, facets) -> {
            limits.add(limit);
            return index.searcher().search(q, limit, facets);
        };
        HybridSearch.Answer window = HybridSearch.search(counted, vectors, "money back tag:personal", 200, true,
                HybridSearch.Mode.HYBRID);
        assertThat(paths(window)).containsExactly("Money.md");
        assertThat(limits).containsExactly(200);
        limits.clear();
        HybridSearch.Answer few = HybridSearch.search(counted, vectors, "money back tag:personal", 10, false,
                HybridSearch.Mode.HYBRID);
        assertThat(paths(few)).containsExactly("Money.md");
        assertThat(limits).containsExactly(HybridSearch.LEXICAL_DEPTH, HybridSearch.OPERATOR_MATCHES);
    }

    @Test
    void withoutVectorsSearchIsLexical() {
        HybridSearch.Answer answer = HybridSearch.search(index.searcher()::search, null, "money back", 10, false,
                HybridSearch.Mode.HYBRID);
        assertThat(answer.mode()).isEqualTo(HybridSearch.Mode.LEXICAL);
        assertThat(paths(answer)).doesNotContain("Refund policy.md");
    }

    @Test
    void aFarStrongerWordMatchIsNotOutvotedByRankAlone() {
        // By ranks alone B wins (second in words, first in meaning); by scores A's word match is nine times B's
        // and its passage, though third, is near enough, while B barely matches the words.
        List<org.kasten.note.SearchHit> words = List.of(hit("A.md", 10f), hit("B.md", 1.1f), hit("C.md", 1.0f));
        List<PassageIndex.PassageHit> near = List.of(passage("B.md", 0.9f), passage("C.md", 0.8f), passage("A.md", 0.5f));
        assertThat(HybridBlend.fuse(words, near, Map.of(), 3, 0.5).stream().map(h -> h.path().value()))
                .containsExactly("A.md", "B.md", "C.md");
        // and a far nearer passage keeps its lead over a slightly better word match when meaning weighs more
        assertThat(HybridBlend.fuse(words, near, Map.of(), 3, 0.05).get(0).path().value()).isEqualTo("B.md");
    }

    @Test
    void theLastWordMatchStillCountsForItsWords() {
        // two word matches; the second must not rank like a note that matched no word at all
        List<org.kasten.note.SearchHit> words = List.of(hit("A.md", 10f), hit("B.md", 9f));
        List<PassageIndex.PassageHit> near = List.of(passage("D.md", 0.9f), passage("C.md", 0.25f));
        List<String> order = HybridBlend.fuse(words, near, Map.of(), 4, 0.5).stream().map(h -> h.path().value()).toList();
        assertThat(order.indexOf("B.md")).as(order.toString()).isLessThan(order.indexOf("C.md"));
    }

    @Test
    void aWordMatchBeyondTheNearestCountsItsOwnSimilarity() {
        // A is the best word match and its passage is near (0.8), just not among the nearest asked; B matches
        // the words less and made the nearest. Without its own similarity A counted as if it meant nothing.
        List<org.kasten.note.SearchHit> words = List.of(hit("A.md", 10f), hit("B.md", 6f));
        List<PassageIndex.PassageHit> near = List.of(passage("B.md", 0.9f), passage("C.md", 0.85f));
        assertThat(HybridBlend.fuse(words, near, Map.of("A.md", 0.8f), 3, 0.5).stream().map(h -> h.path().value()))
                .containsExactly("A.md", "B.md", "C.md");
        assertThat(HybridBlend.fuse(words, near, Map.of(), 3, 0.5).get(0).path().value()).isEqualTo("B.md");
        // a similarity under the floor adds nothing, and one above the nearest's best counts as the best
        assertThat(HybridBlend.fuse(words, near, Map.of("A.md", 0.1f), 3, 0.5).get(0).path().value()).isEqualTo("B.md");
        assertThat(HybridBlend.fuse(words, near, Map.of("A.md", 0.99f), 3, 0.5).get(0).score())
                .isEqualTo(1000f);
    }

    @Test
    void wordsWhoseBestNoteMeansSomethingElseWeighLess() {
        // the query said in other words: A shares a word with it but is about something else (similarity 0.3),
        // D says the same thing in its own words (0.8) and matches no word. Blended alike, the stray word wins.
        List<org.kasten.note.SearchHit> words = List.of(hit("A.md", 10f), hit("B.md", 4f));
        List<PassageIndex.PassageHit> near = List.of(passage("D.md", 0.8f), passage("B.md", 0.5f));
        Map<String, Float> own = Map.of("A.md", 0.3f);
        double weight = HybridBlend.weightFor(words, near, own, 0.5);
        assertThat(weight).isCloseTo(0.5 * (0.5 + 0.5 * (0.3 - 0.2) / (0.8 - 0.2)), org.assertj.core.data.Offset.offset(1e-6)); // float similarities
        assertThat(HybridBlend.fuse(words, near, own, 3, 0.5).get(0).path().value()).isEqualTo("A.md");
        assertThat(HybridBlend.fuse(words, near, own, 3, weight).get(0).path().value()).isEqualTo("D.md");
        // a best word match as near as the nearest note keeps the whole weight; one under the floor, half of it
        assertThat(HybridBlend.weightFor(words, near, Map.of("A.md", 0.8f), 0.5)).isEqualTo(0.5);
        assertThat(HybridBlend.weightFor(words, near, Map.of("A.md", 0.1f), 0.5)).isEqualTo(0.25);
        // its similarity read from the nearest when it is among them; unknown or nothing near: as given
        assertThat(HybridBlend.weightFor(List.of(hit("D.md", 10f)), near, Map.of(), 0.5)).isEqualTo(0.5);
        assertThat(HybridBlend.weightFor(words, near, Map.of(), 0.5)).isEqualTo(0.5);
        assertThat(HybridBlend.weightFor(words, List.of(), own, 0.5)).isEqualTo(0.5);
    }

    @Test
    void theQueryIsEmbeddedBesideItsLexicalSearchWithTheSameAnswer() throws Exception {
        FakeEmbedder model = new FakeEmbedder();
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (PassageIndex meaning = PassageIndex.inMemory(model)) {
            meaning.sync(notes, Progress.NONE, () -> false, 1);
            model.beforeEach(() -> threads.add(Thread.currentThread().getName()));
            for (String query : List.of("get my money back", "money back tag:personal")) {
                List<org.kasten.note.SearchHit> beside = HybridSearch.search(index.searcher()::search, meaning, query,
                        10, false, HybridSearch.Mode.HYBRID).results().hits();
                assertThat(threads).as(query).containsExactly("kasten-query-meaning");
                threads.clear();
                List<org.kasten.note.SearchHit> after = HybridSettings.sequential(() -> HybridSearch.search(
                        index.searcher()::search, meaning, query, 10, false, HybridSearch.Mode.HYBRID).results().hits());
                assertThat(threads).containsExactly(Thread.currentThread().getName());
                threads.clear();
                assertThat(beside).isEqualTo(after);
            }
            model.beforeEach(() -> {
                throw new IllegalStateException("the model failed");
            });
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> HybridSearch.search(index.searcher()::search, meaning,
                    "get my money back", 10, false, HybridSearch.Mode.HYBRID)).isInstanceOf(IllegalStateException.class).hasMessage("the model failed");
        }
    }

    private static org.kasten.note.SearchHit hit(String path, float score) {
        return new org.kasten.note.SearchHit(new org.kasten.note.NotePath(path), path, score, "");
    }

    private static PassageIndex.PassageHit passage(String path, float similarity) {
        return new PassageIndex.PassageHit(new org.kasten.note.NotePath(path), path, "", "text", similarity);
    }

    @Test
    void aLongListKeepsEveryWordMatch() throws Exception {
        // 40 notes with the word, each among so many other words that it is no semantic candidate
        List<Note> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            StringBuilder text = new StringBuilder("lantern");
            for (int w = 0; w < 60; w++) {
                text.append(" filler").append(i).append('x').append(w);
            }
            many.add(TestNotes.note("Lantern " + i + ".md").text(text.toString()).build());
        }
        try (NoteIndex words = NoteIndex.inMemory(); PassageIndex meaning = PassageIndex.inMemory(new FakeEmbedder())) {
            words.sync(IndexedNote.unlinked(many), Progress.NONE, () -> false);
            meaning.sync(many, Progress.NONE, () -> false, 1);
            HybridSearch.Answer answer = HybridSearch.search(words.searcher()::search, meaning, "lantern", 200, false,
                    HybridSearch.Mode.HYBRID);
            assertThat(answer.mode()).isEqualTo(HybridSearch.Mode.HYBRID);
            assertThat(paths(answer)).hasSize(40);
        }
    }

    @Test
    void meaningAddsAtMostItsDepthToALongListButSemanticModeGivesAllAsked() throws Exception {
        // 40 notes near "money" in meaning (a synonym) that do not have the word
        List<Note> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(TestNotes.note("Paid " + i + ".md").text("reimbursed " + "abc".repeat(i % 5 + 1)).build());
        }
        try (NoteIndex words = NoteIndex.inMemory(); PassageIndex meaning = PassageIndex.inMemory(new FakeEmbedder())) {
            words.sync(IndexedNote.unlinked(many), Progress.NONE, () -> false);
            meaning.sync(many, Progress.NONE, () -> false, 1);
            HybridSearch.Answer hybrid = HybridSearch.search(words.searcher()::search, meaning, "money", 200, false,
                    HybridSearch.Mode.HYBRID);
            assertThat(paths(hybrid)).hasSize(HybridSearch.SEMANTIC_DEPTH);
            HybridSearch.Answer semantic = HybridSearch.search(words.searcher()::search, meaning, "money", 200, false,
                    HybridSearch.Mode.SEMANTIC);
            assertThat(paths(semantic)).hasSize(40);
        }
    }

    @Test
    void modesAreParsedInAnyCase() {
        assertThat(HybridSearch.Mode.parse(" Semantic ")).isEqualTo(HybridSearch.Mode.SEMANTIC);
        assertThat(HybridSearch.Mode.HYBRID.label()).isEqualTo("hybrid");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HybridSearch.Mode.parse("fuzzy"))
                .hasMessageContaining("hybrid, lexical or semantic");
    }
}
