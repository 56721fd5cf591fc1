package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.Workspace;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.ui.TestVault;
import org.kasten.ui.graph.GraphFilters;
import org.kasten.ui.graph.GraphPicture;
import org.kasten.ui.graph.LayoutStore;

/** The global graph's state without a display: same-thread executors, a real workspace on the tiny test vault. */
class GraphViewModelTest {

    static final Executor SAME_THREAD = Runnable::run;

    @TempDir Path dir;
    Path vault;
    Workspace ws;
    StateStore store;
    final List<GraphViewModel> models = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        vault = TestVault.write(Files.createDirectories(dir.resolve("vault")));
        ws = Workspace.open(vault, Progress.NONE);
        store = new StateStore(dir.resolve("config"));
    }

    @AfterEach
    void close() {
        models.forEach(GraphViewModel::stop);
        ws.close();
    }

    private GraphViewModel model() {
        GraphViewModel m = new GraphViewModel(() -> ws, SAME_THREAD, SAME_THREAD, store::vault,
                v -> new LayoutStore(dir.resolve("cache").resolve(StateStore.key(v) + ".layout")));
        models.add(m);
        return m;
    }

    private static List<String> shown(GraphViewModel m) {
        GraphPicture p = m.pictureProperty().get();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.data().size(); i++) {
            if (p.shown()[i]) {
                names.add(p.data().label(i));
            }
        }
        return names;
    }

    @Test
    void theGraphIsBuiltWhenFirstShownAndItsLayoutRememberedOnceSettled() throws Exception {
        GraphViewModel m = model();
        assertThat(m.pictureProperty().get()).isSameAs(GraphPicture.EMPTY);
        m.activate();
        assertThat(shown(m)).containsExactlyInAnyOrder("Home", "Alpha", "Beta", "Zebra facts", "Ghost Concept");
        assertThat(m.runner().await(30_000)).isTrue();
        assertThat(m.runner().settled()).isTrue();
        assertThat(m.statusProperty().get()).isEqualTo("5 of 5 shown \u00b7 4 edges");
        Path layout = dir.resolve("cache").resolve(StateStore.key(vault) + ".layout");
        assertThat(layout).exists();

        GraphViewModel again = model();
        again.activate();
        assertThat(again.runner().await(30_000)).isTrue();
        assertThat(again.runner().ticks()).as("remembered: settled from the start").isZero();
        assertThat(again.runner().positions()).isEqualTo(m.runner().positions());
        assertThat(Files.list(vault.getParent().resolve("vault")).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("Home.md", "Alpha.md", "Concepts", "Notes"); // nothing written into the vault
    }

    @Test
    void filtersAreRememberedPerVault() {
        GraphViewModel m = model();
        m.activate();
        GraphFilters chosen = GraphFilters.DEFAULT.withTags(List.of("greek")).withOrphans(false).withGhosts(false)
                .withDepth(2).withColours(GraphFilters.ColourMode.TAG).withQuery("alpha");
        m.setFilters(chosen);
        GraphViewModel later = model();
        later.activate();
        assertThat(later.filtersProperty().get()).isEqualTo(chosen);
        assertThat(new StateStore(dir.resolve("config")).vault(dir.resolve("elsewhere")).get("graph.query", null))
                .as("another vault has its own").isNull();
    }

    @Test
    void tagsFoldersGhostsAndOrphans() {
        GraphViewModel m = model();
        m.activate();
        m.setFilters(GraphFilters.DEFAULT.withTags(List.of("greek")));
        assertThat(shown(m)).containsExactly("Alpha");
        m.setFilters(GraphFilters.DEFAULT.withFolders(List.of("Concepts")));
        assertThat(shown(m)).containsExactlyInAnyOrder("Beta", "Ghost Concept");
        m.setFilters(GraphFilters.DEFAULT.withGhosts(false).withOrphans(false));
        assertThat(shown(m)).containsExactlyInAnyOrder("Home", "Alpha", "Beta");
    }

    @Test
    void depthCountsFromTheCurrentNoteWhichIsMarked() {
        GraphViewModel m = model();
        m.activate();
        m.setCurrent(Location.note(NotePath.of("Alpha.md")));
        GraphPicture p = m.pictureProperty().get();
        assertThat(p.data().label(p.current())).isEqualTo("Alpha");
        assertThat(p.labelOrder()[0]).as("the current note is named first").isEqualTo(p.current());
        m.setFilters(GraphFilters.DEFAULT.withDepth(1));
        assertThat(shown(m)).containsExactlyInAnyOrder("Alpha", "Home");
        m.setFilters(GraphFilters.DEFAULT.withDepth(2));
        assertThat(shown(m)).containsExactlyInAnyOrder("Alpha", "Home", "Beta", "Ghost Concept");
        m.setCurrent(Location.ghost("ghost concept"));
        assertThat(shown(m)).containsExactlyInAnyOrder("Ghost Concept", "Home", "Beta", "Alpha");
        assertThat(m.location(m.pictureProperty().get().current())).isEqualTo(Location.ghost("Ghost Concept"));
    }

    @Test
    void theQueryUsesTheSearchLanguageAndABadOneSaysWhy() {
        GraphViewModel m = model();
        m.activate();
        m.setFilters(GraphFilters.DEFAULT.withQuery("zebras").withGhosts(false));
        assertThat(shown(m)).containsExactlyInAnyOrder("Zebra facts", "Alpha");
        assertThat(m.problemProperty().get()).isNull();
        m.setFilters(GraphFilters.DEFAULT.withQuery("[status:draft]"));
        assertThat(shown(m)).containsExactlyInAnyOrder("Beta", "Ghost Concept");
        m.setFilters(GraphFilters.DEFAULT.withQuery("ab ".repeat(300)));
        assertThat(m.problemProperty().get()).startsWith("The query cannot run: query too complex");
        assertThat(shown(m)).as("no note matches, so no ghost beside one").isEmpty();
    }

    @Test
    void coloursByFolderOrTagWithALegend() {
        GraphViewModel m = model();
        m.activate();
        m.setFilters(GraphFilters.DEFAULT.withColours(GraphFilters.ColourMode.FOLDER));
        assertThat(m.pictureProperty().get().groups().legend()).extracting(g -> g.name())
                .containsExactly("(vault root)", "Concepts", "Notes");
        m.setFilters(GraphFilters.DEFAULT.withColours(GraphFilters.ColourMode.TAG));
        assertThat(m.pictureProperty().get().groups().legend()).extracting(g -> g.name())
                .containsExactlyInAnyOrder("greek/letter", "start");
    }
}
