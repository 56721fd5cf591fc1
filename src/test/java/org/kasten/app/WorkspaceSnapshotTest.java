package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.Progress;
import org.kasten.note.SearchResults;
import org.kasten.testing.Folders;
import org.kasten.testing.SharedFolders;

/**
 * A vault answered from its index alone ({@link WorkspaceSnapshot}): only when the index holds every file as it
 * is, and then with the very hits, scores, snippets, totals and facets of a loaded workspace.
 */
class WorkspaceSnapshotTest {

    /** Plain words, a phrase, a tag, a path, an exclusion, a group, a misspelling (corrected) and a regex. */
    private static final List<String> QUERIES = List.of("scaling laws", "research", "\"age of research\"", "tag:ai",
            "path:Concepts", "scaling -laws", "(pretraining OR generalisation) data", "generalsation", "/back.*s/",
            "Ilya", "link notes", "graph view", "daily notes", "sync", "canvas", "publish", "template", "embed");

    @TempDir Path temp;

    @Test
    void theBundledNotesAnswerAsALoadedWorkspaceDoes() throws Exception {
        Path vault = temp.resolve("vault");
        Folders.copyTree(Path.of("notes"), vault);
        sameAnswers(vault);
    }

    @Test
    void theCorporaAnswerAsALoadedWorkspaceDoes() throws Exception {
        sameAnswers(SharedFolders.require("corpora/obsidian-help-en"));
        sameAnswers(SharedFolders.require("corpora/foam-docs"));
    }

    @Test
    void anyChangeOnDiskMeansTheVaultMustBeLoaded() throws Exception {
        Path vault = temp.resolve("vault");
        Folders.copyTree(Path.of("notes"), vault);
        assertThat(WorkspaceSnapshot.openIfCurrent(vault)).as("no index yet").isEmpty();
        index(vault);
        try (WorkspaceSnapshot snapshot = WorkspaceSnapshot.openIfCurrent(vault).orElseThrow()) {
            assertThat(snapshot.noteCount()).isEqualTo(noteFiles(vault));
        }

        Path note = vault.resolve("Concepts/Scaling Laws.md");
        Files.setLastModifiedTime(note, FileTime.fromMillis(Files.getLastModifiedTime(note).toMillis() + 5_000));
        assertThat(WorkspaceSnapshot.openIfCurrent(vault)).as("a note touched").isEmpty();
        index(vault);
        assertThat(WorkspaceSnapshot.openIfCurrent(vault)).as("indexed again").isPresent().get().satisfies(WorkspaceSnapshot::close);

        Files.writeString(vault.resolve("New note.md"), "# New note\n\nAbout [[Scaling Laws]].\n");
        assertThat(WorkspaceSnapshot.openIfCurrent(vault)).as("a note added").isEmpty();
        index(vault);
        assertThat(WorkspaceSnapshot.openIfCurrent(vault)).isPresent().get().satisfies(WorkspaceSnapshot::close);

        Files.delete(vault.resolve("New note.md"));
        assertThat(WorkspaceSnapshot.openIfCurrent(vault)).as("a note removed").isEmpty();
    }

    private static void sameAnswers(Path vault) throws Exception {
        List<SearchResults> loaded = new ArrayList<>();
        try (Workspace workspace = Workspace.open(vault, Progress.NONE)) {
            workspace.awaitIndex();
            for (String query : QUERIES) {
                loaded.add(workspace.search(query, 20, true));
            }
        }
        try (WorkspaceSnapshot snapshot = WorkspaceSnapshot.openIfCurrent(vault).orElseThrow()) {
            for (int i = 0; i < QUERIES.size(); i++) {
                SearchResults expected = loaded.get(i);
                SearchResults actual = snapshot.search(QUERIES.get(i), 20, true);
                assertThat(actual.hits()).as(QUERIES.get(i)).isEqualTo(expected.hits());
                assertThat(actual.total()).as(QUERIES.get(i)).isEqualTo(expected.total());
                assertThat(actual.shownQuery()).as(QUERIES.get(i)).isEqualTo(expected.shownQuery());
                assertThat(actual.facets()).as(QUERIES.get(i)).isEqualTo(expected.facets());
            }
        }
        assertThat(loaded).as("the queries find something").anyMatch(r -> r.hits().size() > 5);
    }

    private static void index(Path vault) throws Exception {
        try (Workspace workspace = Workspace.open(vault, Progress.NONE)) {
            workspace.awaitIndex();
        }
    }

    private static int noteFiles(Path vault) throws IOException {
        try (Stream<Path> files = Files.walk(vault)) {
            return (int) files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt")).count();
        }
    }
}
