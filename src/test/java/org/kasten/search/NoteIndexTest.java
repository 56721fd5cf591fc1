package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.kasten.search.TestNotes.note;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.IndexReport;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.testing.SystemProperty;

/** The persistent index: incremental on reopen, rebuilt when damaged, near-real-time updates. */
class NoteIndexTest {

    @TempDir
    Path dir;

    private static final Note A = note("a.md").text("alpha apples").build();
    private static final Note B = note("b.md").text("bravo bananas").build();
    private static final Note C = note("c.md").text("charlie cherries").build();

    @Test
    void aLargeSyncIsMergedIntoOneSegment() throws IOException {
        List<Note> notes = numbered(1_400);
        try (NoteIndex index = NoteIndex.open(dir)) {
            index.sync(IndexedNote.unlinked(notes.subList(0, 300)), Progress.NONE, () -> false); // committed: a segment of its own
            assertThat(index.sync(IndexedNote.unlinked(notes), Progress.NONE, () -> false).added()).isGreaterThanOrEqualTo(NoteIndex.MERGE_AFTER);
            awaitOneSegment(index); // merged in the background
        }
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
            assertThat(reader.leaves()).hasSize(1);
            assertThat(reader.numDocs()).isEqualTo(1_400);
        }
    }

    @Test
    void aLargeSyncStartsItsMergeAfterAPauseSoACommandEndingAtOnceNeverStartsIt() throws IOException {
        List<Note> notes = numbered(1_400);
        try (NoteIndex index = NoteIndex.open(dir)) {
            index.sync(IndexedNote.unlinked(notes.subList(0, 300)), Progress.NONE, () -> false); // committed: a segment of its own
            index.sync(IndexedNote.unlinked(notes), Progress.NONE, () -> false);
            assertThat(index.merging()).as("a merge running when the sync returns").isFalse();
            awaitOneSegment(index); // merged all the same, a moment later
        }
        try (NoteIndex index = NoteIndex.open(dir)) {
            assertThat(index.sync(IndexedNote.unlinked(notes), Progress.NONE, () -> false).unchanged()).isEqualTo(1_400);
            assertThat(index.searcher().search("note", 10).total()).isEqualTo(1_400);
        }
    }

    @Test
    void aFirstBuildMergesNothingWhileItWritesAndMergesAsBeforeAfterwards() throws IOException {
        List<Note> notes = numbered(1_400);
        List<String> during = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (NoteIndex index = NoteIndex.open(dir)) {
            org.apache.lucene.index.MergePolicy before = index.mergePolicy();
            index.sync(IndexedNote.unlinked(notes), (done, total, message) -> {
                if (done < total) {
                    during.add(index.mergePolicy().getClass().getSimpleName());
                }
            }, () -> false);
            assertThat(during).isNotEmpty().containsOnly("NoMergePolicy");
            assertThat(index.mergePolicy()).isSameAs(before);
            awaitOneSegment(index); // the build merged into one segment when it ended, as before
        }
    }

    @Test
    void aFirstSyncIsNotCutIntoSegmentsByThePeriodicReopenWhichStartsWhenItEnds() throws IOException {
        List<Note> notes = numbered(1_400);
        List<Boolean> during = new java.util.concurrent.CopyOnWriteArrayList<>();
        double before = ChangeVisibility.maxStaleSeconds;
        ChangeVisibility.maxStaleSeconds = 0.005; // a periodic reopen (each flushes every buffer) as often as it may
        try (NoteIndex index = NoteIndex.open(dir)) {
            index.sync(IndexedNote.unlinked(notes), (done, total, message) -> {
                if (done < total) {
                    during.add(index.reopensPeriodically());
                    // time for a periodic reopen to flush what was written so far, had one been running
                    java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
                }
            }, () -> false);
            assertThat(during).isNotEmpty().containsOnly(false);
            assertThat(index.reopensPeriodically()).as("after the first sync").isTrue();
            try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
                // one segment per thread that indexed (the merge into one starts later): none cut off by a reopen
                assertThat(reader.leaves().size()).isLessThanOrEqualTo(java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1);
                assertThat(reader.numDocs()).isEqualTo(1_400);
            }
            index.update(IndexedNote.unlinked(List.of(note("n/late.md").text("a late note").build())));
            assertThat(index.searcher().search("late", 10).total()).as("a change is visible at once, as before").isEqualTo(1);
        } finally {
            ChangeVisibility.maxStaleSeconds = before;
        }
    }

    @Test
    void aSyncIntoANonEmptyIndexMergesAsItGoes() throws IOException {
        List<Note> notes = numbered(1_400);
        List<String> during = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (NoteIndex index = NoteIndex.open(dir)) {
            index.sync(IndexedNote.unlinked(notes.subList(0, 10)), Progress.NONE, () -> false);
            index.sync(IndexedNote.unlinked(notes), (done, total, message) -> {
                if (done < total) {
                    during.add(index.mergePolicy().getClass().getSimpleName());
                }
            }, () -> false);
            assertThat(during).isNotEmpty().doesNotContain("NoMergePolicy");
        }
    }

    @Test
    void closingRightAfterALargeSyncKeepsEveryNoteAndTheNextOpenMerges() throws IOException {
        List<Note> notes = numbered(1_400);
        try (NoteIndex index = NoteIndex.open(dir)) {
            index.sync(IndexedNote.unlinked(notes.subList(0, 700)), Progress.NONE, () -> false); // committed: a segment of its own
            index.sync(IndexedNote.unlinked(notes), Progress.NONE, () -> false);
        } // does not wait for the merge: it stops it, and the index is as committed
        assertThat(IndexSnapshot.mayOpen(dir)).isTrue();
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
            assertThat(reader.numDocs()).isEqualTo(1_400);
        }
        try (NoteIndex index = NoteIndex.open(dir)) {
            assertThat(index.sync(IndexedNote.unlinked(notes), Progress.NONE, () -> false).unchanged()).isEqualTo(1_400);
            awaitOneSegment(index); // nothing to write: the merge is taken up again
            assertThat(index.searcher().search("note", 10).total()).isEqualTo(1_400);
        }
    }

    private static List<Note> numbered(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> note("n/" + i + ".md").text("note number " + i + " about word" + i % 97).build()).toList();
    }

    /** Commits until the index's last commit has one segment (a hang guard, not a speed test). */
    private void awaitOneSegment(NoteIndex index) {
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
            while (true) {
                index.commit();
                try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
                    if (reader.leaves().size() == 1) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        });
    }

    @Test
    void reopeningReindexesOnlyChangedNotesAndDropsRemovedOnes() throws IOException {
        try (NoteIndex index = NoteIndex.open(dir)) {
            IndexReport first = index.sync(IndexedNote.unlinked(List.of(A, B, C)), Progress.NONE, () -> false);
            assertThat(first).extracting(IndexReport::added, IndexReport::updated, IndexReport::removed, IndexReport::unchanged)
                    .containsExactly(3, 0, 0, 0);
            assertThat(first.rebuilt()).isTrue();
        }
        Note changedB = note("b.md").text("bravo blueberries").modified(1_800_000_000_000L).build();
        try (NoteIndex index = NoteIndex.open(dir)) {
            IndexReport second = index.sync(IndexedNote.unlinked(List.of(A, changedB)), Progress.NONE, () -> false);
            assertThat(second).extracting(IndexReport::added, IndexReport::updated, IndexReport::removed, IndexReport::unchanged)
                    .containsExactly(0, 1, 1, 1);
            assertThat(second.rebuilt()).isFalse();
            assertThat(second.warnings()).isEmpty();
            assertThat(index.searcher().search("blueberries", 10).total()).isEqualTo(1);
            assertThat(index.searcher().search("bananas", 10).total()).isZero();
            assertThat(index.searcher().search("cherries", 10).total()).isZero();
        }
    }

    @Test
    void aDamagedIndexIsRebuiltWithAWarning() throws IOException {
        try (NoteIndex index = NoteIndex.open(dir)) {
            index.sync(IndexedNote.unlinked(List.of(A, B)), Progress.NONE, () -> false);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[]{1, 2, 3});
            }
        }
        try (NoteIndex index = NoteIndex.open(dir)) {
            assertThat(index.warnings()).singleElement().asString().contains("rebuilt");
            IndexReport report = index.sync(IndexedNote.unlinked(List.of(A, B)), Progress.NONE, () -> false);
            assertThat(report.added()).isEqualTo(2);
            assertThat(index.searcher().search("apples", 10).total()).isEqualTo(1);
        }
    }

    @Test
    void aLockedIndexIsLeftAloneAndATemporaryOneUsed() throws IOException {
        try (NoteIndex first = NoteIndex.open(dir)) {
            first.sync(IndexedNote.unlinked(List.of(A)), Progress.NONE, () -> false);
            try (NoteIndex second = NoteIndex.open(dir)) {
                assertThat(second.warnings()).singleElement().asString().contains("in use");
                second.sync(IndexedNote.unlinked(List.of(B)), Progress.NONE, () -> false);
                assertThat(second.searcher().search("bananas", 10).total()).isEqualTo(1);
            }
            assertThat(first.searcher().search("apples", 10).total()).isEqualTo(1);
        }
    }

    @Test
    void openingACurrentIndexAndSearchingItWritesNoCommit() throws IOException {
        try (NoteIndex index = NoteIndex.open(dir)) {
            index.sync(IndexedNote.unlinked(List.of(A, B)), Progress.NONE, () -> false);
        }
        List<String> before = listing();
        for (int i = 0; i < 3; i++) {
            try (NoteIndex index = NoteIndex.open(dir)) {
                assertThat(index.sync(IndexedNote.unlinked(List.of(A, B)), Progress.NONE, () -> false).unchanged()).isEqualTo(2);
                assertThat(index.searcher().search("apples", 10).total()).isEqualTo(1);
            }
        }
        assertThat(listing()).isEqualTo(before);
    }

    /** The index folder's files with their sizes and modification times. */
    private List<String> listing() throws IOException {
        return org.kasten.testing.Folders.listing(dir);
    }

    @Test
    void anIndexLeftDuringIndexingHasItsChecksumsVerifiedAndIsRebuiltWhenDamaged() throws IOException {
        try (NoteIndex index = NoteIndex.open(dir)) {
            index.sync(IndexedNote.unlinked(List.of(A, B, C)), Progress.NONE, () -> false);
            index.commit();
            // as after kill -9: the latest commit is not one a clean close left
            assertThat(Files.exists(dir.resolve(IndexIntegrity.CLEAN_MARKER))).isFalse();
            scramble(biggest(".fdt"));
        }
        Files.delete(dir.resolve(IndexIntegrity.CLEAN_MARKER));
        try (NoteIndex index = NoteIndex.open(dir)) {
            assertThat(index.warnings()).singleElement().asString().contains("damaged", ".fdt", "rebuilt");
            assertThat(index.sync(IndexedNote.unlinked(List.of(A, B, C)), Progress.NONE, () -> false).added()).isEqualTo(3);
            assertThat(index.searcher().search("bananas", 10).total()).isEqualTo(1);
        }
        try (NoteIndex index = NoteIndex.open(dir)) {
            assertThat(index.warnings()).isEmpty();
        }
    }

    @Test
    void damageToACleanlyClosedIndexIsFoundInTheBackgroundAndRebuiltAtTheNextOpen() throws Exception {
        try (NoteIndex index = NoteIndex.open(dir)) {
            index.sync(IndexedNote.unlinked(List.of(A, B, C)), Progress.NONE, () -> false);
        }
        assertThat(Files.exists(dir.resolve(IndexIntegrity.CLEAN_MARKER))).isTrue();
        rot(biggest(".tim"));
        long delay = NoteIndex.verifyDelayMillis;
        NoteIndex.verifyDelayMillis = 0;
        try (NoteIndex index = NoteIndex.open(dir)) {
            assertThat(index.warnings()).isEmpty(); // a clean index is not read whole before use
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
                while (Files.exists(dir.resolve(IndexIntegrity.CLEAN_MARKER))) {
                    Thread.sleep(20);
                }
            });
        } finally {
            NoteIndex.verifyDelayMillis = delay;
        }
        try (NoteIndex index = NoteIndex.open(dir)) {
            assertThat(index.warnings()).singleElement().asString().contains("damaged", ".tim", "rebuilt");
        }
    }

    @Test
    void aSearchThatMeetsDamageSaysSoPlainlyAndTheNextOpenRebuilds() throws IOException {
        try (NoteIndex index = NoteIndex.open(dir)) {
            index.sync(IndexedNote.unlinked(List.of(A, B, C)), Progress.NONE, () -> false);
        }
        rot(biggest(".tim"));
        try (NoteIndex index = NoteIndex.open(dir)) {
            assertThat(index.warnings()).isEmpty();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.searcher().search("apples", 10))
                    .hasMessageStartingWith("the search index is damaged").hasMessageContaining(".tim");
        }
        try (NoteIndex index = NoteIndex.open(dir)) {
            assertThat(index.warnings()).singleElement().asString().contains("damaged", "rebuilt");
            index.sync(IndexedNote.unlinked(List.of(A, B, C)), Progress.NONE, () -> false);
            assertThat(index.searcher().search("apples", 10).total()).isEqualTo(1);
        }
    }

    /** The largest index file whose name ends with {@code suffix}. */
    private Path biggest(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix))
                    .max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
    }

    /**
     * Damage a look at the files' sizes and times cannot see, as bit rot on the disk: random bytes in {@code file}
     * of a cleanly closed index, and the clean close's record of its files made anew (CleanCloseTest has the damage
     * such a look sees).
     */
    private void rot(Path file) throws IOException {
        scramble(file);
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(dir)) {
            IndexIntegrity.markClean(dir, org.apache.lucene.index.SegmentInfos.readLatestCommit(directory));
        }
    }

    /** Writes random bytes over the middle half of {@code file} (header and checksum footer untouched). */
    private static void scramble(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] noise = new byte[Math.min(4096, bytes.length / 2)];
        new java.util.Random(17).nextBytes(noise);
        System.arraycopy(noise, 0, bytes, (bytes.length - noise.length) / 2, noise.length);
        Files.write(file, bytes);
    }

    @Test
    void immenseTagsKeysValuesAndLinksAreLeftOutOfTheirFieldsWithAWarningNamingTheNote() throws IOException {
        String immense = "x".repeat(40_000);
        Note hostile = note("hostile.md").text("hostile hedgehogs").tag("#" + immense).tag("#fine")
                .property(immense, "value").property("topic", immense).property("kind", "spiky")
                .link(immense).link("a").build();
        try (NoteIndex index = NoteIndex.open(dir)) {
            IndexReport report = index.sync(IndexedNote.unlinked(List.of(A, hostile)), Progress.NONE, () -> false);
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w).contains("hostile.md").hasSizeLessThan(300));
            assertThat(index.searcher().search("hedgehogs", 10).total()).isEqualTo(1);
            assertThat(index.searcher().search("tag:fine", 10).total()).isEqualTo(1);
            assertThat(index.searcher().search("kind:spiky", 10).total()).isEqualTo(1);
            assertThat(index.searcher().search("apples", 10).total()).isEqualTo(1);
        }
    }

    @Test
    void aNoteThatCannotBeIndexedIsLeftOutWithAWarningAndTheRestIsIndexed() throws IOException {
        // a path is a note's identity and is never shortened; one this long (no file system allows it) cannot be a term
        Note unindexable = note("d/".repeat(20_000) + "deep.md").text("deep dolphins").build();
        try (NoteIndex index = NoteIndex.open(dir)) {
            IndexReport report = index.sync(IndexedNote.unlinked(List.of(A, unindexable, B)), Progress.NONE, () -> false);
            assertThat(report.warnings()).singleElement().asString().contains("deep.md", "left out");
            assertThat(index.searcher().search("apples", 10).total()).isEqualTo(1);
            assertThat(index.searcher().search("bananas", 10).total()).isEqualTo(1);
            assertThat(index.searcher().search("dolphins", 10).total()).isZero();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "heap {0} MB → buffer {1} MB")
    @org.junit.jupiter.params.provider.CsvSource({"256, 64", "1024, 128", "2048, 256", "16384, 256"})
    void indexingBufferIsAnEighthOfTheHeapWithinBounds(long heapMB, double bufferMB) {
        assertThat(IndexOpening.ramBufferMB(heapMB * 1024 * 1024)).isEqualTo(bufferMB);
    }

    @Test
    void singleNoteChangesAreVisibleAtOnce() throws IOException {
        try (NoteIndex index = NoteIndex.open(dir)) {
            index.sync(IndexedNote.unlinked(List.of(A, B)), Progress.NONE, () -> false);
            index.update(IndexedNote.unlinked(List.of(note("a.md").text("alpha avocados").build())));
            assertThat(index.searcher().search("avocados", 10).total()).isEqualTo(1);
            assertThat(index.searcher().search("apples", 10).total()).isZero();
            index.delete(NotePath.of("b.md"));
            assertThat(index.searcher().search("bananas", 10).total()).isZero();
        }
    }

    @Test
    void anUnwritableCacheFolderIsSaidOnceInOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        try (SystemProperty ignored = SystemProperty.set("kasten.cache.dir", file.resolve("kasten").toString())) {
            List<String> said = new java.util.ArrayList<>();
            assertThat(IndexLocation.writable(said::add)).isFalse();
            assertThat(IndexLocation.writable(said::add)).isFalse();
            assertThat(said).singleElement().asString().contains(file.toString(), "cannot be written", "in memory")
                    .doesNotContain("\n");
        }
    }

    @Test
    void indexLivesInTheCacheFolderKeyedByVault(@TempDir Path vault) {
        try (SystemProperty ignored = SystemProperty.set("kasten.cache.dir", dir.toString())) {
            Path location = IndexLocation.forVault(vault);
            assertThat(location.getParent()).isEqualTo(dir.resolve("index"));
            assertThat(location.getFileName().toString()).matches("[0-9a-f]{16}");
            assertThat(location).isEqualTo(IndexLocation.forVault(vault.resolve(".")));
        }
    }
}
