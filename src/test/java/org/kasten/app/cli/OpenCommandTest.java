package org.kasten.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.kasten.app.StartupTimer;

import picocli.CommandLine;

class OpenCommandTest {

    @Test
    void parsesVaultNoteAndScreenshot() {
        CommandLine.ParseResult parsed = new CommandLine(new KastenCommand())
                .parseArgs("open", "my vault", "--note", "Age of Research", "--screenshot", "out/x.png");
        OpenCommand open = (OpenCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(open.vault).isEqualTo(Path.of("my vault"));
        assertThat(open.note).isEqualTo("Age of Research");
        assertThat(open.screenshot).isEqualTo(Path.of("out/x.png"));
    }

    @Test
    void vaultIsOptional() {
        CommandLine.ParseResult parsed = new CommandLine(new KastenCommand()).parseArgs("open");
        OpenCommand open = (OpenCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(open.vault).isNull();
        assertThat(open.screenshot).isNull();
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(KastenCommand.run(new String[] {"open", "--bogus"}, StartupTimer.OFF)).isEqualTo(2);
    }
}
