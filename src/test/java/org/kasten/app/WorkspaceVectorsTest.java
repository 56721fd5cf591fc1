package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.RelatedNote;
import org.kasten.note.SearchHit;
import org.kasten.note.VaultChange;
import org.kasten.search.FakeEmbedder;
import org.kasten.search.IndexLocation;
import org.kasten.search.PassageIndex;
import org.kasten.testing.SystemProperty;

/**
 * The workspace's semantic vectors as the window uses them (issue 12): built in the background after the
 * index, searched by {@link Workspace#searchHybrid} once ready, kept current as notes change on disk, blended
 * into related notes, stopped cleanly on close. A fake model stands in for the real one.
 */
class WorkspaceVectorsTest {

    @TempDir
    Path vault;
    private SystemProperty vectorsOn;
    private final FakeEmbedder model = new FakeEmbedder();
    private final List<VectorStatus> statuses = new CopyOnWriteArrayList<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();

    @BeforeEach
    void vault() throws Exception {
        vectorsOn = SystemProperty.set("kasten.vectors", "on");
        Files.writeString(vault.resolve("Payments.md"), "# Payments\n\n## Getting money back\n\nAsk the shop for your money within thirty days.\n");
        Files.writeString(vault.resolve("Appearance.md"), "# Appearance\n\nSwitch the window to night colours.\n");
        Files.writeString(vault.resolve("Zebra.md"), "# Zebra\n\nStriped animal of the savanna.\n");
        Files.writeString(vault.resolve("Counter.md"), "# Refunds\n\nEvery refund is a refund.\n");
    }

    @AfterEach
    void restore() {
        vectorsOn.close();
    }

    private void told(VectorStatus status) {
        statuses.add(status);
        threads.add(Thread.currentThread().getName() + "/" + Thread.currentThread().getPriority() + "/"
                + Thread.currentThread().isDaemon());
    }

