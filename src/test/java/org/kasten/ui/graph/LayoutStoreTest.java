package org.kasten.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.ui.graph.TestGraphs.graph;
import static org.kasten.ui.graph.TestGraphs.note;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutStoreTest {

    @TempDir Path dir;

    @Test
    void positionsComeBackByKeyAndABrokenFileReadsAsNothing() throws Exception {
        GraphData g = graph(List.of(note("A.md"), note("B.md")), "A -> B", "A -> Idea");
        LayoutStore store = new LayoutStore(dir.resolve("graph/v.layout"));
        assertThat(store.load()).isEmpty();
        assertThat(store.save(g, new float[] {1, 2, 3, 4, 5, 6})).isTrue();
        Map<String, double[]> back = store.load();
        assertThat(back).containsOnlyKeys("n:A.md", "n:B.md", "g:Idea");
        assertThat(back.get("n:B.md")).containsExactly(3, 4);
        Files.write(store.file(), new byte[] {1, 2, 3});
        assertThat(store.load()).isEmpty();
        Files.write(store.file(), new byte[] {0x4B, 0x47, 0x4C, 0x31, 0, 0, 0, 9, 0, 1});
        assertThat(store.load()).isEmpty(); // cut short
    }
}
