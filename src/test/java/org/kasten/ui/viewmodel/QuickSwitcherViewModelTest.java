package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.Workspace;
import org.kasten.note.NotePath;
import org.kasten.ui.TestVault;

class QuickSwitcherViewModelTest {

    @TempDir Path dir;
    MainViewModel main;
    QuickSwitcherViewModel switcher;

    @BeforeEach
    void open() throws Exception {
        TestVault.write(dir);
        main = new MainViewModel(Workspace::open, Runnable::run, Runnable::run);
        main.openVault(dir, null, List.of());
        switcher = main.switcher();
    }

    @Test
    void emptyQueryListsRecentNotesFirst() {
        main.navigate(Location.note(NotePath.of("Notes/Zebra facts.md")));
        main.navigate(Location.note(NotePath.of("Concepts/Beta.md")));
        switcher.queryProperty().set("");
        switcher.update();
        assertThat(switcher.results()).extracting(PanelItem::label)
                .startsWith("Beta", "Zebra facts", "Home").contains("Alpha");
    }

    @Test
    void matchesTitlesAliasesAndPaths() {
        switcher.queryProperty().set("zebra");
        assertThat(switcher.results()).extracting(PanelItem::label).containsExactly("Zebra facts");
        switcher.queryProperty().set("first let");
        assertThat(switcher.results()).extracting(PanelItem::label).first().isEqualTo("Alpha");
        assertThat(switcher.results().get(0).detail()).isEqualTo("alias: First Letter");
        switcher.queryProperty().set("concepts/b");
        assertThat(switcher.results()).extracting(PanelItem::label).containsExactly("Beta");
        switcher.queryProperty().set("qqq");
        assertThat(switcher.results()).isEmpty();
    }
}
