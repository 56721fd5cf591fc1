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
}
