package org.kasten.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text output never passes a note's control characters to the terminal: escapes that set the title or clear
 * the screen are shown escaped, and a file name with line breaks cannot forge lines of {@code check}.
 */
class TerminalOutputTest {

    private final Cli cli = new Cli();

    private static final String TITLE = "\u001b]0;pwned\u0007";
    private static final String CLEAR = "\u001b[2J";
    private static final String FORGED = "x\nWarnings:\n  forged.md:1 fake.md";

    @TempDir
    Path vault;

    @BeforeEach
    void hostileVault() throws IOException {
        Files.writeString(vault.resolve("Evil.md"), "# Evil " + CLEAR + "\n"
                + "The beacon " + TITLE + " calls " + CLEAR + " and \u009b2J and \u202egnp.exe [[Gone " + CLEAR + "]].\n");
        Files.writeString(vault.resolve(FORGED), "# Forged\nbeacon [[Nowhere]]\n");
    }

    private static void assertNoControls(String text) {
        String withoutLineEnds = text.replace(System.lineSeparator(), "");
        assertThat(withoutLineEnds.chars().filter(c -> TerminalText.controls((char) c)).toArray())
                .as(withoutLineEnds).isEmpty();
    }

    @Test
    void textOutputEscapesControlCharacters() {
        for (List<String> command : List.of(List.of("check", vault.toString()), List.of("search", vault.toString(), "beacon"),
                List.of("show", vault.toString(), "Evil.md"), List.of("show", vault.toString(), FORGED))) {
            assertThat(cli.run(command.toArray(String[]::new))).as(command.toString()).isZero();
            assertNoControls(cli.out());
            assertNoControls(cli.err());
        }
        assertThat(cli.run("search", vault.toString(), "beacon")).isZero();
        assertThat(cli.out()).contains("\\x1b]0;pwned\\x07").contains("\\x1b[2J").contains("\\x9b2J").contains("\\u202egnp");
    }

    @Test
    void aFileNameCannotForgeLinesOfCheck() {
        assertThat(cli.run("check", vault.toString())).isZero();
        assertThat(cli.out().lines().filter(l -> l.startsWith("  forged.md"))).isEmpty();
        assertThat(cli.out()).contains("x\\x0aWarnings:\\x0a  forged.md:1 fake.md");
    }

    @Test
    void aNoteNameInAnErrorIsEscaped() {
        assertThat(cli.run("show", vault.toString(), "No " + CLEAR)).isEqualTo(1);
        assertThat(cli.err()).endsWith(": No \\x1b[2J" + System.lineSeparator());
    }

    @Test
    void jsonKeepsTheTextAsItIs() throws IOException {
        assertThat(cli.run("show", vault.toString(), "Evil.md", "--json")).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(cli.out()).get("title").asText())
                .isEqualTo("Evil " + CLEAR);
    }

    @Test
    void renderedHtmlCarriesControlsAsCharacterReferences() {
        assertThat(cli.run("render", vault.toString(), "Evil.md")).isZero();
        assertThat(cli.out().replace("\n", "").chars().filter(c -> TerminalText.controls((char) c)).toArray())
                .as("controls in the printed page").isEmpty();
        assertThat(cli.out().toLowerCase(java.util.Locale.ROOT)).contains("&#x1b;[2j").contains("&#x1b;]0;pwned&#x7;")
                .contains("&#x202e;gnp").contains("\ufffd2j").contains("<html");
    }

    @Test
    void usageErrorsEscapeWhatTheUserTyped() {
        assertThat(cli.run("search", vault.toString(), "beacon", "--limit", "x" + CLEAR)).isEqualTo(2);
        assertNoControls(cli.err());
        assertThat(cli.err()).contains("x\\x1b[2J");
        assertThat(cli.run("check", vault.toString(), "--frob" + TITLE)).isEqualTo(2);
        assertNoControls(cli.err());
        assertThat(cli.err()).contains("--frob\\x1b]0;pwned\\x07").contains("Usage:");
    }
}
