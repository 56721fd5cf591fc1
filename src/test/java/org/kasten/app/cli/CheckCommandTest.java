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

    @Test
    void aSecondCheckOfUnchangedFilesGivesTheStoredAnswerWithItsOwnTime() throws Exception {
        assertThat(cli.run("check", vault.toString())).isZero();
        String first = cli.out();
        assertThat(cli.run("check", vault.toString(), "--json")).isZero();
        String firstJson = cli.out();
        assertThat(cli.run("check", vault.toString())).isZero();
        assertThat(withoutTime(cli.out())).isEqualTo(withoutTime(first));
        assertThat(cli.run("check", vault.toString(), "--json")).isZero();
        assertThat(withoutTime(cli.out())).isEqualTo(withoutTime(firstJson));

        // the command prints what is stored for these files (a planted answer shows it), with the time put in
        org.kasten.app.CheckReports.look(vault).store("txt", "planted answer 123456789\n", "123456789");
        assertThat(cli.run("check", vault.toString())).isZero();
        assertThat(cli.out()).matches("planted answer \\d+\n");
        assertThat(cli.run("check", vault.toString(), "--all")).isZero();
        assertThat(cli.out()).as("--all is always made afresh").startsWith(first.substring(0, first.indexOf(':')));

        // a changed file makes the answer again
        Path note = vault.resolve("copy-0/Topic.md");
        Files.writeString(note, "# Topic\n\nBack [[Home]] and [[Elsewhere]]. ![[picture.png]]\n");
        Files.setLastModifiedTime(note, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(cli.run("check", vault.toString())).isZero();
        assertThat(cli.out().lines().findFirst().orElseThrow()).contains("27 unresolved targets", "1 missing attachments");
        assertThat(cli.run("check", vault.toString(), "--json")).isZero();
        assertThat(cli.out()).contains("\"missingAttachments\":1");
        Files.writeString(vault.resolve("copy-0/picture.png"), "not really"); // a new attachment is a change too
        assertThat(cli.run("check", vault.toString(), "--json")).isZero();
        assertThat(cli.out()).contains("\"missingAttachments\":0");
    }

    private static String withoutTime(String answer) {
        return answer.replaceAll("loaded in \\d+ ms", "loaded in ? ms").replaceAll("\"millis\":\\d+", "\"millis\":?");
    }
}
