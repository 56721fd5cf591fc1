package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.SearchHit;
import org.kasten.ui.TestVault;

class SearchViewModelTest {

    @TempDir Path dir;
    MainViewModel main;

    @BeforeEach
    void open() throws Exception {
        TestVault.write(dir);
        main = new MainViewModel(WorkspaceAdapter.opener(), Runnable::run, Runnable::run);
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
}
