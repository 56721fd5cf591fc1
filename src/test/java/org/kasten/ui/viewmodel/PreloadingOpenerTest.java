package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.StartupTimer;
import org.kasten.app.VaultException;
import org.kasten.app.Workspace;
import org.kasten.note.NotePath;
import org.kasten.ui.TestVault;

/** The first vault is opened before the window asks for it; the window then gets that very workspace. */
class PreloadingOpenerTest {

    @TempDir Path dir;

    @Test
    void theFirstOpenOfThePreloadedFolderGetsThePreloadedWorkspaceAndLaterOpensLoadAgain() throws Exception {
        TestVault.write(dir);
        List<Path> opened = new CopyOnWriteArrayList<>();
        WorkspaceOpener counting = (folder, progress) -> {
            opened.add(folder);
            return Workspace.open(folder, progress);
        };
        PreloadingOpener opener = PreloadingOpener.start(counting, (f, p, first) -> counting.open(f, p), dir.resolve("."),
                () -> false, ws -> Optional.empty(), StartupTimer.OFF);
        Workspace first = opener.open(dir, (done, total, message) -> { });
        assertThat(first.graph().notes()).hasSize(4);
        Workspace second = opener.open(dir, (done, total, message) -> { });
        assertThat(second).isNotSameAs(first);
        assertThat(opened).hasSize(2);
        first.close();
        second.close();
    }

    @Test
    void aFailureOfThePreloadReachesTheWindowAsTheUsualMessage() {
        PreloadingOpener opener = PreloadingOpener.start(Workspace::open, Workspace::openProgressively,
                dir.resolve("missing"), () -> false,
                ws -> Optional.empty(), StartupTimer.OFF);
        assertThatThrownBy(() -> opener.open(dir.resolve("missing"), (done, total, message) -> { }))
                .isInstanceOf(VaultException.class).hasMessageStartingWith("vault not found");
    }

    @Test
    void theFirstNoteIsTheRequestedOneElseASavedTabElseHome() throws Exception {
        TestVault.write(dir);
        Workspace ws = Workspace.open(dir, (done, total, message) -> { });
        assertThat(PreloadingOpener.firstNote("Beta", List.of(NotePath.of("Alpha.md"))).apply(ws))
                .contains(NotePath.of("Concepts/Beta.md"));
        assertThat(PreloadingOpener.firstNote(null, List.of(NotePath.of("Gone.md"), NotePath.of("Alpha.md"))).apply(ws))
                .contains(NotePath.of("Alpha.md"));
        assertThat(PreloadingOpener.firstNote(null, List.of()).apply(ws)).contains(NotePath.of("Home.md"));
        ws.close();
    }
}
