package org.kasten.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of DESIGN.md: JSON shapes, exit codes, one-line messages. */
class CliContractTest {

    private final Cli cli = new Cli();

    @TempDir
    Path vault;

    @BeforeEach
    void writeVault() throws IOException {
        Files.createDirectories(vault.resolve("Concepts"));
        Files.writeString(vault.resolve("Home.md"), """
                ---
                aliases: [Start]
                tags: [hub]
                date: 2025-11-25
                ---
                # Home
                Read [[Age of Research|the age]] and [[Missing Concept]].
                ## See also
                - Age of Research — periods
                """);
        Files.writeString(vault.resolve("Concepts/Age of Research.md"), """
                # Age of Research
                Back to [[Home#See also]]. Mentions Missing Concept in passing.
                """);
        Files.writeString(vault.resolve("Other.md"), "# Other\nAlso [[Missing Concept]].\n");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json() throws IOException {
        assertThat(cli.out().strip().lines()).hasSize(1);
        return new ObjectMapper().readValue(cli.out(), Map.class);
    }

    @Test
    void checkJson() throws IOException {
        assertThat(cli.run("check", vault.toString(), "--json")).isZero();
        Map<String, Object> report = json();
        assertThat(report).containsKeys("notes", "links", "resolved", "unresolved", "ambiguous",
                "missingAttachments", "warnings", "millis");
        assertThat(report.get("notes")).isEqualTo(3);
        assertThat(report.get("links")).isEqualTo(5);
        assertThat(report.get("resolved")).isEqualTo(3);
        assertThat(report.get("unresolved")).isEqualTo(List.of(
                Map.of("target", "Missing Concept", "sources", List.of("Home.md", "Other.md"))));
        assertThat(report.get("ambiguous")).isEqualTo(List.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void showJsonByAlias() throws IOException {
        assertThat(cli.run("show", vault.toString(), "Start", "--json")).isZero();
        Map<String, Object> note = json();
        assertThat(note.get("path")).isEqualTo("Home.md");
        assertThat(note.get("title")).isEqualTo("Home");
        assertThat(note.get("aliases")).isEqualTo(List.of("Start"));
        assertThat(note.get("tags")).isEqualTo(List.of("hub"));
        assertThat(((Map<String, Object>) note.get("properties")).get("date")).isEqualTo("2025-11-25");
        assertThat(note.get("headings")).isEqualTo(List.of(
                Map.of("level", 1, "text", "Home", "anchor", "home"),
                Map.of("level", 2, "text", "See also", "anchor", "see-also")));
        List<Map<String, Object>> links = (List<Map<String, Object>>) note.get("links");
        assertThat(links).extracting(l -> l.get("target") + "|" + l.get("kind") + "|" + l.get("resolved"))
                .containsExactly("Age of Research|wiki|Concepts/Age of Research.md",
                        "Missing Concept|wiki|null", "Age of Research|see_also|Concepts/Age of Research.md");
        List<Map<String, Object>> backlinks = (List<Map<String, Object>>) note.get("backlinks");
        assertThat(backlinks).extracting(b -> b.get("source") + "|" + b.get("context"))
                .containsExactly("Concepts/Age of Research.md|Back to [[Home#See also]]. Mentions Missing Concept in passing.");
        assertThat(note.get("seeAlso")).isEqualTo(List.of(
                Map.of("target", "Age of Research", "resolved", "Concepts/Age of Research.md")));
        assertThat(note).containsKey("unlinkedMentions");
    }

    @Test
    void showAcceptsShellCompletedPaths() {
        assertThat(cli.run("show", vault.toString(), "./Concepts/Age of Research.md")).isZero();
        assertThat(cli.out()).startsWith("Age of Research");
        assertThat(cli.run("show", vault.toString(), vault.resolve("Home.md").toString())).isZero();
        assertThat(cli.out()).startsWith("Home");
    }

    @Test
    void anExactPathWinsOverItsCaseAndUnicodeTwins() throws IOException {
        Files.writeString(vault.resolve("Case.md"), "# Upper\n");
        Files.writeString(vault.resolve("case.md"), "# Lower\n");
        String nfc = "Caf\u00e9.md";
        String nfd = "Cafe\u0301.md";
        Files.writeString(vault.resolve(nfc), "# Composed\n");
        Files.writeString(vault.resolve(nfd), "# Decomposed\n");
        for (String name : List.of("Case.md", "case.md", nfc, nfd)) {
            assertThat(cli.run("show", vault.toString(), name, "--json")).isZero();
            assertThat(json().get("path")).as(name).isEqualTo(name);
        }
    }

    @Test
    void missingVaultIsOneClearLineAndExitOne() {
        assertThat(cli.run("check", vault.resolve("nowhere").toString())).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(cli.err()).startsWith("kasten: vault not found: ");
    }

    @Test
    void unknownNoteIsExitOne() {
        assertThat(cli.run("show", vault.toString(), "No Such Note")).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("kasten: note not found in " + realVault() + ": No Such Note");
    }

    private Path realVault() {
        try {
            return vault.toRealPath();
        } catch (IOException e) {
            return vault;
        }
    }

    @Test
    void anUnknownCommandThatIsNoFolderIsBadUsage() {
        assertThat(cli.run("frobnicate")).isEqualTo(2);
        assertThat(cli.err()).startsWith("'frobnicate' is neither a command (check, show, open, search, index, render) nor a folder");
    }

    @Test
    void anEmptyVaultPathIsBadUsageNotTheCurrentFolder() {
        for (List<String> command : List.of(List.of("check", ""), List.of("index", ""), List.of("show", "", "Home"),
                List.of("search", "", "x"), List.of("render", "", "Home"), List.of("open", ""), List.of(""))) {
            assertThat(cli.run(command.toArray(String[]::new))).as(command.toString()).isEqualTo(2);
            assertThat(cli.err()).as(command.toString()).contains("the VAULT path is empty");
        }
    }

    @Test
    void badUsageIsExitTwo() {
        assertThat(cli.run("check")).isEqualTo(2);
        assertThat(cli.run("show", vault.toString(), "Home", "--no-such-option")).isEqualTo(2);
    }

    @Test
    void indexOnACurrentIndexPrintsTheSameTwoLinesAsAnyIndex() {
        assertThat(cli.run("index", vault.toString())).isZero();
        assertThat(cli.run("index", vault.toString())).isZero();
        assertThat(cli.out().lines().toList()).as(cli.out()).hasSize(2);
        assertThat(cli.out().lines().toList().get(0)).matches("refreshed index of 3 notes in \\d+ ms \\(read \\d+ ms\\): "
                + "0 added, 0 updated, 0 removed, 3 unchanged");
        assertThat(cli.out().lines().toList().get(1)).startsWith("index: ");
    }
}
