package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.Workspace;
import org.kasten.note.SearchHit;
import org.kasten.ui.TestVault;

class SearchViewModelTest {

    @TempDir Path dir;
    MainViewModel main;

    @BeforeEach
    void open() throws Exception {
        TestVault.write(dir);
        main = new MainViewModel(Workspace::open, Runnable::run, Runnable::run);
        main.openVault(dir, null, List.of());
    }

    @Test
    void findsNotesAndNarrowsByFacet() {
        SearchViewModel search = main.search();
        search.queryProperty().set("zebras");
        search.run();
        assertThat(search.hits()).extracting(SearchHit::title).containsExactlyInAnyOrder("Zebra facts", "Alpha");
        assertThat(search.summaryProperty().get()).startsWith("2 notes");
        search.facetProperty().set("folder:Notes");
        search.run();
        assertThat(search.hits()).extracting(SearchHit::title).containsExactly("Zebra facts");
        search.queryProperty().set("");
        search.facetProperty().set(null);
        search.run();
        assertThat(search.hits()).isEmpty();
    }

    @Test
    void theEngineWarmUpRunsInTheBackgroundAndStopsWhenTheUserSearches() {
        Workspace real = main.workspaceProperty().get();
        List<java.util.function.BooleanSupplier> stops = new java.util.ArrayList<>();
        Workspace spy = (Workspace) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{Workspace.class}, (proxy, method, args) -> {
                    if (method.getName().equals("warmUpSearch")) {
                        stops.add((java.util.function.BooleanSupplier) args[0]);
                        return null;
                    }
                    return method.invoke(real, args);
                });
        Queue<Runnable> background = new ArrayDeque<>();
        SearchViewModel search = new SearchViewModel(() -> spy, background::add, Runnable::run);
        search.warmUpEngine();
        assertThat(stops).isEmpty(); // not on the calling (UI) thread
        background.poll().run();
        assertThat(stops).hasSize(1);
        assertThat(stops.get(0).getAsBoolean()).isFalse();
        search.queryProperty().set("zebras");
        search.run();
        assertThat(stops.get(0).getAsBoolean()).isTrue();
    }

    @Test
    void anOlderAnswerNeverReplacesANewerOne() {
        Queue<Runnable> background = new ArrayDeque<>();
        SearchViewModel search = new SearchViewModel(main.workspaceProperty()::get, background::add, Runnable::run);
        search.queryProperty().set("zebras");
        search.run();
        search.queryProperty().set("welcome");
        search.run();
        Runnable older = background.poll();
        Runnable newer = background.poll();
        newer.run();
        older.run();
        assertThat(search.hits()).extracting(SearchHit::title).containsExactly("Home");
    }

    @Test
    void aPropertyChipNarrowsTheQueryAndASecondClickWidensItAgain() {
        SearchViewModel search = main.search();
        search.queryProperty().set("zebras");
        search.run();
        FacetChip done = search.chips().stream().filter(c -> c.facet().equals("status")).findFirst().orElseThrow();
        assertThat(done).isEqualTo(new FacetChip("status", "done", 1, false));
        search.choose(done);
        assertThat(search.queryProperty().get()).isEqualTo("zebras [status:done]");
        assertThat(search.hits()).extracting(SearchHit::title).containsExactly("Zebra facts");
        assertThat(search.chips()).contains(new FacetChip("status", "done", 1, true));
        search.choose(new FacetChip("status", "done", 1, true));
        assertThat(search.queryProperty().get()).isEqualTo("zebras");
        assertThat(search.hits()).hasSize(2);
    }

    @Test
    void aTagChipFiltersAndASecondClickClearsTheFilter() {
        SearchViewModel search = main.search();
        search.queryProperty().set("alpha");
        search.run();
        FacetChip tag = search.chips().stream().filter(c -> c.facet().equals("tag")).findFirst().orElseThrow();
        assertThat(tag.value()).isEqualTo("greek/letter");
        search.choose(tag);
        assertThat(search.facetProperty().get()).isEqualTo("tag:greek/letter");
        assertThat(search.hits()).extracting(SearchHit::title).containsExactly("Alpha");
        assertThat(search.chips()).startsWith(new FacetChip("tag", "greek/letter", 0, true));
        search.choose(search.chips().get(0));
        assertThat(search.facetProperty().get()).isNull();
    }

    @Test
    void chipsListTagsFoldersThenPropertiesByKeyMostFrequentFirst() {
        Map<String, Map<String, Long>> counts = Map.of(
                "tag", Map.of("b", 1L, "a", 3L),
                "folder", Map.of("Notes", 2L),
                "status", Map.of("draft", 1L, "done", 4L),
                "creator", Map.of("Ann", 2L));
        assertThat(SearchViewModel.chips(counts, 10, null, "x [status:done]")).containsExactly(
                new FacetChip("tag", "a", 3, false), new FacetChip("tag", "b", 1, false),
                new FacetChip("folder", "Notes", 2, false),
                new FacetChip("creator", "Ann", 2, false),
                new FacetChip("status", "done", 4, true), new FacetChip("status", "draft", 1, false));
        assertThat(SearchViewModel.chips(counts, 10, "folder:Notes", "x")).containsExactly(
                new FacetChip("folder", "Notes", 0, true),
                new FacetChip("creator", "Ann", 2, false),
                new FacetChip("status", "done", 4, false), new FacetChip("status", "draft", 1, false));
    }

    @Test
    void aValueEveryMatchingNoteHasGetsNoChipUnlessSelected() {
        Map<String, Map<String, Long>> counts = Map.of(
                "tag", Map.of("concept", 5L, "crux", 2L),
                "folder", Map.of("Concepts", 5L),
                "created", Map.of("2026-11-23", 5L),
                "status", Map.of("done", 5L));
        assertThat(SearchViewModel.chips(counts, 5, null, "x [status:done]")).containsExactly(
                new FacetChip("tag", "crux", 2, false), new FacetChip("status", "done", 5, true));
    }

    @Test
    void noMoreChipsThanTheCapAndSelectedOnesAlwaysShow() {
        Map<String, Map<String, Long>> counts = new java.util.HashMap<>();
        counts.put("tag", Map.of("t1", 9L, "t2", 8L, "t3", 7L, "t4", 6L, "t5", 5L, "t6", 4L, "t7", 3L));
        for (String key : List.of("k1", "k2", "k3", "k4", "k5", "k6", "zz")) {
            counts.put(key, Map.of("a", 3L, "b", 2L, "c", 1L));
        }
        List<FacetChip> chips = SearchViewModel.chips(counts, 10, null, "x [zz:c]");
        assertThat(chips).hasSize(SearchViewModel.MAX_CHIPS);
        assertThat(chips.get(0)).isEqualTo(new FacetChip("tag", "t1", 9, false)); // the order stays
        assertThat(chips).contains(new FacetChip("zz", "c", 1, true)); // beyond the cap, kept as it is selected
        assertThat(chips).last().isEqualTo(new FacetChip("zz", "c", 1, true));
        assertThat(chips).doesNotContain(new FacetChip("zz", "a", 3, false));
    }

    @Test
    void chipLabels() {
        assertThat(new FacetChip("tag", "a/b", 3, false).label()).isEqualTo("#a/b  3");
        assertThat(new FacetChip("folder", "Notes", 2, false).label()).isEqualTo("Notes  2");
        assertThat(new FacetChip("status", "done", 4, false).label()).isEqualTo("status: done  4");
        assertThat(new FacetChip("status", "done", 4, true).label()).isEqualTo("status: done  \u2715");
    }

    @Test
    void anEqualAnswerLeavesTheListAlone() {
        SearchViewModel search = main.search();
        search.queryProperty().set("zebras");
        search.run();
        int[] changes = {0};
        search.hits().addListener((javafx.collections.ListChangeListener<SearchHit>) c -> changes[0]++);
        search.chips().addListener((javafx.collections.ListChangeListener<FacetChip>) c -> changes[0]++);
        search.run();
        assertThat(changes[0]).isZero();
        search.queryProperty().set("striped");
        search.run();
        assertThat(changes[0]).isPositive();
    }
}
