package org.kasten.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines start the window's toolkit ahead, before picocli has read them (KastenCommand.opensWindow). */
class OpensWindowTest {

    @TempDir Path dir;

    @Test
    void theWindowsCommandLinesStartItAhead() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        assertThat(KastenCommand.opensWindow(new String[0])).isTrue();
        assertThat(KastenCommand.opensWindow(new String[] {"open", vault.toString(), "--screenshot", "x.png"})).isTrue();
        assertThat(KastenCommand.opensWindow(new String[] {"open"})).isTrue();
        assertThat(KastenCommand.opensWindow(new String[] {vault.toString()})).isTrue();
    }

    @Test
    void batchCommandsOptionsAndMistypedWordsDoNot() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        assertThat(KastenCommand.opensWindow(new String[] {"check", vault.toString()})).isFalse();
        assertThat(KastenCommand.opensWindow(new String[] {"search", vault.toString(), "open"})).isFalse();
        assertThat(KastenCommand.opensWindow(new String[] {"--version"})).isFalse();
        assertThat(KastenCommand.opensWindow(new String[] {"frobnicate"})).isFalse();
        assertThat(KastenCommand.opensWindow(new String[] {"bad\u0000path"})).isFalse();
    }
}
