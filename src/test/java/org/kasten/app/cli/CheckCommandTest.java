package org.kasten.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code kasten check} on a vault of many same-named notes: exact counts, lists cut to their first entries (each
 * entry's paths too) unless {@code --all}, in text and in JSON.
 */
class CheckCommandTest {

    private final Cli cli = new Cli();

    /** Copies of one small vault: every link is ambiguous, every ghost has a source per copy. */
    private static final int COPIES = 30;

    @TempDir Path vault;

    @BeforeEach
    void writeCopies() throws IOException {
        for (int i = 0; i < COPIES; i++) {
            Path copy = Files.createDirectories(vault.resolve("copy-" + i));
            Files.writeString(copy.resolve("Home.md"), "# Home\n\nSee [[Topic]] and [[Nowhere " + (i % 25) + "]] and [[Absent]].\n");
            Files.writeString(copy.resolve("Topic.md"), "# Topic\n\nBack [[Home]].\n");
        }
    }

    @Test
    void textListsTheFirstEntriesWithExactCounts() {
        assertThat(cli.run("check", vault.toString())).isZero();
        String header = cli.out().lines().findFirst().orElseThrow();
        assertThat(header).contains(2 * COPIES + " notes", "26 unresolved targets", 2 * COPIES + " ambiguous links");
        assertThat(cli.out()).contains("… and 6 more targets (--all lists every one)",
                "… and " + (2 * COPIES - CheckCommand.TEXT_ENTRIES) + " more ambiguous links (--all lists every one)",
                " and " + (COPIES - CheckCommand.TEXT_NAMES) + " more");
        assertThat(cli.out().lines().filter(l -> l.contains("[[Topic]]") || l.contains("[[Home]]")))
                .hasSize(CheckCommand.TEXT_ENTRIES);

        assertThat(cli.run("check", vault.toString(), "--all")).isZero();
        assertThat(cli.out()).doesNotContain("more");
        assertThat(cli.out().lines().filter(l -> l.contains("[[Topic]]") || l.contains("[[Home]]"))).hasSize(2 * COPIES);
        assertThat(cli.out().lines().filter(l -> l.startsWith("  Absent  <- ")).findFirst().orElseThrow().split(", "))
                .hasSize(COPIES);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonIsCutTheSameWayAndSaysSo() throws IOException {
        Files.writeString(vault.resolve("Many.md"), "# Many\n\n" + "[[Other]] "
                + String.join(" ", java.util.stream.IntStream.range(0, 120).mapToObj(i -> "[[Ghost " + i + "]]").toList()));
        assertThat(cli.run("check", vault.toString(), "--json")).isZero();
        Map<String, Object> report = new ObjectMapper().readValue(cli.out(), Map.class);
        assertThat(report.get("complete")).isEqualTo(false);
        assertThat((Map<String, Object>) report.get("counts")).containsEntry("unresolved", 26 + 121)
                .containsEntry("ambiguous", 2 * COPIES);
        assertThat((List<?>) report.get("unresolved")).hasSize(CheckCommand.JSON_ENTRIES);
        Map<String, Object> absent = ((List<Map<String, Object>>) report.get("unresolved")).stream()
                .filter(g -> g.get("target").equals("Absent")).findFirst().orElseThrow();
        assertThat((List<?>) absent.get("sources")).hasSize(CheckCommand.JSON_NAMES);
        assertThat(absent.get("moreSources")).isEqualTo(COPIES - CheckCommand.JSON_NAMES);

        assertThat(cli.run("check", vault.toString(), "--json", "--all")).isZero();
        Map<String, Object> all = new ObjectMapper().readValue(cli.out(), Map.class);
        assertThat(all.get("complete")).isEqualTo(true);
        assertThat((List<?>) all.get("unresolved")).hasSize(26 + 121);
        assertThat((List<?>) all.get("ambiguous")).hasSize(2 * COPIES);
    }

}
