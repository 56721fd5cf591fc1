package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.SemanticModel;
import org.kasten.app.VectorStatus;
import org.kasten.app.Workspace;
import org.kasten.note.NotePath;
import org.kasten.search.FakeEmbedder;
import org.kasten.ui.TestVault;
import org.kasten.testing.SystemProperty;

/**
 * Search by meaning in the window's view model (issue 12), with a fake model: the vectors are built after the
 * index and the status line says how far; search turns hybrid when they are ready; related notes say why; the
 * setting and {@code -Dkasten.vectors=off} keep the model from ever being used.
 */
class SemanticFollowerTest {

    @TempDir Path dir;
    private final BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final Executor ui = uiQueue::add;
    private final FakeEmbedder model = new FakeEmbedder();
    private final List<String> statusTexts = new CopyOnWriteArrayList<>();
    private MainViewModel main;
    private SystemProperty vectorsOn;

    @BeforeEach
    void vault() throws Exception {
        vectorsOn = SystemProperty.set("kasten.vectors", "on");
        TestVault.write(dir);
        TestVault.file(dir, "Payments.md", "# Payments\n\n## Getting money back\n\nAsk the shop for your money within thirty days.\n");
        TestVault.file(dir, "Refunds.md", "# Refunds\n\nEvery refund is a refund.\n");
        main = new MainViewModel(Workspace::open, Runnable::run, ui);
        main.semantic().useModel(SemanticModel.of(model));
        main.semantic().statusProperty().addListener((obs, old, now) -> statusTexts.add(now));
    }

    @AfterEach
    void close() {
        Workspace ws = main.workspaceProperty().get();
        if (ws != null) {
            ws.close();
        }
        vectorsOn.close();
    }

    /** Runs the UI executor's work on this thread until {@code done} (20 s hang guard). */
    private void runUiUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting; status so far " + statusTexts).isLessThan(end);
            Runnable task = uiQueue.poll(10, TimeUnit.MILLISECONDS);
            if (task != null) {
                task.run();
            }
        }
    }

    private void openAndIndex() throws InterruptedException {
        main.openVault(dir, "Payments", List.of());
        runUiUntil(() -> main.workspaceProperty().get() != null && !main.indexingProperty().get()
                && main.selectedTabProperty().get() != null);
        drainUi(); // a build started with the index has said so by now (its first status is told at once)
    }

    private void drainUi() {
        for (Runnable task = uiQueue.poll(); task != null; task = uiQueue.poll()) {
            task.run();
        }
    }

    private String search(String query) throws InterruptedException {
        main.search().queryProperty().set(query);
        main.search().run(); // the background executor runs it here: its answer is queued for the UI now
        drainUi();
        return main.search().summaryProperty().get();
    }

    @Test
    void theStatusLineCountsTheNotesUnderstood() {
        assertThat(SemanticFollower.text(new VectorStatus(VectorStatus.Phase.BUILDING, 1240, 6571, "")))
                .isEqualTo("Understanding notes\u2026 1,240 / 6,571");
        assertThat(SemanticFollower.text(new VectorStatus(VectorStatus.Phase.UNAVAILABLE, 0, 0,
                "the semantic search model cannot be loaded (x); search stays lexical")))
                .isEqualTo("The semantic search model cannot be loaded (x); search stays lexical");
    }

    @Test
    void afterTheIndexTheVectorsAreBuiltAndSearchTurnsHybrid() throws Exception {
        main.semantic().enabledProperty().set(false);
        openAndIndex();
        assertThat(search("reimbursement")).startsWith("0 notes").doesNotContain("meaning");

        main.semantic().enabledProperty().set(true); // the index is ready: building starts now
        runUiUntil(() -> main.semantic().statusProperty().get().equals("Search by meaning ready"));
        assertThat(statusTexts.get(0)).startsWith("Understanding notes\u2026");
        String summary = search("reimbursement");
        assertThat(summary).contains("words and meaning");
        assertThat(main.search().hits()).extracting(h -> h.path().value()).contains("Payments.md", "Refunds.md");
        assertThat(main.search().hits()).filteredOn(h -> h.path().value().equals("Payments.md"))
                .extracting(h -> h.snippet()).containsExactly("Payments › Getting money back: Ask the shop for your money within thirty days.");
    }

    @Test
    void relatedNotesShowSimilarPassagesOnceTheVectorsAreReady() throws Exception {
        openAndIndex();
        runUiUntil(() -> main.semantic().statusProperty().get().equals("Search by meaning ready"));
        runUiUntil(() -> main.selectedTabProperty().get().getContent().related().stream()
                .anyMatch(r -> r.label().equals("Refunds")));
        assertThat(main.selectedTabProperty().get().getContent().related())
                .filteredOn(r -> r.label().equals("Refunds"))
                .extracting(PanelItem::detail).containsExactly("similar passage: Refunds");
    }

    @Test
    void withTheSettingOffTheModelIsNeverUsed() throws Exception {
        main.semantic().enabledProperty().set(false);
        openAndIndex();
        assertThat(search("reimbursement")).doesNotContain("meaning");
        assertThat(main.workspaceProperty().get().searchHybrid("money", 10, false).mode()).isEqualTo("lexical");
        assertThat(main.semantic().statusProperty().get()).as("no build was started").isEmpty();
        assertThat(statusTexts).isEmpty();
        assertThat(model.embeddedCount()).isZero();
        assertThat(main.workspaceProperty().get().related(NotePath.of("Payments.md"), 10))
                .extracting(r -> r.path().value()).doesNotContain("Refunds.md");
    }

    @Test
    void theSystemPropertyTurnsItOffForTheProcess() throws Exception {
        System.setProperty("kasten.vectors", "off");
        openAndIndex();
        assertThat(search("reimbursement")).doesNotContain("meaning");
        assertThat(statusTexts).as("no build was started").isEmpty();
        assertThat(model.embeddedCount()).isZero();
    }

    @Test
    void turningTheSettingOffStopsTheVectors() throws Exception {
        openAndIndex();
        runUiUntil(() -> main.semantic().statusProperty().get().equals("Search by meaning ready"));
        main.semantic().enabledProperty().set(false);
        runUiUntil(() -> main.semantic().statusProperty().get().isEmpty());
        assertThat(main.workspaceProperty().get().searchHybrid("money", 10, false).mode()).isEqualTo("lexical");
    }

    /**
     * Off and at once on again, while the stop still waits for a background worker: the start asked after it
     * must not be lost (before, it saw the old vectors still there and did nothing, then the stop ran).
     */
    @Test
    void offThenOnAgainBeforeTheStopRanEndsWithTheVectorsBuilt() throws Exception {
        List<Runnable> held = new CopyOnWriteArrayList<>();
        boolean[] holding = {false};
        Executor background = task -> {
            if (holding[0]) {
                held.add(task);
            } else {
                task.run();
            }
        };
        main = new MainViewModel(Workspace::open, background, ui);
        main.semantic().useModel(SemanticModel.of(model));
        main.semantic().statusProperty().addListener((obs, old, now) -> statusTexts.add(now));
        openAndIndex();
        runUiUntil(() -> main.semantic().statusProperty().get().equals("Search by meaning ready"));

        holding[0] = true;
        main.semantic().enabledProperty().set(false);
        main.semantic().enabledProperty().set(true);
        holding[0] = false;
        held.forEach(Runnable::run); // the workers get to what was asked
        runUiUntil(() -> main.semantic().statusProperty().get().equals("Search by meaning ready"));
        assertThat(main.workspaceProperty().get().searchHybrid("money", 10, false).mode()).isNotEqualTo("lexical");
    }
}
