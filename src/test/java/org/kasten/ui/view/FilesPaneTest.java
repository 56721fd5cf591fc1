package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kasten.app.StartupTimer;
import org.kasten.app.VaultException;
import org.kasten.note.NotePath;
import org.kasten.ui.viewmodel.FolderNode;
import org.kasten.ui.viewmodel.Location;
import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.PanelItem;
import org.kasten.ui.viewmodel.TabViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Files tree: a folder's rows are made when first asked for; the shown note is still revealed in it. */
@ExtendWith(ApplicationExtension.class)
class FilesPaneTest {

    private MainViewModel main;
    private FilesPane pane;

    @Start
    void start(Stage stage) {
        main = new MainViewModel((folder, progress) -> {
            throw new VaultException("not opened in this test");
        }, r -> { }, Runnable::run);
        pane = new FilesPane(main, (location, newTab) -> { });
        stage.setScene(new Scene(pane, 300, 400));
        stage.show();
    }

    private static PanelItem note(String path) {
        return new PanelItem(path.substring(path.lastIndexOf('/') + 1), path, Location.note(NotePath.of(path)), false);
    }

    @Test
    void aFolderMakesItsRowsWhenFirstAskedForAndTheShownNoteIsRevealed() throws Exception {
        List<PanelItem> many = IntStream.range(0, 200).mapToObj(i -> note("A/Note " + i + ".md")).toList();
        FolderNode deep = new FolderNode("C", "B/C", List.of(), List.of(note("B/C/X.md")));
        FolderNode tree = new FolderNode("vault", "", List.of(new FolderNode("A", "A", List.of(), many),
                new FolderNode("B", "B", List.of(deep), List.of())), List.of(note("Top.md")));
        List<Integer> made = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            main.filesProperty().set(tree);
            TreeItem<PanelItem> a = pane.getRoot().getChildren().get(0);
            a.addEventHandler(TreeItem.childrenModificationEvent(), e -> made.add(e.getAddedSize()));
            assertThat(a.isExpanded()).isFalse();
            assertThat(a.isLeaf()).isFalse();
            assertThat(a.getChildren()).hasSize(200);
        }).get();
        assertThat(made).as("the collapsed folder's 200 rows are made when asked for, not when the vault was read")
                .containsExactly(200);

        TabViewModel tab = new TabViewModel(() -> null, r -> { }, Runnable::run, StartupTimer.OFF);
        tab.open(Location.note(NotePath.of("B/C/X.md")));
        WaitForAsyncUtils.asyncFx(() -> main.selectedTabProperty().set(tab)).get();
        TreeItem<PanelItem> selected = WaitForAsyncUtils.asyncFx(() -> pane.getSelectionModel().getSelectedItem()).get();
        assertThat(selected.getValue().detail()).isEqualTo("B/C/X.md");
        assertThat(selected.getParent().isExpanded()).isTrue();
        assertThat(selected.getParent().getParent().getValue().label()).isEqualTo("B");
    }
}
