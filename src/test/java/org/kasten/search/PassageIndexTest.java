package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.Note;
import org.kasten.note.Progress;

/** The passage vectors with a fake model: incremental by hash, persisted, schema-versioned, searched by meaning. */
class PassageIndexTest {

    private static final Note REFUND = TestNotes.note("Refund policy.md").text("You can be reimbursed within 30 days.").build();
    private static final Note ALIASES = TestNotes.note("Aliases.md").text("Add an alias in the properties.").build();
    private static final Note THEMES = TestNotes.note("Themes.md").text("Pick a night theme for the window.").build();

    @Test
    void findsNotesByMeaningWithTheirPassage() throws Exception {
        try (PassageIndex vectors = PassageIndex.inMemory(new FakeEmbedder())) {
            vectors.sync(List.of(REFUND, ALIASES, THEMES), Progress.NONE, () -> false, 2);
            List<PassageIndex.PassageHit> hits = vectors.nearest("money back", 2, null);
            assertThat(hits.get(0).path().value()).isEqualTo("Refund policy.md");
            assertThat(hits.get(0).text()).isEqualTo("You can be reimbursed within 30 days.");
            assertThat(hits.get(0).similarity()).isGreaterThan(hits.get(1).similarity());
            assertThat(vectors.nearest("money back", 3, Set.of("Themes.md", "Aliases.md")))
                    .extracting(h -> h.path().value()).doesNotContain("Refund policy.md");
            assertThat(vectors.nearest("money back", 3, Set.of())).isEmpty();
        }
    }

    @Test
    void aQueryIsEmbeddedAsAQueryAndPassagesAsPassages() throws Exception {
        // a model trained with an instruction before queries (bge, e5): here the query's "instruction" turns
        // "money" into the night theme's words; embedded as a passage, "money" would find the refund
        Embedder instructed = new Embedder() {
            private final FakeEmbedder words = new FakeEmbedder();

            @Override
            public String id() {
                return "instructed/1";
            }

            @Override
            public int dimensions() {
                return words.dimensions();
            }

            @Override
            public float[] embed(String text) {
                return words.embed(text);
            }

            @Override
            public float[] embedQuery(String query) {
                return words.embed(query.replace("money", "night theme"));
            }
        };
        try (PassageIndex vectors = PassageIndex.inMemory(instructed)) {
            vectors.sync(List.of(REFUND, ALIASES, THEMES), Progress.NONE, () -> false, 1);
            assertThat(vectors.nearest("money", 1, null)).extracting(h -> h.path().value())
                    .containsExactly("Themes.md");
        }
    }

