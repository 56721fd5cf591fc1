package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.kasten.search.TestNotes.note;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kasten.note.Progress;

/**
 * A cleanly closed index whose files were written since its close (random bytes in its doc values or stored
 * text that keep the file's size) is not trusted: its checksums are verified on opening, it is rebuilt with one
 * warning, and a short command does not answer from it ({@link IndexSnapshot}).
 */
class CleanCloseTest {

    @TempDir
    Path dir;

    private static final List<IndexedNote> NOTES = notes();

    @ParameterizedTest
    @ValueSource(strings = {".dvd", ".fdt"})
    void bytesWrittenIntoACleanlyClosedIndexAreFoundOnOpeningAndItIsRebuilt(String suffix) throws IOException {
        build();
        Path file = biggest(suffix);
        long size = Files.size(file);
        scramble(file);
        assertThat(Files.size(file)).isEqualTo(size);
        damageIsFoundAndRebuilt(suffix);
    }

    /**
     * The same with the file's modification time put back as it was: the change time (which no program sets)
     * still tells. Where the file system keeps no change time, this damage is found as bit rot is (see
     * {@link CommitFiles}).
     */
    @ParameterizedTest
    @ValueSource(strings = {".dvd", ".fdt"})
    void bytesWrittenWithTheModificationTimePutBackAreFoundToo(String suffix) throws IOException {
        build();
        Path file = biggest(suffix);
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("unix"), "the file system keeps no change time");
        FileTime modified = Files.getLastModifiedTime(file);
        scramble(file);
        Files.setLastModifiedTime(file, modified);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        damageIsFoundAndRebuilt(suffix);
    }

    private void damageIsFoundAndRebuilt(String suffix) throws IOException {
        Optional<IndexSnapshot> snapshot = IndexSnapshot.open(dir);
        snapshot.ifPresent(CleanCloseTest::closeQuietly);
        assertThat(snapshot).as("a short command does not answer from it").isEmpty();
        try (NoteIndex index = NoteIndex.open(dir)) {
            assertThat(index.warnings()).singleElement().asString().contains("damaged", suffix, "rebuilt");
            assertThat(index.sync(NOTES, Progress.NONE, () -> false).added()).isEqualTo(NOTES.size());
            assertThat(index.searcher().search("word17", 10).total()).isPositive();
        }
        try (NoteIndex index = NoteIndex.open(dir)) {
            assertThat(index.warnings()).isEmpty();
        }
        // reopened and closed once more: the record of the files still holds (opening changed none of them)
        Optional<IndexSnapshot> rebuilt = IndexSnapshot.open(dir);
        assertThat(rebuilt).as("the rebuilt index answers short commands again").isPresent();
        closeQuietly(rebuilt.get());
    }

    /** Indexes the notes and closes cleanly. */
    private void build() throws IOException {
        try (NoteIndex index = NoteIndex.open(dir)) {
            index.sync(NOTES, Progress.NONE, () -> false);
        }
        assertThat(dir.resolve(IndexIntegrity.CLEAN_MARKER)).exists();
        Optional<IndexSnapshot> snapshot = IndexSnapshot.open(dir);
        assertThat(snapshot).as("a cleanly closed index answers short commands").isPresent();
        closeQuietly(snapshot.get());
    }

    private static List<IndexedNote> notes() {
        List<org.kasten.note.Note> notes = new ArrayList<>();
        Random random = new Random(17);
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                text.append("word").append(random.nextInt(500)).append(' ');
            }
            notes.add(note("n" + i + ".md").text(text.toString()).tag("t" + i % 37).property("k" + i % 11, "v" + i)
                    .modified(1_700_000_000_000L + i).build());
        }
        return IndexedNote.unlinked(notes);
    }

    /** The largest index file whose name ends with {@code suffix}. */
    private Path biggest(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
    }

    /** Writes 4 KB of random bytes (half the file if smaller) in place into the middle of {@code file}. */
    private static void scramble(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = channel.size();
            byte[] noise = new byte[(int) Math.min(4096, size / 2)];
            new Random(17).nextBytes(noise);
            channel.write(ByteBuffer.wrap(noise), (size - noise.length) / 2);
        }
    }

    private static void closeQuietly(IndexSnapshot snapshot) {
        try {
            snapshot.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
