package org.kasten.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** The {@code search} and {@code index} commands as DESIGN.md specifies them. */
class SearchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void bundledNotes() {
        assumeTrue(Files.isDirectory(Path.of("notes")), "the bundled notes/ folder is absent");
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new KastenCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("kasten: " + ex.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        assertThat(run("search", "notes", "reward hacking", "--limit", "3", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
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

    @Test
    void batchPrintsOneJsonLinePerQuery() throws Exception {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("scaling laws\n\nbitter lesson\n".getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(run("search", "notes", "--batch", "--limit", "2")).isZero();
        } finally {
            System.setIn(stdin);
        }
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode second = new ObjectMapper().readTree(lines[1]);
        assertThat(second.get("query").asText()).isEqualTo("bitter lesson");
        assertThat(second.has("micros")).isTrue();
        assertThat(second.get("hits").get(0).get("path").asText()).isEqualTo("Concepts/Bitter Lesson.md");
    }

    @Test
    void badUsageExitsWithTwoAndAMissingVaultWithOne() {
        assertThat(run("search", "notes")).isEqualTo(2);
        assertThat(run("search", "notes", "x", "--batch")).isEqualTo(2);
        assertThat(run("search", "notes", "x", "--limit", "0")).isEqualTo(2);
        assertThat(run("search", "no-such-vault", "x")).isEqualTo(1);
        assertThat(err.toString()).contains("vault not found: no-such-vault");
    }

    @Test
    void indexSaysWhatItDid() {
        assertThat(run("index", "notes")).isZero();
        assertThat(out.toString()).containsPattern("(built|refreshed) index of \\d+ notes in \\d+ ms")
                .contains("unchanged").contains("index: ");
    }
}
