package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.Workspace;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.ui.TestVault;
import org.kasten.ui.graph.GraphFilters;
import org.kasten.ui.viewmodel.LocalGraphViewModel.LocalPicture;

/**
 * The local graph without a display: its neighbourhood (notes, ghosts, attachments, depth), the global graph's
 * filters applied to it, the order names are offered in, and filters remembered per vault apart from the
 * global graph's.
 */
class LocalGraphViewModelTest {

    @TempDir Path dir;
    Path vault;
    Workspace ws;
    StateStore store;

    @BeforeEach
    void open() throws Exception {
        vault = TestVault.write(Files.createDirectories(dir.resolve("vault")));
        TestVault.file(vault, "img/pic.png", "not really a picture");
        TestVault.file(vault, "Gallery.md", "# Gallery\n\n![[pic.png]] and back to [[Home]].\n");
        ws = Workspace.open(vault, Progress.NONE);
        store = new StateStore(dir.resolve("config"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private LocalGraph home() {
        return LocalGraph.around(Location.note(NotePath.of("Home.md")), "Home", ws, 2);
    }

    private static List<String> names(LocalPicture p) {
        List<String> out = new ArrayList<>();
        for (int i : p.picture().labelOrder()) {
            out.add(p.picture().data().label(i));
        }
        return out;
    }

    private static int depthOf(LocalGraph g, String label) {
        for (int i = 0; i < g.size(); i++) {
            if (g.label(i).equals(label)) {
                return g.depth()[i];
            }
        }
        return -1;
    }

    @Test
    void theNeighbourhoodHoldsNotesGhostsAndAttachmentsWithTheirDepth() {
        LocalGraph g = home();
        assertThat(g.label(g.centre())).isEqualTo("Home");
        assertThat(depthOf(g, "Home")).isZero();
        assertThat(depthOf(g, "Alpha")).isEqualTo(1);
        assertThat(depthOf(g, "Beta")).isEqualTo(1);
        assertThat(depthOf(g, "Ghost Concept")).isEqualTo(1);
        assertThat(depthOf(g, "Gallery")).as("a backlink").isEqualTo(1);
        assertThat(depthOf(g, "pic.png")).as("the attachment Gallery shows").isEqualTo(2);
        assertThat(depthOf(g, "Zebra facts")).as("linked to nothing").isEqualTo(-1);
    }

    @Test
    void theFiltersOfTheGlobalGraphApplyAndTheCentreAndItsNeighboursAreNamedFirst() {
        LocalGraphViewModel m = new LocalGraphViewModel(() -> ws, store::vault);
        LocalGraph g = home();
        LocalPicture p = m.picture(g);
        assertThat(names(p)).as("depth 1, attachments off by default")
                .containsExactlyInAnyOrder("Home", "Alpha", "Beta", "Ghost Concept", "Gallery");
        assertThat(names(p).get(0)).isEqualTo("Home");
        assertThat(p.neighbours()).isEqualTo(4);
        assertThat(p.picture().data().label(p.picture().current())).isEqualTo("Home");

        m.setFilters(m.filtersProperty().get().withDepth(2).withAttachments(true));
        p = m.picture(g);
        assertThat(names(p)).containsExactlyInAnyOrder("Home", "Alpha", "Beta", "Ghost Concept", "Gallery", "pic.png");
        assertThat(names(p).get(5)).as("depth 2 after the neighbours").isEqualTo("pic.png");

        m.setFilters(m.filtersProperty().get().withGhosts(false));
        assertThat(names(m.picture(g))).doesNotContain("Ghost Concept");

        m.setFilters(m.filtersProperty().get().withTags(List.of("greek")));
        assertThat(names(m.picture(g))).as("the centre stays").containsExactlyInAnyOrder("Home", "Alpha");
        assertThat(m.picture(g).picture().tagChoices()).contains("greek/letter");

        m.setFilters(m.filtersProperty().get().withTags(List.of()).withFolders(List.of("Concepts")));
        assertThat(names(m.picture(g))).containsExactlyInAnyOrder("Home", "Beta");

        m.setFilters(m.filtersProperty().get().withDepth(7));
        assertThat(m.filtersProperty().get().depth()).as("a local graph holds two steps").isEqualTo(2);
        m.setFilters(m.filtersProperty().get().withDepth(0));
        assertThat(m.filtersProperty().get().depth()).isEqualTo(1);
    }

    @Test
    void filtersAreRememberedPerVaultApartFromTheGlobalGraphs() throws Exception {
        LocalGraphViewModel m = new LocalGraphViewModel(() -> ws, store::vault);
        GraphFilters chosen = m.filtersProperty().get().withDepth(2).withGhosts(false).withTags(List.of("greek"));
        m.setFilters(chosen);

        LocalGraphViewModel again = new LocalGraphViewModel(() -> ws, store::vault);
        assertThat(again.filtersProperty().get()).isEqualTo(chosen);
        assertThat(store.vault(vault).get("graph.ghosts", "unset")).as("the global graph's are its own")
                .isEqualTo("unset");

        Path other = TestVault.write(Files.createDirectories(dir.resolve("other")));
        Workspace otherWs = Workspace.open(other, Progress.NONE);
        try {
            Workspace[] open = {ws};
            LocalGraphViewModel switching = new LocalGraphViewModel(() -> open[0], store::vault);
            assertThat(switching.filtersProperty().get()).isEqualTo(chosen);
            open[0] = otherWs;
            assertThat(switching.filtersProperty().get()).as("another vault: its own (the defaults)")
                    .isEqualTo(LocalGraphViewModel.DEFAULT);
        } finally {
            otherWs.close();
        }
    }
}
