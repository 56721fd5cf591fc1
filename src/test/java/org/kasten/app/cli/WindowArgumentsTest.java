package org.kasten.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import picocli.CommandLine;

/**
 * The window's command lines read without picocli ({@link WindowArguments}): the plain forms are read, and every
 * command line read there is read alike by picocli, which reads everything else.
 */
class WindowArgumentsTest {

    /** A folder that exists in the tests' working folder (the project). */
    private static final String FOLDER = "src";

    @Test
    void theCommandNamesWrittenOutAreKastenCommandsOwn() {
        Set<String> annotated = Arrays.stream(KastenCommand.class.getAnnotation(CommandLine.Command.class).subcommands())
                .map(command -> command.getAnnotation(CommandLine.Command.class).name())
                .collect(Collectors.toSet());
        assertThat(WindowArguments.COMMAND_NAMES).isEqualTo(annotated);
    }

    @Test
    void readsTheWindowsPlainCommandLines() {
        assertThat(WindowArguments.read(new String[0])).contains(new WindowArguments(null, null, null, false));
        assertThat(WindowArguments.read(new String[] {FOLDER})).contains(new WindowArguments(Path.of(FOLDER), null, null, false));
        assertThat(WindowArguments.read(new String[] {"open"})).contains(new WindowArguments(null, null, null, false));
        assertThat(WindowArguments.read(new String[] {"open", "my vault", "--note", "Age of Research", "--screenshot", "out/x.png"}))
                .contains(new WindowArguments(Path.of("my vault"), "Age of Research", Path.of("out/x.png"), false));
        assertThat(WindowArguments.read(new String[] {"open", "--graph", "--note", "N", "v"}))
                .contains(new WindowArguments(Path.of("v"), "N", null, true));
    }

    @Test
    void leavesEverythingElseToPicocli() {
        for (String[] args : List.of(
                new String[] {"--version"}, new String[] {"-h"}, new String[] {"check", FOLDER},
                new String[] {"not a folder here"}, new String[] {FOLDER, "--graph"}, new String[] {""},
                new String[] {"open", "--note=Age"}, new String[] {"open", "--note"}, new String[] {"open", "--note", "--graph"},
                new String[] {"open", "a", "b"}, new String[] {"open", "@args"},
                new String[] {"open", "--bogus"}, new String[] {"open", "--"}, new String[] {"open", ""},
                new String[] {"open", "bad\u0000path"}, new String[] {"open", "--screenshot", "x.png", "--screenshot", "y.png"})) {
            assertThat(WindowArguments.read(args)).as(String.join(" ", args)).isEmpty();
        }
    }

    /** Whatever the fast reading accepts, picocli accepts and reads to the same window. */
    @Property(tries = 3000)
    void readsLikePicocli(@ForAll("commandLines") List<String> tokens) {
        String[] args = tokens.toArray(String[]::new);
        Optional<WindowArguments> fast = WindowArguments.read(args);
        // enough of the lines must be read by hand for the comparison to say anything
        Statistics.label("read by hand").collect(fast.isPresent());
        Statistics.label("read by hand").coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
        if (fast.isEmpty()) {
            return;
        }
        CommandLine.ParseResult parsed = new CommandLine(new KastenCommand()).parseArgs(args);
        WindowArguments picocli;
        if (parsed.subcommand() == null) {
            picocli = new WindowArguments(((KastenCommand) parsed.commandSpec().userObject()).vault, null, null, false);
        } else {
            assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("open");
            OpenCommand open = (OpenCommand) parsed.subcommand().commandSpec().userObject();
            picocli = new WindowArguments(open.vault, open.note, open.screenshot, open.graph);
        }
        assertThat(fast).as(String.join(" | ", tokens)).contains(picocli);
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> token = Arbitraries.of("open", "--note", "--screenshot", "--graph", "--note=Age", "--graph=true",
                "-x", "--", "@args", "", " ", FOLDER, "my vault", "x.png", "Age of Research", "check", "search", "open",
                "--help", "-V", "notes/A.md");
        return token.list().ofMaxSize(7);
    }
}
