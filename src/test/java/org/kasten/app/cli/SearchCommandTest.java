package org.kasten.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kasten.testing.SystemProperty;

/** The {@code search} and {@code index} commands as DESIGN.md specifies them. */
class SearchCommandTest {

    private final Cli cli = new Cli();

    @BeforeEach
    void bundledNotes() {
        assumeTrue(Files.isDirectory(Path.of("notes")), "the bundled notes/ folder is absent");
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        assertThat(cli.run("search", "notes", "reward hacking", "--limit", "3", "--json")).isZero();
        JsonNode json = cli.json();
        assertThat(json.get("query").asText()).isEqualTo("reward hacking");
        assertThat(json.get("micros").asLong()).isPositive();
        assertThat(json.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(json.get("facets").isObject()).isTrue();
        JsonNode first = json.get("hits").get(0);
        assertThat(first.get("path").asText()).isEqualTo("Concepts/Reward Hacking.md");
        assertThat(first.get("title").asText()).isEqualTo("Reward Hacking");
        assertThat(first.get("score").asDouble()).isPositive();
        assertThat(first.get("snippet").asText()).contains("<mark>");
        assertThat(json.get("hits").size()).isLessThanOrEqualTo(3);
    }

    private List<JsonNode> batch(String input, String... options) throws Exception {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            List<String> args = new ArrayList<>(List.of("search", "notes", "--batch"));
            args.addAll(List.of(options));
            assertThat(cli.run(args.toArray(String[]::new))).isZero();
        } finally {
            System.setIn(stdin);
        }
        List<JsonNode> answers = new ArrayList<>();
        for (String line : cli.out().split("\n")) {
            answers.add(new ObjectMapper().readTree(line));
        }
        return answers;
    }

    @Test
    void batchPrintsOneJsonLinePerLineBlankOnesToo() throws Exception {
        List<JsonNode> answers = batch("scaling laws\n\nbitter lesson\r\n  \nlast line without end", "--limit", "2");
        assertThat(answers).extracting(a -> a.get("query").asText())
                .containsExactly("scaling laws", "", "bitter lesson", "  ", "last line without end");
        JsonNode third = answers.get(2);
        assertThat(third.has("micros")).isTrue();
        assertThat(third.get("hits").get(0).get("path").asText()).isEqualTo("Concepts/Bitter Lesson.md");
        assertThat(answers.get(1).get("hits").size()).isZero();
        assertThat(answers.get(1).get("total").asLong()).isZero();
    }

    @Test
    void aRefusedQueryIsAnErrorEntryAndTheBatchGoesOn() throws Exception {
        String input = String.join("\n", "a".repeat(10_000), "ab ".repeat(300), "(".repeat(400) + "a" + ")".repeat(400),
                "/a{1,100000}/", "x".repeat(3_000_000), "bitter lesson") + "\n";
        List<JsonNode> answers = batch(input);
        assertThat(answers).hasSize(6);
        assertThat(answers.subList(0, 5)).extracting(a -> a.path("error").asText()).containsExactly(
                "query too long: 10,000 characters (at most 1,000)",
                "query too complex: 300 words and operators (at most 100)",
                "query too complex: parentheses nested more than 20 deep", "",
                "query too long: 3,000,000 characters (at most 1,000)");
        assertThat(answers.get(0).get("hits").size()).isZero();
        assertThat(answers.get(0).get("total").asLong()).isZero();
        assertThat(answers.get(4).get("query").asText().length()).isLessThanOrEqualTo(QueryLines.KEPT);
        assertThat(answers.get(5).has("error")).isFalse();
        assertThat(answers.get(5).get("hits").get(0).get("path").asText()).isEqualTo("Concepts/Bitter Lesson.md");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aRefusedQueryIsOneLineAndExitTwo() {
        assertThat(cli.run("search", "notes", "a".repeat(10_000))).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEqualTo("kasten: query too long: 10,000 characters (at most 1,000)" + System.lineSeparator());
    }

    @Test
    void aQueryMayStartWithAMinus() throws Exception {
        assertThat(cli.run("search", "notes", "-research", "--json")).isZero();
        assertThat(cli.json().get("query").asText()).isEqualTo("-research");
        assertThat(cli.run("search", "notes", "--json", "--", "-scaling")).isZero();
        assertThat(cli.json().get("query").asText()).isEqualTo("-scaling");
        assertThat(cli.run("search", "notes", "x", "--no-such-option")).isEqualTo(2);
    }

    @Test
    void badUsageExitsWithTwoAndAMissingVaultWithOne() {
        assertThat(cli.run("search", "notes")).isEqualTo(2);
        assertThat(cli.run("search", "notes", "x", "--batch")).isEqualTo(2);
        assertThat(cli.run("search", "notes", "x", "--limit", "0")).isEqualTo(2);
        assertThat(cli.run("search", "no-such-vault", "x")).isEqualTo(1);
        assertThat(cli.err()).contains("vault not found: no-such-vault");
    }

    @Test
    void indexNamesTheIndexActuallyUsed(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        try (SystemProperty ignored = SystemProperty.set("kasten.cache.dir", file.resolve("kasten").toString())) {
            assertThat(cli.run("index", "notes")).isZero();
            assertThat(cli.out()).contains("index: in memory").doesNotContain(file.toString());
        }
    }

    @Test
    void indexSaysWhatItDid() {
        assertThat(cli.run("index", "notes")).isZero();
        assertThat(cli.out()).containsPattern("(built|refreshed) index of \\d+ notes in \\d+ ms")
                .contains("unchanged").contains("index: ");
    }
}
