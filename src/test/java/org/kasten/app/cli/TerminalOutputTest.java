package org.kasten.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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

    private static final String TITLE = "\u001b]0;pwned\u0007";
    private static final String CLEAR = "\u001b[2J";
    private static final String FORGED = "x\nWarnings:\n  forged.md:1 fake.md";

    @TempDir
    Path vault;

    private String out;
    private String err;

    @BeforeEach
    void hostileVault() throws IOException {
        Files.writeString(vault.resolve("Evil.md"), "# Evil " + CLEAR + "\n"
                + "The beacon " + TITLE + " calls " + CLEAR + " and \u009b2J and \u202egnp.exe [[Gone " + CLEAR + "]].\n");
        Files.writeString(vault.resolve(FORGED), "# Forged\nbeacon [[Nowhere]]\n");
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = KastenCommand.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
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
            assertThat(run(command.toArray(String[]::new))).as(command.toString()).isZero();
            assertNoControls(out);
            assertNoControls(err);
        }
        assertThat(run("search", vault.toString(), "beacon")).isZero();
        assertThat(out).contains("\\x1b]0;pwned\\x07").contains("\\x1b[2J").contains("\\x9b2J").contains("\\u202egnp");
    }

    @Test
    void aFileNameCannotForgeLinesOfCheck() {
        assertThat(run("check", vault.toString())).isZero();
        assertThat(out.lines().filter(l -> l.startsWith("  forged.md"))).isEmpty();
        assertThat(out).contains("x\\x0aWarnings:\\x0a  forged.md:1 fake.md");
    }

    @Test
    void aNoteNameInAnErrorIsEscaped() {
        assertThat(run("show", vault.toString(), "No " + CLEAR)).isEqualTo(1);
        assertThat(err).endsWith(": No \\x1b[2J" + System.lineSeparator());
    }

    @Test
    void jsonKeepsTheTextAsItIs() throws IOException {
        assertThat(run("show", vault.toString(), "Evil.md", "--json")).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out).get("title").asText())
                .isEqualTo("Evil " + CLEAR);
    }

    @Test
    void renderedHtmlCarriesControlsAsCharacterReferences() {
        assertThat(run("render", vault.toString(), "Evil.md")).isZero();
        assertThat(out.replace("\n", "").chars().filter(c -> TerminalText.controls((char) c)).toArray())
                .as("controls in the printed page").isEmpty();
        assertThat(out.toLowerCase(java.util.Locale.ROOT)).contains("&#x1b;[2j").contains("&#x1b;]0;pwned&#x7;")
                .contains("&#x202e;gnp").contains("\ufffd2j").contains("<html");
    }

    @Test
    void usageErrorsEscapeWhatTheUserTyped() {
        assertThat(run("search", vault.toString(), "beacon", "--limit", "x" + CLEAR)).isEqualTo(2);
        assertNoControls(err);
        assertThat(err).contains("x\\x1b[2J");
        assertThat(run("check", vault.toString(), "--frob" + TITLE)).isEqualTo(2);
        assertNoControls(err);
        assertThat(err).contains("--frob\\x1b]0;pwned\\x07").contains("Usage:");
    }
}