    @Test
    void aNoteSimilarityIsItsBestPassageOverAllItsPassages() throws Exception {
        StringBuilder longer = new StringBuilder("# Budget\n\n");
        for (int i = 0; i < 400; i++) {
            longer.append("word").append(i).append(' ');
        }
        longer.append("\n\n# Getting paid back\n\nAsk to be reimbursed: money back, money back, money back.\n");
        Note budget = TestNotes.note("Budget.md").text(longer.toString()).build();
        try (PassageIndex vectors = PassageIndex.inMemory(new FakeEmbedder())) {
            vectors.sync(List.of(REFUND, ALIASES, THEMES, budget), Progress.NONE, () -> false, 1);
            vectors.update(TestNotes.note("Themes.md").text("Pick a dark theme.").build()); // a second segment, a deletion
            float[] query = vectors.queryVector("money back");
            Map<String, Float> measured = vectors.similarities(query, List.of("Budget.md", "Refund policy.md",
                    "Themes.md", "Missing.md"));
            assertThat(measured).containsOnlyKeys("Budget.md", "Refund policy.md", "Themes.md");
            for (PassageIndex.PassageHit near : vectors.nearest(query, 4, measured.keySet())) {
                assertThat(measured.get(near.path().value())).as(near.path().value())
                        .isCloseTo(near.similarity(), org.assertj.core.data.Offset.offset(1e-4f));
            }
            FakeEmbedder model = new FakeEmbedder();
            double[] each = Passages.of(budget).stream().mapToDouble(p -> {
                float[] v = model.embed(p.embedded());
                double dot = 0;
                for (int i = 0; i < v.length; i++) {
                    dot += v[i] * query[i];
                }
                return dot;
            }).toArray();
            assertThat(each).hasSizeGreaterThan(2);
            assertThat(each[each.length - 1]).isGreaterThan(each[0]); // the best passage is its last, not its first
            assertThat((double) measured.get("Budget.md"))
                    .isCloseTo(java.util.Arrays.stream(each).max().orElseThrow(), org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void aSyncEmbedsOnlyNewAndChangedNotesAndDropsRemovedOnes(@TempDir Path folder) throws Exception {
        FakeEmbedder model = new FakeEmbedder();
        try (PassageIndex vectors = PassageIndex.open(folder, model)) {
            PassageIndex.SyncReport first = vectors.sync(List.of(REFUND, ALIASES, THEMES), Progress.NONE, () -> false, 2);
            assertThat(first.embedded()).isEqualTo(3);
            assertThat(first.complete()).isTrue();
        }
        assertThat(PassageIndex.ready(folder)).isTrue();
        int before = model.embedded.get();
        Note changed = TestNotes.note("Aliases.md").text("Give a note a nickname.").build();
        try (PassageIndex vectors = PassageIndex.open(folder, model)) {
            assertThat(vectors.rebuilt()).isFalse();
            PassageIndex.SyncReport second = vectors.sync(List.of(REFUND, changed), Progress.NONE, () -> false, 1);
            assertThat(second.embedded()).isEqualTo(1);
            assertThat(second.removed()).isEqualTo(1);
            assertThat(second.unchanged()).isEqualTo(1);
            assertThat(model.embedded.get() - before).isEqualTo(1); // one passage of one note
            assertThat(vectors.nearest("night theme", 5, null)).extracting(h -> h.path().value()).doesNotContain("Themes.md");
            assertThat(vectors.nearest("nickname", 1, null).get(0).text()).isEqualTo("Give a note a nickname.");
        }
    }

    @Test
    void aBuildOfManySegmentsIsCompactedIntoOneAndStaysSearchable(@TempDir Path folder) throws Exception {
        try (PassageIndex vectors = PassageIndex.open(folder, new FakeEmbedder())) {
            vectors.sync(List.of(REFUND), Progress.NONE, () -> false, 1);
            vectors.update(ALIASES); // each change made visible is a segment of its own
            vectors.update(THEMES);
            for (int i = 0; i < PassageIndex.MOST_SEGMENTS; i++) {
                vectors.update(TestNotes.note("Extra " + i + ".md").text("Extra words number " + i + ".").build());
            }
            assertThat(vectors.segmentCount()).isGreaterThan(PassageIndex.MOST_SEGMENTS);
            assertThat(vectors.compact()).isTrue();
            assertThat(vectors.segmentCount()).isEqualTo(1);
            assertThat(vectors.compact()).isFalse();
            assertThat(vectors.passageCount()).isEqualTo(3 + PassageIndex.MOST_SEGMENTS);
            for (int i = 0; i <= PassageIndex.MOST_SEGMENTS; i++) { // edits beside the one large segment
                vectors.update(TestNotes.note("Later " + i + ".md").text("Later words number " + i + ".").build());
            }
            assertThat(vectors.segmentCount()).isGreaterThan(PassageIndex.MOST_SEGMENTS);
            assertThat(vectors.compact()).isFalse(); // left to Lucene's merging: no rebuild of the large graph
            assertThat(vectors.nearest("money back", 1, null).get(0).path().value()).isEqualTo("Refund policy.md");
        }
        try (PassageIndex reopened = PassageIndex.open(folder, new FakeEmbedder())) {
            assertThat(reopened.passageCount()).isEqualTo(4 + 2 * PassageIndex.MOST_SEGMENTS);
        }
    }

    @Test
    void vectorsOfAnotherModelAreRebuilt(@TempDir Path folder) throws Exception {
        try (PassageIndex vectors = PassageIndex.open(folder, new FakeEmbedder("fake/1"))) {
            vectors.sync(List.of(REFUND), Progress.NONE, () -> false, 1);
        }
        assertThat(PassageIndex.readOnly(folder, new FakeEmbedder("fake/2"))).isNull();
        FakeEmbedder other = new FakeEmbedder("fake/2");
        try (PassageIndex vectors = PassageIndex.open(folder, other)) {
            assertThat(vectors.rebuilt()).isTrue();
            assertThat(vectors.sync(List.of(REFUND), Progress.NONE, () -> false, 1).embedded()).isEqualTo(1);
        }
        try (PassageIndex read = PassageIndex.readOnly(folder, other)) {
            assertThat(read).isNotNull();
            assertThat(read.passageCount()).isEqualTo(1);
        }
    }

    @Test
    void aStoppedBuildIsNotReady(@TempDir Path folder) throws Exception {
        try (PassageIndex vectors = PassageIndex.open(folder, new FakeEmbedder())) {
            PassageIndex.SyncReport stopped = vectors.sync(List.of(REFUND, ALIASES), Progress.NONE, () -> true, 1);
            assertThat(stopped.complete()).isFalse();
        }
        assertThat(PassageIndex.ready(folder)).isFalse();
        assertThat(PassageIndex.ready(folder.resolve("missing"))).isFalse();
    }

    @Test
    void aChangedNoteSendsOnlyItsChangedPassagesToTheModel() throws Exception {
        FakeEmbedder model = new FakeEmbedder();
        Note before = TestNotes.note("Trips.md").property("description", "Where we went last summer.")
                .text("We took the night train to Vienna.").build();
        Note after = TestNotes.note("Trips.md").property("description", "Where we went last summer.")
                .text("We took the night train to Venice.").build();
        try (PassageIndex vectors = PassageIndex.inMemory(model)) {
            vectors.sync(List.of(before), Progress.NONE, () -> false, 1);
            assertThat(vectors.passageCount()).isEqualTo(2);
            int embedded = model.embeddedCount();
            vectors.update(after);
            assertThat(model.embeddedCount() - embedded).isEqualTo(1); // the summary kept its vector
            assertThat(vectors.passageCount()).isEqualTo(2);
            assertThat(vectors.nearest("summer", 1, null).get(0).text()).isEqualTo("Where we went last summer.");
            assertThat(vectors.nearest("Venice", 1, null).get(0).text()).isEqualTo("We took the night train to Venice.");
        }
    }

    /** A blank title is stored as the path, the title the passages were embedded with, so the vectors are found again. */
    @Test
    void aNoteWithABlankTitleKeepsItsVectorsWhenAnotherPassageChanges() throws Exception {
        FakeEmbedder model = new FakeEmbedder();
        Note before = TestNotes.note("Trips.md").title(" ").property("description", "Where we went last summer.")
                .text("We took the night train to Vienna.").build();
        Note after = TestNotes.note("Trips.md").title(" ").property("description", "Where we went last summer.")
                .text("We took the night train to Venice.").build();
        try (PassageIndex vectors = PassageIndex.inMemory(model)) {
            vectors.sync(List.of(before), Progress.NONE, () -> false, 1);
            int embedded = model.embeddedCount();
            vectors.update(after);
            assertThat(model.embeddedCount() - embedded).isEqualTo(1); // the summary kept its vector
        }
    }

    @Test
    void aPassageTextThatComesAgainIsEmbeddedOnceInASync() throws Exception {
        FakeEmbedder model = new FakeEmbedder();
        List<Note> copies = List.of(
                TestNotes.note("a/Refund policy.md").title("Refund policy").text("You can be reimbursed within 30 days.").build(),
                TestNotes.note("b/Refund policy.md").title("Refund policy").text("You can be reimbursed within 30 days.").build(),
                TestNotes.note("c/Refund policy.md").title("Refund policy").text("You can be reimbursed within 30 days.").build(),
                THEMES);
        try (PassageIndex vectors = PassageIndex.inMemory(model)) {
            // one caller, as every sync now has: two could both reach a text before either made its vector
            PassageIndex.SyncReport report = vectors.sync(copies, Progress.NONE, () -> false, 1);
            assertThat(model.embeddedCount()).isEqualTo(2);
            assertThat(report.passages()).isEqualTo(4);
            assertThat(report.reused()).isEqualTo(2);
            assertThat(vectors.nearest("money back", 3, null)).extracting(h -> h.path().value())
                    .containsExactlyInAnyOrder("a/Refund policy.md", "b/Refund policy.md", "c/Refund policy.md");
        }
    }

    @Test
    void knownVectorsForgetATextAfterItsLastUse() {
        List<Note> twice = List.of(REFUND, TestNotes.note("copy/Refund policy.md").title("Refund policy")
                .text("You can be reimbursed within 30 days.").build());
        KnownVectors known = KnownVectors.among(twice);
        String text = Passages.of(twice.get(0)).get(0).embedded();
        assertThat(known.take(text)).isNull();
        known.made(text, new float[] {1});
        assertThat(known.held()).isEqualTo(1);
        assertThat(known.take(text)).containsExactly(1f);
        assertThat(known.held()).isZero();
        assertThat(known.take("never counted")).isNull();
    }
}
