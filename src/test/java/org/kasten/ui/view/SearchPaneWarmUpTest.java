package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kasten.ui.viewmodel.SearchViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The search pane's warm-up when it joins a scene that has not been laid out (a window not shown yet, a tab
 * not selected): it still makes a screenful of hit cells and every chip button, so the first answer does not.
 */
@ExtendWith(ApplicationExtension.class)
class SearchPaneWarmUpTest {

    private SearchPane pane;

    @Start
    void start(Stage stage) {
        pane = new SearchPane(new SearchViewModel(() -> null, Runnable::run, Runnable::run), (location, newTab) -> { });
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
}