    private void awaitPhase(VectorStatus.Phase phase) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20); // hang guard only
        while (statuses.stream().noneMatch(s -> s.phase() == phase)) {
            assertThat(System.nanoTime()).as("waiting for " + phase + ", got " + statuses).isLessThan(end);
            Thread.sleep(10);
        }
    }

    private static List<String> paths(SearchAnswer answer) {
        return answer.results().hits().stream().map(h -> h.path().value()).toList();
    }

    @Test
    void theVectorsAreBuiltInTheBackgroundAndSearchTurnsHybridWhenReady() throws Exception {
        try (Workspace ws = Workspace.open(vault, Progress.NONE)) {
            ws.awaitIndex();
            SearchAnswer before = ws.searchHybrid("reimbursement", 10, false);
            assertThat(before.mode()).isEqualTo("lexical");
            assertThat(before.results().hits()).isEmpty();

            ws.startVectors(SemanticModel.of(model), this::told);
            awaitPhase(VectorStatus.Phase.READY);

            assertThat(statuses.get(0).phase()).isEqualTo(VectorStatus.Phase.STARTING);
            assertThat(statuses).contains(new VectorStatus(VectorStatus.Phase.BUILDING, 4, 4, ""));
            assertThat(threads.subList(1, threads.size())).allMatch(t -> t.startsWith("kasten-vectors") && t.endsWith("/" + Thread.MIN_PRIORITY + "/true"));
            SearchAnswer after = ws.searchHybrid("reimbursement", 10, false);
            assertThat(after.mode()).isEqualTo("hybrid");
            assertThat(paths(after)).startsWith("Counter.md", "Payments.md");
            SearchHit byMeaning = after.results().hits().get(1);
            assertThat(byMeaning.snippet()).isEqualTo("Payments › Getting money back: Ask the shop for your money within thirty days.");
        }
    }

    @Test
    void anEditedNoteAloneIsEmbeddedAgainAndADeletedOneLeavesTheVectors() throws Exception {
        BlockingQueue<VaultChange> changes = new LinkedBlockingQueue<>();
        try (Workspace ws = Workspace.open(vault, Progress.NONE)) {
            ws.awaitIndex();
            ws.startVectors(SemanticModel.of(model), this::told);
            awaitPhase(VectorStatus.Phase.READY);
            ws.watch(changes::add);
            WorkspaceVectors vectors = ((OpenWorkspace) ws).startedVectors();
            int before = model.embeddedCount();

            Files.writeString(vault.resolve("Zebra.md"), "# Zebra\n\nStriped animal that wants its money back.\n");
            assertThat(changes.poll(20, TimeUnit.SECONDS)).as("the watcher saw the edit").isNotNull();
            vectors.awaitQueued();
            assertThat(model.embeddedCount() - before).as("passages embedded again: Zebra's one").isEqualTo(1);
            assertThat(paths(ws.searchHybrid("reimbursement", 10, false))).contains("Zebra.md");

            Files.delete(vault.resolve("Zebra.md"));
            assertThat(changes.poll(20, TimeUnit.SECONDS)).as("the watcher saw the deletion").isNotNull();
            vectors.awaitQueued();
            assertThat(vectors.ready().neighbours(NotePath.of("Payments.md"), 10))
                    .extracting(h -> h.path().value()).doesNotContain("Zebra.md");
            assertThat(paths(ws.searchHybrid("reimbursement", 10, false))).doesNotContain("Zebra.md");
        }
    }

    @Test
    void relatedNotesBlendInSimilarPassagesAndSayWhy() throws Exception {
        Files.writeString(vault.resolve("Zebra.md"), "# Zebra\n\nStriped animal, see [[Payments]].\n");
        try (Workspace ws = Workspace.open(vault, Progress.NONE)) {
            ws.awaitIndex();
            List<RelatedNote> lexical = ws.related(NotePath.of("Payments.md"), 10);
            assertThat(lexical).extracting(r -> r.path().value()).doesNotContain("Counter.md");
            assertThat(lexical).filteredOn(r -> r.path().value().equals("Zebra.md"))
                    .extracting(RelatedNote::reason).containsExactly("linked");

            ws.startVectors(SemanticModel.of(model), this::told);
            awaitPhase(VectorStatus.Phase.READY);
            List<RelatedNote> blended = ws.related(NotePath.of("Payments.md"), 10);
            assertThat(blended).filteredOn(r -> r.path().value().equals("Counter.md"))
                    .extracting(RelatedNote::reason).containsExactly("similar passage: Refunds");
            assertThat(blended).extracting(r -> r.path().value()).contains("Zebra.md");
        }
    }

    @Test
    void aModelThatCannotLoadIsSaidOnceAndSearchStaysLexical() throws Exception {
        SemanticModel broken = SemanticModel.loadedBy(warning -> {
            warning.accept("the semantic search model cannot be loaded (UnsatisfiedLinkError: no onnxruntime); search stays lexical");
            return Optional.empty();
        });
        try (Workspace ws = Workspace.open(vault, Progress.NONE)) {
            ws.awaitIndex();
            ws.startVectors(broken, this::told);
            awaitPhase(VectorStatus.Phase.UNAVAILABLE);
            ((OpenWorkspace) ws).startedVectors().awaitQueued();
            assertThat(statuses).filteredOn(s -> s.phase() == VectorStatus.Phase.UNAVAILABLE)
                    .extracting(VectorStatus::message)
                    .containsExactly("the semantic search model cannot be loaded (UnsatisfiedLinkError: no onnxruntime); search stays lexical");
            SearchAnswer answer = ws.searchHybrid("money", 10, false);
            assertThat(answer.mode()).isEqualTo("lexical");
            assertThat(paths(answer)).containsExactly("Payments.md");
        }
    }

    @Test
    void closingStopsTheBuildAtTheNextNoteAndKeepsWhatWasDone() throws Exception {
        for (int i = 0; i < 40; i++) {
            Files.writeString(vault.resolve("Note " + i + ".md"), "# Note " + i + "\n\nText number " + i + ".\n");
        }
        model.beforeEach(() -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Workspace ws = Workspace.open(vault, Progress.NONE);
            ws.awaitIndex();
            ws.startVectors(SemanticModel.of(model), this::told);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (statuses.stream().noneMatch(s -> s.phase() == VectorStatus.Phase.BUILDING && s.done() >= 3)) {
                assertThat(System.nanoTime()).isLessThan(end);
                Thread.sleep(5);
            }
            ws.close();
            while (Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().startsWith("kasten-vectors") && t.isAlive())) {
                Thread.sleep(5); // the threads end just after close returns (the hang guard bounds this)
            }
            assertThat(statuses.get(statuses.size() - 1).phase()).isEqualTo(VectorStatus.Phase.STOPPED);
            assertThat(statuses).noneMatch(s -> s.phase() == VectorStatus.Phase.READY);
            Path folder = IndexLocation.vectorsForVault(vault);
            assertThat(PassageIndex.ready(folder)).as("an unfinished build is not taken as complete").isFalse();

            FakeEmbedder again = new FakeEmbedder();
            statuses.clear();
            try (Workspace reopened = Workspace.open(vault, Progress.NONE)) {
                reopened.awaitIndex();
                reopened.startVectors(SemanticModel.of(again), this::told); // the writer was closed: no lock left
                awaitPhase(VectorStatus.Phase.READY);
            }
            // at least 3 notes were done when it closed (a 4th may have been under way and finished)
            assertThat(again.embeddedCount()).as("only the notes not done before are embedded").isLessThanOrEqualTo(44 - 3);
            assertThat(statuses).noneMatch(s -> s.phase() == VectorStatus.Phase.UNAVAILABLE);
            assertThat(PassageIndex.ready(folder)).isTrue();
        });
    }

    /**
     * Lucene cannot abort a merge of vectors, and compacting a large vault's vectors takes tens of seconds: a changed
     * note is embedded meanwhile, closing (quitting Kasten) does not wait for the merge, and the index is closed
     * when the merge ends.
     */
    @Test
    void aChangeDuringTheCompactionIsEmbeddedAndClosingDoesNotWaitForTheMerge() throws Exception {
        CountDownLatch merging = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> events = new CopyOnWriteArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Workspace ws = Workspace.open(vault, Progress.NONE)) {
                ws.awaitIndex();
                WorkspaceVectors vectors = WorkspaceVectors.start(vault, SemanticModel.of(model), () -> ws.graph().notes(),
                        status -> {
                            if (status.phase() == VectorStatus.Phase.STOPPED) {
                                events.add("stopped");
                            }
                            told(status);
                        }, index -> {
                            merging.countDown();
                            try {
                                release.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            events.add("merged");
                            return true;
                        });
                merging.await();
                vectors.changed(List.copyOf(ws.graph().notes()).subList(0, 1), List.of());
                vectors.awaitQueued(); // with the merge on the builder's thread, this would wait for the merge
                events.add("change embedded");
                vectors.close();
                events.add("close returned");
                release.countDown();
                awaitPhase(VectorStatus.Phase.STOPPED);
                assertThat(events).containsExactly("change embedded", "close returned", "merged", "stopped");
            }
        });
        try (PassageIndex reopened = PassageIndex.open(IndexLocation.vectorsForVault(vault), new FakeEmbedder())) {
            assertThat(reopened).as("the builder closed the index: its lock is free").isNotNull();
        }
    }

    @Test
    void whileAnotherProcessHoldsTheVectorsTheirLastCompleteBuildIsSearched() throws Exception {
        try (Workspace ws = Workspace.open(vault, Progress.NONE)) {
            ws.awaitIndex();
            ws.startVectors(SemanticModel.of(model), this::told);
            awaitPhase(VectorStatus.Phase.READY);
        }
        Path folder = IndexLocation.vectorsForVault(vault);
        statuses.clear();
        int embeddedBefore = model.embeddedCount();
        try (PassageIndex other = PassageIndex.open(folder, model); // another Kasten holds the writer
             Workspace ws = Workspace.open(vault, Progress.NONE)) {
            ws.awaitIndex();
            ws.startVectors(SemanticModel.of(model), this::told);
            awaitPhase(VectorStatus.Phase.READY);
            ((OpenWorkspace) ws).startedVectors().awaitQueued(); // the sync asked after opening is skipped
            assertThat(statuses).noneMatch(s -> s.phase() == VectorStatus.Phase.UNAVAILABLE);
            SearchAnswer answer = ws.searchHybrid("reimbursement", 10, false);
            assertThat(answer.mode()).isEqualTo("hybrid");
            assertThat(paths(answer)).contains("Payments.md");
        }
        assertThat(model.embeddedCount() - embeddedBefore).as("only the queries were embedded").isEqualTo(1);
    }
}
