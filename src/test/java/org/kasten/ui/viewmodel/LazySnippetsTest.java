package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.Workspace;
import org.kasten.note.SearchHit;

/**
 * The search list gets snippets for its first screenful with the answer and the others' as their rows come into
 * view: the same snippets as a search that makes them all, put in place, never an earlier answer's.
 */
class LazySnippetsTest {

    private static final int NOTES = 45;

    @TempDir Path dir;
    MainViewModel main;

    @BeforeEach
    void open() throws Exception {
        for (int i = 0; i < NOTES; i++) {
            Files.writeString(dir.resolve("Zebra " + i + ".md"), "# Zebra " + i + "\n\nA first line.\n\nStriped zebras "
                    + "graze here ".repeat(1 + i % 5) + "in herd " + i + ".\n");
        }
        main = new MainViewModel(Workspace::open, Runnable::run, Runnable::run);
        main.openVault(dir, null, List.of());
    }

    @Test
    void rowsInViewGetTheSnippetsOfTheWholeSearch() throws Exception {
        SearchViewModel search = main.search();
        search.queryProperty().set("zebras graze");
        search.run();
        List<SearchHit> whole = main.workspaceProperty().get().searchHybrid("zebras graze", SearchViewModel.LIMIT, true)
                .results().hits();
        assertThat(whole).hasSize(NOTES).allSatisfy(h -> assertThat(h.snippet()).contains("<mark>"));
        List<SearchHit> shown = search.hits();
        assertThat(shown).extracting(SearchHit::path).containsExactlyElementsOf(whole.stream().map(SearchHit::path).toList());
        int first = SearchViewModel.SNIPPETS_AT_ONCE;
        assertThat(shown.subList(0, first)).isEqualTo(whole.subList(0, first));
        assertThat(shown.subList(first, NOTES)).allSatisfy(h -> assertThat(h.snippet()).isNull());

        search.inView(first + 3); // scrolled: that row and a page after it
        int end = first + 3 + LazySnippets.PAGE;
        assertThat(shown.subList(first + 3, end)).isEqualTo(whole.subList(first + 3, end));
        assertThat(shown.subList(first, first + 3)).allSatisfy(h -> assertThat(h.snippet()).isNull());
        assertThat(shown.subList(end, NOTES)).allSatisfy(h -> assertThat(h.snippet()).isNull());

        search.inView(first);
        search.inView(end);
        search.inView(NOTES - 1);
        assertThat(shown).isEqualTo(whole);
    }

    @Test
    void theSameAnswerAgainKeepsTheSnippetsMadeAndLeavesTheListAlone() {
        SearchViewModel search = main.search();
        search.queryProperty().set("zebras");
        search.run();
        search.inView(SearchViewModel.SNIPPETS_AT_ONCE);
        List<SearchHit> before = List.copyOf(search.hits());
        int[] changes = {0};
        search.hits().addListener((ListChangeListener<SearchHit>) c -> changes[0]++);
        search.run();
        assertThat(changes[0]).isZero();
        assertThat(search.hits()).isEqualTo(before);
        assertThat(search.hits().get(SearchViewModel.SNIPPETS_AT_ONCE).snippet()).contains("<mark>");
    }

    @Test
    void snippetsMadeForAnEarlierAnswerAreDropped() {
        Queue<Runnable> background = new ArrayDeque<>();
        SearchViewModel search = new SearchViewModel(main.workspaceProperty()::get, background::add, Runnable::run);
        search.queryProperty().set("zebras");
        search.run();
        background.poll().run();
        int row = SearchViewModel.SNIPPETS_AT_ONCE;
        search.inView(row);
        search.inView(row); // asked once
        Runnable late = background.poll();
        assertThat(background).isEmpty();
        search.queryProperty().set("herd");
        search.run();
        background.poll().run();
        late.run(); // the first answer's snippets arrive after the second answer is shown
        assertThat(search.hits().get(row).snippet()).isNull();
        search.inView(row);
        background.poll().run();
        assertThat(search.hits().get(row).snippet()).contains("<mark>herd</mark>");
    }

    @Test
    void aRerunAfterTheVaultChangedKeepsNoSnippetMadeForTheAnswerBefore() {
        SearchViewModel search = main.search();
        search.queryProperty().set("zebras");
        search.run();
        int row = SearchViewModel.SNIPPETS_AT_ONCE;
        search.inView(row);
        assertThat(search.hits().get(row).snippet()).contains("<mark>");
        search.rerun(); // the vectors followed a note changed on disk: what was made may be an old passage
        assertThat(search.hits().get(row).snippet()).as("made anew when in view, not carried over").isNull();
        assertThat(search.hits().get(0).snippet()).contains("<mark>");
        search.inView(row);
        assertThat(search.hits().get(row).snippet()).contains("<mark>");
        search.run(); // the same query again, nothing changed: kept
        assertThat(search.hits().get(row).snippet()).contains("<mark>");
    }

    @Test
    void snippetsThatCouldNotBeMadeLeaveTheirRowsUnmadeAndAreNotCarriedToTheNextAnswer() {
        Workspace real = main.workspaceProperty().get();
        boolean[] closed = {false};
        Workspace failing = (Workspace) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Workspace.class}, (proxy, method, args) -> {
                    if (closed[0] && method.getName().equals("snippets")) {
                        throw new org.kasten.app.VaultException("closed");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        SearchViewModel search = new SearchViewModel(() -> failing, Runnable::run, Runnable::run);
        search.queryProperty().set("zebras");
        search.run();
        int row = SearchViewModel.SNIPPETS_AT_ONCE;
        closed[0] = true;
        search.inView(row);
        assertThat(search.hits().get(row).snippet()).isNull();
        closed[0] = false;
        search.run(); // the same answer again: nothing made to keep, so the row is asked for anew
        search.inView(row);
        assertThat(search.hits().get(row).snippet()).contains("<mark>");
    }
}
