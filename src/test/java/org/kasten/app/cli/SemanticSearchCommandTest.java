package org.kasten.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import org.kasten.testing.SystemProperty;

/** {@code kasten index} builds the semantic vectors and {@code kasten search --mode} uses them (issue 12). */
class SemanticSearchCommandTest {

    private final Cli cli = new Cli();

    @Test
    void withoutVectorsTheAnswerIsLexicalAndSaysSo(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Refund policy.md"), "You can ask for a refund within 30 days.\n");
        assertThat(cli.run("search", vault.toString(), "refund", "--json")).isZero();
        assertThat(cli.json().get("mode").asText()).isEqualTo("lexical");
        assertThat(cli.run("search", vault.toString(), "refund", "--mode", "fuzzy")).isEqualTo(2);
        assertThat(cli.err()).contains("hybrid, lexical or semantic");
    }

    @Test
    void indexBuildsVectorsAndSearchFindsByMeaning(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Refund policy.md"), "# Refund policy\n\nIf you are not satisfied, ask for a "
                + "refund within 30 days of purchase.\n");
        Files.writeString(vault.resolve("Themes.md"), "# Themes\n\nChange the colours of the app: light or dark.\n");
        Files.writeString(vault.resolve("Aliases.md"), "# Aliases\n\nGive a note alternative names in its properties.\n");
        try (SystemProperty ignored = SystemProperty.set("kasten.vectors", "on")) {
            assertThat(cli.run("index", vault.toString())).isZero();
            assertThat(cli.out()).contains("vectors of 3 notes in").contains("3 embedded").contains("vectors: ");
            assertThat(cli.run("search", vault.toString(), "how do I get my money back", "--json")).isZero();
            JsonNode hybrid = cli.json();
            assertThat(hybrid.get("mode").asText()).isEqualTo("hybrid");
            assertThat(hybrid.get("hits").get(0).get("path").asText()).isEqualTo("Refund policy.md");
            assertThat(cli.run("search", vault.toString(), "how do I get my money back", "--json", "--mode", "lexical")).isZero();
            assertThat(cli.json().get("mode").asText()).isEqualTo("lexical");
            assertThat(cli.run("search", vault.toString(), "colour scheme at night", "--json", "--mode", "semantic")).isZero();
            assertThat(cli.json().get("hits").get(0).get("path").asText()).isEqualTo("Themes.md");
            Files.writeString(vault.resolve("Themes.md"), "# Themes\n\nPick a dark theme.\n");
            assertThat(cli.run("index", vault.toString())).isZero();
            assertThat(cli.out()).contains("1 embedded").contains("2 unchanged");
            assertThat(cli.run("index", vault.toString(), "--no-vectors")).isZero();
            assertThat(cli.out()).doesNotContain("vectors");
        }
    }
}
