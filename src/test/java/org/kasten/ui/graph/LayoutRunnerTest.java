package org.kasten.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.ui.graph.TestGraphs.graph;
import static org.kasten.ui.graph.TestGraphs.node;
import static org.kasten.ui.graph.TestGraphs.note;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutRunnerTest {

    @TempDir Path dir;

    @Test
    void draggingASettledLayoutWakesItHoldsTheNodeAndSavesTheNewPlaceOnceReleased() throws Exception {
        GraphData g = graph(List.of(note("A.md"), note("B.md"), note("C.md"), note("D.md")),
                "A -> B", "B -> C", "C -> D");
        LayoutStore store = new LayoutStore(dir.resolve("v.layout"));
        AtomicInteger settles = new AtomicInteger();
        LayoutRunner runner = new LayoutRunner(new GraphLayout(g, 5, Map.of(), false), store, settles::incrementAndGet);
        runner.start();
        assertThat(runner.await(30_000)).isTrue();
        assertThat(runner.settled()).isTrue();
        assertThat(settles.get()).isEqualTo(1);

        int a = node(g, "A"), b = node(g, "B");
        float[] before = runner.positions();
        double toX = before[2 * a] + 500, toY = before[2 * a + 1] + 500;
        runner.drag(a, toX, toY);
        Thread.sleep(300);
        assertThat(runner.settled()).as("held: the layout keeps reacting").isFalse();
        float[] held = runner.positions();
        assertThat(held[2 * a]).isEqualTo((float) toX);
        assertThat(held[2 * a + 1]).isEqualTo((float) toY);
        assertThat(Math.hypot(held[2 * b] - toX, held[2 * b + 1] - toY))
                .as("its neighbour follows").isLessThan(Math.hypot(before[2 * b] - toX, before[2 * b + 1] - toY));

        runner.release(a);
        assertThat(runner.await(30_000)).isTrue();
        assertThat(runner.settled()).isTrue();
        assertThat(settles.get()).isEqualTo(2);
        double[] saved = store.load().get("n:A.md");
        assertThat(Math.hypot(saved[0] - toX, saved[1] - toY)).as("saved near where it was dropped")
                .isLessThan(0.75 * Math.hypot(before[2 * a] - toX, before[2 * a + 1] - toY));
    }

    @Test
    void aStoppedRunnerIgnoresDrags() throws Exception {
        GraphData g = graph(List.of(note("A.md"), note("B.md")), "A -> B");
        LayoutRunner runner = new LayoutRunner(new GraphLayout(g, 5, Map.of(), false), null, () -> { });
        runner.stop();
        runner.drag(0, 100, 100);
        runner.drag(7, 1, 1); // no such node: nothing happens
        assertThat(runner.await(1000)).isTrue();
        assertThat(runner.positions()[0]).isNotEqualTo(100f);
    }
}
