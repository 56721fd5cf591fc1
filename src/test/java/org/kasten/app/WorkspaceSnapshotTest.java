package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.cli.Launcher;
import org.kasten.note.Progress;
import org.kasten.note.SearchHit;
import org.kasten.note.SearchResults;
import org.kasten.search.IndexLocation;
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

    /**
     * Once a command has compared every file with the index's latest (cleanly closed) commit, it remembers so beside
     * the index folder, and a command that only asks whether the index is current ({@code kasten index}) then answers
     * from the folder listing without opening the index; a note renamed (same size and time) or touched, or another
     * commit, and the index is opened and compared again.
     */
    @Test
    void aRememberedCommitAnswersWithoutOpeningTheIndexUntilAnythingChanges() throws Exception {
        Path vault = temp.resolve("vault");
        Folders.copyTree(Path.of("notes"), vault);
        index(vault);
        Path indexFolder = IndexLocation.forVault(vault.toRealPath());
        try (WorkspaceSnapshot compared = WorkspaceSnapshot.openIfCurrent(vault).orElseThrow()) {
            assertThat(compared.noteCount()).isEqualTo(noteFiles(vault));
        }
        assertThat(indexFolder.resolveSibling(indexFolder.getFileName() + ".stamps")).as("the memo").isRegularFile();
        try (WorkspaceSnapshot known = WorkspaceSnapshot.openIfCurrent(vault, Progress.NONE, false).orElseThrow()) {
            assertThat(known.noteCount()).isEqualTo(noteFiles(vault));
            assertThatThrownBy(() -> known.search("research", 5, false)).as("the index was not opened")
                    .isInstanceOf(IllegalStateException.class);
        }

        Path note = vault.resolve("Concepts/Scaling Laws.md");
        Path renamed = vault.resolve("Concepts/Scaling Lawz.md");
        Files.move(note, renamed);
        assertThat(WorkspaceSnapshot.openIfCurrent(vault, Progress.NONE, false)).as("a note renamed").isEmpty();
        Files.move(renamed, note);
        assertThat(WorkspaceSnapshot.openIfCurrent(vault, Progress.NONE, false)).as("renamed back").isPresent().get()
                .satisfies(WorkspaceSnapshot::close);

        FileTime before = Files.getLastModifiedTime(note);
        Files.setLastModifiedTime(note, FileTime.fromMillis(before.toMillis() + 5_000));
        assertThat(WorkspaceSnapshot.openIfCurrent(vault, Progress.NONE, false)).as("a note touched").isEmpty();
        index(vault); // another commit, holding the new time; the memo still names the first one
        Files.setLastModifiedTime(note, before);
        assertThat(WorkspaceSnapshot.openIfCurrent(vault, Progress.NONE, false))
                .as("the files the first commit held, not the latest").isEmpty();
        index(vault);
        assertThat(WorkspaceSnapshot.openIfCurrent(vault, Progress.NONE, false)).as("indexed again").isPresent().get()
                .satisfies(WorkspaceSnapshot::close);
    }

    /**
     * A window holds the index (its write lock) and has committed what it indexed since it opened it, so its latest
     * commit is not the one a clean close left: a command, in this process or another, reads that commit as it is,
     * answers as the window does, and writes nothing to the index folder (before, it read and indexed the whole vault
     * into a temporary index).
     */
    @Test
    void anIndexAWindowHoldsIsReadAtItsLatestCommitWithoutWritingToIt() throws Exception {
        Path vault = temp.resolve("vault");
        Folders.copyTree(Path.of("notes"), vault);
        index(vault); // closed cleanly
        Path note = vault.resolve("Concepts/Scaling Laws.md");
        Files.writeString(note, Files.readString(note) + "\nA zeppelin paragraph.\n");
        Files.setLastModifiedTime(note, FileTime.fromMillis(Files.getLastModifiedTime(note).toMillis() + 5_000));
        try (Workspace window = Workspace.open(vault, Progress.NONE)) {
            window.awaitIndex(); // indexes the changed note and commits: no clean close
            Path folder = org.kasten.search.IndexLocation.forVault(vault);
            List<String> files = Folders.listing(folder);
            SearchResults expected = window.search("zeppelin", 10, true);
            assertThat(expected.total()).isEqualTo(1);
            try (WorkspaceSnapshot snapshot = WorkspaceSnapshot.openIfCurrent(vault).orElseThrow()) {
                SearchResults actual = snapshot.search("zeppelin", 10, true);
                assertThat(actual.hits()).isEqualTo(expected.hits());
                assertThat(actual.facets()).isEqualTo(expected.facets());
            }
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dkasten.cache.dir=" + System.getProperty("kasten.cache.dir"), "-cp", System.getProperty("java.class.path"),
                    Launcher.class.getName(), "search", vault.toString(), "zeppelin").redirectErrorStream(true).start();
            String output = new String(other.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(other.waitFor()).as(output).isZero();
            assertThat(output).as("another process").contains("1 notes match").contains("[Concepts/Scaling Laws.md]")
                    .doesNotContain("in use by another Kasten");
            assertThat(Folders.listing(folder)).as("nothing written").isEqualTo(files);
        }
    }

    /**
     * Random bytes written into the doc values of a cleanly closed index (its size kept) changed scores silently:
     * a command answered from it. Now the command goes the full way, which verifies the files, rebuilds the index
     * with one warning naming the damaged file and ranks as before the damage.
     */
    @Test
    void anIndexWrittenIntoSinceItsCleanCloseIsNotAnsweredFrom() throws Exception {
        Path vault = temp.resolve("vault");
        Folders.copyTree(Path.of("notes"), vault);
        index(vault);
        List<SearchResults> before = new ArrayList<>();
        try (WorkspaceSnapshot snapshot = WorkspaceSnapshot.openIfCurrent(vault).orElseThrow()) {
            for (String query : QUERIES) {
                before.add(snapshot.search(query, 20, true));
            }
        }
        Path folder = org.kasten.search.IndexLocation.forVault(vault);
        Path docValues;
        try (Stream<Path> files = Files.list(folder)) {
            docValues = files.filter(f -> f.toString().endsWith(".dvd")).max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(docValues, java.nio.file.StandardOpenOption.WRITE)) {
            byte[] noise = new byte[(int) Math.min(4096, channel.size() / 2)];
            new java.util.Random(17).nextBytes(noise);
            channel.write(java.nio.ByteBuffer.wrap(noise), (channel.size() - noise.length) / 2);
        }
        assertThat(WorkspaceSnapshot.openIfCurrent(vault)).as("not answered from the damaged index").isEmpty();
        try (Workspace workspace = Workspace.open(vault, Progress.NONE)) {
            assertThat(workspace.awaitIndex().warnings()).singleElement().asString().contains("damaged", ".dvd", "rebuilt");
            for (int i = 0; i < QUERIES.size(); i++) {
                // paths and scores; the order of ties and the snippets may differ between two builds (their
                // segments differ)
                assertThat(workspace.search(QUERIES.get(i), 20, true).hits()).as(QUERIES.get(i))
                        .extracting(SearchHit::path, SearchHit::score)
                        .containsExactlyInAnyOrderElementsOf(before.get(i).hits().stream().map(h -> org.assertj.core.groups.Tuple.tuple(h.path(), h.score())).toList());
            }
        }
        assertThat(WorkspaceSnapshot.openIfCurrent(vault)).as("the rebuilt index").isPresent().get().satisfies(WorkspaceSnapshot::close);
    }

    /** A window's first build was never closed cleanly: a command reads it too, as the window holds it. */
    @Test
    void aFirstBuildAWindowStillHoldsIsReadToo() throws Exception {
        Path vault = temp.resolve("vault");
        Folders.copyTree(Path.of("notes"), vault);
        try (Workspace window = Workspace.open(vault, Progress.NONE)) {
            window.awaitIndex();
            Optional<WorkspaceSnapshot> snapshot = WorkspaceSnapshot.openIfCurrent(vault);
            assertThat(snapshot).isPresent();
            snapshot.get().close();
        }
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
