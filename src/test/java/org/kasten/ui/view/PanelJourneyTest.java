package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.kasten.note.NotePath;
import org.kasten.note.SearchHit;
import org.kasten.ui.TestVault;
import org.kasten.ui.viewmodel.Location;
import org.kasten.ui.viewmodel.PanelItem;
import org.kasten.ui.viewmodel.TagNode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Journeys through the side panels: Files following the tab, new tabs, Problems, Tags, the local graph, keys. */
class PanelJourneyTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Override
    void extraFiles(Path vault) throws Exception {
        TestVault.file(vault, "Broken.md", "---\ntags: [unclosed\n---\n# Broken\n\nBad front matter.\n");
        for (int i = 10; i < 70; i++) {
            TestVault.file(vault, "Many/Note " + i + ".md", "# Note " + i + "\n\nFiller.\n");
        }
    }

    private String selectedFile() {
        TreeItem<PanelItem> item = window.left().files().getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().detail();
    }

    private Node focusOwner() {
        return window.getScene().getFocusOwner();
    }

    private static boolean inside(Node node, Node region) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == region) {
                return true;
            }
        }
        return false;
    }

    private void press(KeyCode... keys) {
        press(robot, keys);
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        KeyCode[] reversed = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            reversed[i] = keys[keys.length - 1 - i];
        }
        robot.release(reversed);
    }

    private FxRobot robot;

    @Test
    void theFilesTreeRevealsTheCurrentNoteWithoutTakingTheFocus(FxRobot robot) throws Exception {
        waitForPage("Home");
        waitUntil(() -> "Home.md".equals(selectedFile()));
        TreeItem<PanelItem> concepts = fx(() -> window.left().files().getRoot().getChildren().stream()
                .filter(i -> i.getValue().label().equals("Concepts")).findFirst().orElseThrow());
        assertThat(fx(concepts::isExpanded)).isFalse();
        robot.clickOn(linkPoint("Concepts/Beta.md"));
        waitForPage("Beta");
        waitUntil(() -> "Concepts/Beta.md".equals(selectedFile()));
        assertThat(fx(concepts::isExpanded)).isTrue();
        assertThat(fx(() -> inside(focusOwner(), window.left().files()))).isFalse();
        fx(() -> main.openInNewTab(Location.note(NotePath.of("Notes/Zebra facts.md"))));
        waitUntil(() -> "Notes/Zebra facts.md".equals(selectedFile()));
        fx(() -> {
            main.selectedTabProperty().set(main.tabs().get(0));
            return null;
        });
        waitUntil(() -> "Concepts/Beta.md".equals(selectedFile()));
    }

    @Test
    void ctrlClickOpensALinkInANewTab(FxRobot robot) throws Exception {
        waitForPage("Home");
        robot.press(KeyCode.CONTROL).clickOn(linkPoint("Alpha.md")).release(KeyCode.CONTROL);
        waitUntil(() -> main.tabs().size() == 2);
        waitForPage("Alpha");
        assertThat(fx(() -> main.tabs().get(0).getContent().title())).isEqualTo("Home");
    }

    @Test
    void theProblemsPanelListsAWarningAndOpensTheNoteAtFault(FxRobot robot) throws Exception {
        waitForPage("Home");
        clickOnText(robot, "Problems");
        waitUntil(() -> window.left().problems().getItems().stream().anyMatch(i -> i.label().startsWith("Broken.md")));
        ListCell<?> cell = robot.from(window.left().problems()).lookup(".list-cell")
                .match(c -> ((ListCell<?>) c).getItem() instanceof PanelItem item && item.label().startsWith("Broken.md"))
                .queryAs(ListCell.class);
        robot.clickOn(cell);
        waitForPage("Broken");
    }

    @Test
    void clickingANestedTagRunsATagSearch(FxRobot robot) throws Exception {
        waitForPage("Home");
        clickOnText(robot, "Tags");
        waitUntil(() -> robot.lookup(".tags-tree .tree-cell").match(c -> c instanceof TreeCell<?> t
                && t.getItem() instanceof TagNode tag && tag.tag().equals("greek")).tryQuery().isPresent());
        TreeCell<?> greek = robot.lookup(".tags-tree .tree-cell").match(c -> c instanceof TreeCell<?> t
                && t.getItem() instanceof TagNode tag && tag.tag().equals("greek")).queryAs(TreeCell.class);
        assertThat(fx(greek::getText)).isEqualTo("#greek   1");
        robot.clickOn(greek);
        waitUntil(() -> main.search().hits().size() == 1);
        assertThat(fx(() -> main.search().hits().get(0).title())).isEqualTo("Alpha");
        assertThat(fx(() -> window.left().getSelectionModel().getSelectedItem().getText())).isEqualTo("Search");
    }

    @Test
    void clickingANodeOfTheLocalGraphOpensThatNote(FxRobot robot) throws Exception {
        waitForPage("Home");
        waitUntil(() -> fx(() -> window.right().graph().screenPoint("Alpha")) != null);
        robot.clickOn(fx(() -> window.right().graph().screenPoint("Alpha")));
        waitForPage("Alpha");
    }

    @Test
    void everyPanelIsReachableFromTheKeyboard(FxRobot robot) throws Exception {
        this.robot = robot;
        waitForPage("Home");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        waitUntil(() -> inside(focusOwner(), window.left().tags()));
        assertThat(fx(() -> window.left().getSelectionModel().getSelectedIndex())).isEqualTo(1);
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        waitUntil(() -> inside(focusOwner(), window.left().problems()));
        press(KeyCode.ENTER);
        waitForPage("Broken");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        waitUntil(() -> inside(focusOwner(), window.left().files()));
        assertThat(fx(() -> window.left().getSelectionModel().getSelectedIndex())).isZero();
        press(KeyCode.F6);
        waitUntil(() -> inside(focusOwner(), window.noteTabs()));
        press(KeyCode.F6);
        waitUntil(() -> inside(focusOwner(), window.right()));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        robot.write("striped");
        waitUntil(() -> main.search().hits().stream().map(SearchHit::title).toList().equals(java.util.List.of("Zebra facts")));
        press(KeyCode.DOWN);
        press(KeyCode.ENTER);
        waitForPage("Zebra facts");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        waitUntil(() -> inside(focusOwner(), window.right().backlinksList()));
    }

    @Test
    void theFilesTreeScrollsToANoteFarDown(FxRobot robot) throws Exception {
        waitForPage("Home");
        clickOnText(robot, "Files");
        fx(() -> {
            main.navigate(Location.note(NotePath.of("Many/Note 69.md")));
            return null;
        });
        waitForPage("Note 69");
        waitUntil(() -> "Many/Note 69.md".equals(selectedFile()));
        waitUntil(() -> {
            int row = window.left().files().getRow(window.left().files().getSelectionModel().getSelectedItem());
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) window.left().files().lookup(".virtual-flow");
            return row > 40 && flow.getFirstVisibleCell().getIndex() <= row && row <= flow.getLastVisibleCell().getIndex();
        });
    }

    @Test
    void aPropertyChipNarrowsTheSearchAndASecondClickUndoesIt(FxRobot robot) throws Exception {
        waitForPage("Home");
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        robot.write("alpha");
        waitUntil(() -> main.search().hits().size() == 3);
        waitUntil(() -> robot.lookup("#search-facets .button").match(b -> ((javafx.scene.control.Button) b).getText()
                .equals("status: draft  1")).tryQuery().isPresent());
        robot.clickOn("status: draft  1");
        waitUntil(() -> main.search().hits().size() == 1);
        assertThat(fx(() -> main.search().queryProperty().get())).isEqualTo("alpha [status:draft]");
        assertThat(fx(() -> main.search().hits().get(0).title())).isEqualTo("Beta");
        robot.clickOn("status: draft  \u2715");
        waitUntil(() -> main.search().hits().size() == 3);
        assertThat(fx(() -> main.search().queryProperty().get())).isEqualTo("alpha");
    }
}
