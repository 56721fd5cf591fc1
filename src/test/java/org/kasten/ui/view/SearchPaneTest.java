package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kasten.ui.viewmodel.FacetChip;
import org.kasten.ui.viewmodel.SearchViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The search pane: its warm-up when it joins a scene that has not been laid out (a window not shown yet, a tab
 * not selected) still makes a screenful of hit cells and every chip button, so the first answer does not; and
 * many long chips neither widen it past its sidebar nor push the hits out of view.
 */
@ExtendWith(ApplicationExtension.class)
class SearchPaneTest {

    private SearchPane pane;
    private SearchViewModel model;

    @Start
    void start(Stage stage) {
        model = new SearchViewModel(() -> null, Runnable::run, Runnable::run);
        pane = new SearchPane(model, (location, newTab) -> { });
        new Scene(new StackPane(pane), 300, 200); // never shown: no pulse lays it out before the warm-up
    }

    @Test
    void warmUpMakesAScreenfulOfCellsBeforeTheFirstLayout() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int cells = WaitForAsyncUtils.asyncFx(() -> (int) pane.lookupAll(".list-cell").stream()
                .filter(ListCell.class::isInstance).count()).get();
        double screen = WaitForAsyncUtils.asyncFx(() -> Screen.getScreens().stream()
                .mapToDouble(s -> s.getVisualBounds().getHeight()).max().orElseThrow()).get();
        assertThat(cells).isGreaterThanOrEqualTo((int) (screen / SearchPane.HIT_HEIGHT));
        int chips = WaitForAsyncUtils.asyncFx(() -> pane.lookupAll(".facet-chip").size()).get();
        assertThat(chips).isEqualTo(SearchViewModel.MAX_CHIPS);
        boolean anyShown = WaitForAsyncUtils.asyncFx(() -> pane.lookupAll(".facet-chip").stream().anyMatch(javafx.scene.Node::isVisible)
                || pane.lookupAll(".list-cell").stream().anyMatch(c -> c instanceof ListCell<?> cell && cell.getItem() != null)).get();
        assertThat(anyShown).as("no stand-in is left showing").isFalse();
    }

    @Test
    void manyLongChipsKeepThePaneInItsSidebarAndTheHitsInView() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        double[] sizes = WaitForAsyncUtils.asyncFx(() -> {
            java.util.List<FacetChip> chips = new java.util.ArrayList<>();
            for (int i = 0; i < SearchViewModel.MAX_CHIPS; i++) {
                chips.add(new FacetChip("chapters", i + " " + "a chapter title far longer than any sidebar is wide ".repeat(3), 1, false));
            }
            model.chips().setAll(chips);
            javafx.scene.layout.Region sidebar = (javafx.scene.layout.Region) pane.getParent();
            sidebar.resize(240, 700);
            sidebar.applyCss();
            sidebar.layout();
            javafx.scene.Node hits = pane.lookup("#search-hits");
            return new double[] {pane.getWidth(), hits.getBoundsInParent().getMinY()};
        }).get();
        assertThat(sizes[0]).as("pane width").isLessThanOrEqualTo(240);
        assertThat(sizes[1]).as("top of the hit list, below field, count and chips").isLessThan(100 + SearchPane.FACETS_MAX_HEIGHT);
    }

    @Test
    void onlyRowsInViewAskForTheirSnippets() throws Exception {
        java.util.List<org.kasten.note.NotePath> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<org.kasten.note.SearchHit> answer = new java.util.ArrayList<>();
        for (int i = 0; i < SearchViewModel.LIMIT; i++) {
            answer.add(new org.kasten.note.SearchHit(org.kasten.note.NotePath.of("Note " + i + ".md"), "Note " + i, 200 - i,
                    i < SearchViewModel.SNIPPETS_AT_ONCE ? "made with the answer" : null));
        }
        org.kasten.app.Workspace workspace = (org.kasten.app.Workspace) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[]{org.kasten.app.Workspace.class}, (proxy, method, args) ->
                        switch (method.getName()) {
                            case "searchHybrid" -> new org.kasten.app.SearchAnswer(new org.kasten.note.SearchResults(
                                    "note", null, answer.size(), answer, java.util.Map.of(), 1), "lexical");
                            case "snippets" -> {
                                @SuppressWarnings("unchecked")
                                java.util.List<org.kasten.note.NotePath> paths = (java.util.List<org.kasten.note.NotePath>) args[1];
                                asked.addAll(paths);
                                yield paths.stream().map(p -> "made later for " + p.value()).toList();
                            }
                            case "hashCode" -> 1;
                            case "equals" -> proxy == args[0];
                            default -> null;
                        });
        SearchViewModel lazy = new SearchViewModel(() -> workspace, Runnable::run, javafx.application.Platform::runLater);
        SearchPane[] shown = new SearchPane[1];
        WaitForAsyncUtils.asyncFx(() -> {
            shown[0] = new SearchPane(lazy, (location, newTab) -> { });
            new Scene(new StackPane(shown[0]), 300, 200);
            shown[0].resize(240, 700);
            lazy.queryProperty().set("note");
            lazy.run();
        }).get();
        WaitForAsyncUtils.asyncFx(() -> layOut(shown[0])).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).as("the first screenful came with the answer").isEmpty();
        WaitForAsyncUtils.asyncFx(() -> {
            ((javafx.scene.control.ListView<?>) shown[0].lookup("#search-hits")).scrollTo(100);
            layOut(shown[0]);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> layOut(shown[0])).get();
        assertThat(asked).as("the rows scrolled to, and a page after them").contains(org.kasten.note.NotePath.of("Note 100.md"))
                .hasSizeLessThanOrEqualTo(30).doesNotContain(org.kasten.note.NotePath.of("Note 199.md"));
        assertThat(lazy.hits().get(100).snippet()).isEqualTo("made later for Note 100.md");
        assertThat(lazy.hits().get(199).snippet()).isNull();
        String cellText = WaitForAsyncUtils.asyncFx(() -> shown[0].lookupAll(".list-cell").stream()
                .filter(c -> c instanceof ListCell<?> cell && cell.getIndex() == 100).findFirst()
                .map(c -> ((javafx.scene.text.TextFlow) ((ListCell<?>) c).getGraphic()).getChildren().stream()
                        .map(t -> ((javafx.scene.text.Text) t).getText()).collect(java.util.stream.Collectors.joining()))
                .orElse("")).get();
        assertThat(cellText).as("the row shows its snippet once made").contains("made later for Note 100.md");
    }

    private static void layOut(SearchPane pane) {
        pane.applyCss();
        pane.layout();
    }
}
