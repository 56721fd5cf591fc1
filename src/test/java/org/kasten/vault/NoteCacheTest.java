package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.Note;
import org.kasten.note.Progress;

/** The parse cache: an unchanged file is not read again; a changed one is; a damaged cache is ignored. */
class NoteCacheTest {

    @TempDir
    Path vault;

    @TempDir
    Path cacheDir;

    private LoadedVault load() throws IOException {
        return new VaultLoader().load(vault, cacheDir.resolve("notes.bin"), Progress.NONE);
    }

    @Test
    void roundTripsEveryFieldOfEveryNote() throws IOException {
        Files.writeString(vault.resolve("a.md"), """
                ---
                title: Alpha
                aliases: [A1, "A 2"]
                date: 2025-11-25
                when: 2025-11-25T10:15:00Z
                count: 3
                ratio: 0.5
                done: false
                none: null
                nested: {k: [1, two]}
                big: 123456789012345678901234567890
                bin: !!binary aGVsbG8=
                ---
                # Heading ^blk
                Text [[B#Part|shown]] ![[img.png]] #tag/nested
                """);
        Files.writeString(vault.resolve("b.txt"), "B title\nSee also\n- Alpha — first\n");
        Files.write(vault.resolve("c.md"), new byte[] {(byte) 0xE9, 'x'});
        LoadedVault first = load();
        assertThat(Files.size(cacheDir.resolve("notes.bin"))).isPositive();
        LoadedVault second = load();
        assertThat(second.notes()).usingRecursiveFieldByFieldElementComparator(
                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                        .withStrictTypeChecking(true).withIgnoredFieldsOfTypes(org.kasten.note.NoteText.class).build()).isEqualTo(first.notes());
        assertThat(second.notes()).extracting(Note::body).isEqualTo(first.notes().stream().map(Note::body).toList());
        assertThat(second.notes()).extracting(Note::plainText).isEqualTo(first.notes().stream().map(Note::plainText).toList());
        assertThat(second.notes().get(0).frontmatter().get("big")).isEqualTo(new java.math.BigInteger("123456789012345678901234567890"));
        assertThat((byte[]) second.notes().get(0).frontmatter().get("bin")).isEqualTo("hello".getBytes());
        assertThat(second.warnings()).isEqualTo(first.warnings());
    }

    @Test
    void aNoteReadBackKeepsTheWordFilterOfItsBodyInTheCacheBesideIt() throws IOException {
        Files.writeString(vault.resolve("z.md"), "# Zoo\n\nThe Zebracorn grazes here.\n");
        load();
        // the body's word in the file made another: a filter made from the body read back would lose it
        Path cache = cacheDir.resolve("notes.bin");
        byte[] bytes = Files.readAllBytes(cache);
        String latin = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int at = latin.indexOf("Zebracorn"); at >= 0; at = latin.indexOf("Zebracorn", at + 1)) {
            System.arraycopy("Qebracorn".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, bytes, at, 9);
        }
        Files.write(cache, bytes);

        Note back = load().notes().get(0);
        assertThat(back.body()).contains("Qebracorn").doesNotContain("Zebracorn"); // read from the cache, not the file
        assertThat(back.text().inMemory()).isFalse();
        org.kasten.note.WordFilter words = back.text().words();
        assertThat(words.mayContain(org.kasten.note.WordFilter.words("zebracorn"))).isTrue();
        assertThat(words).isEqualTo(org.kasten.note.WordFilter.of("# Zoo\n\nThe Zebracorn grazes here.\n"));
    }

    @Test
    void reusesUnchangedFilesAndRereadsChangedOnes() throws IOException {
        Path file = vault.resolve("n.md");
        Files.writeString(file, "# Old title\n");
        FileTime time = Files.getLastModifiedTime(file);
        load();

        // Same size and time: the cache answers, so the new text is not seen (this proves the file was not read).
        Files.writeString(file, "# New title\n");
        Files.setLastModifiedTime(file, time);
        assertThat(load().notes().get(0).title()).isEqualTo("Old title");

        // A new modification time: read again.
        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 5_000));
        assertThat(load().notes().get(0).title()).isEqualTo("New title");
    }

    @Test
    void damagedCacheIsIgnored() throws IOException {
        Files.writeString(vault.resolve("n.md"), "# Title\n");
        load();
        byte[] bytes = Files.readAllBytes(cacheDir.resolve("notes.bin"));
        for (int i = 12; i < bytes.length; i += 3) {
            bytes[i] = (byte) 0xFF;
        }
        Files.write(cacheDir.resolve("notes.bin"), bytes);
        assertThat(load().notes().get(0).title()).isEqualTo("Title");
        Files.writeString(cacheDir.resolve("notes.bin"), "garbage");
        assertThat(load().notes().get(0).title()).isEqualTo("Title");
    }

    @Test
    void aTemporaryFileLeftBehindByAnEndedProcessIsDeletedWhenTheCacheIsNextWritten() throws IOException {
        Files.writeString(vault.resolve("n.md"), "# Title\n");
        Path left = Files.writeString(cacheDir.resolve("notes.bin123.tmp"), "a killed load's half-written cache");
        Files.setLastModifiedTime(left, FileTime.fromMillis(System.currentTimeMillis() - NoteCacheWriter.STALE.toMillis() - 60_000));
        Path writing = Files.writeString(cacheDir.resolve("notes.bin456.tmp"), "another window's, being written");
        load();
        assertThat(left).doesNotExist();
        assertThat(writing).exists();
        assertThat(load().notes().get(0).title()).isEqualTo("Title");
    }

    @Test
    void deletedNotesLeaveTheCache() throws IOException {
        Files.writeString(vault.resolve("a.md"), "# A\n");
        Files.writeString(vault.resolve("b.md"), "# B\n");
        load();
        Files.delete(vault.resolve("b.md"));
        assertThat(load().notes()).extracting(n -> n.path().value()).containsExactly("a.md");
        assertThat(new NoteCache(cacheDir.resolve("notes.bin")).read()).hasSize(1);
    }

    @Test
    void linksAloneComeFromACurrentCacheWithTheTextLeftInIt() throws IOException {
        Files.writeString(vault.resolve("a.md"), "# A\n\nSee [[b]] and #tag.\n");
        Files.writeString(vault.resolve("b.md"), "# B\n\nBack to [[a#A]].\n");
        LoadedVault full = load();
        Path cache = cacheDir.resolve("notes.bin");

        LoadedVault links = new VaultLoader().loadLinks(vault, cache, Progress.NONE);
        assertThat(links.notes()).extracting(Note::links).isEqualTo(full.notes().stream().map(Note::links).toList());
        assertThat(links.notes()).extracting(Note::title).containsExactly("A", "B");
        assertThat(links.notes()).allSatisfy(n -> assertThat(n.text().inMemory()).isFalse());
        assertThat(links.notes()).extracting(Note::body).isEqualTo(full.notes().stream().map(Note::body).toList());
        assertThat(links.warnings()).isEqualTo(full.warnings());

        // a changed file: read with the rest as a full load does, text included, and the cache keeps every text
        Path a = vault.resolve("a.md");
        Files.writeString(a, "# A\n\nSee [[b]] again.\n");
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5_000));
        LoadedVault changed = new VaultLoader().loadLinks(vault, cache, Progress.NONE);
        assertThat(changed.notes()).extracting(Note::plainText).allSatisfy(t -> assertThat(t).isNotEmpty());
        assertThat(new NoteCache(cache).read().values()).extracting(Note::body).allSatisfy(b -> assertThat(b).isNotEmpty());
        assertThat(load().notes().get(0).plainText()).contains("again");
    }

    @Test
    void loadedNotesLeaveTheirTextsInTheCacheAndReadThemFromItsGenerationAfterItIsReplaced() throws IOException {
        Files.writeString(vault.resolve("a.md"), "# Ä\n\nÜber *café* and [[b]].\n");
        Path b = vault.resolve("b.md");
        Files.writeString(b, "# B\n\nFirst text of b.\n");
        LoadedVault first = load(); // parsed, then written to the cache: the texts move there
        assertThat(first.notes()).allSatisfy(n -> assertThat(n.text().inMemory()).isFalse());
        assertThat(first.notes().get(0).body()).isEqualTo("# Ä\n\nÜber *café* and [[b]].\n");
        assertThat(first.notes().get(0).plainText()).contains("Über café and b");
        assertThat(first.notes().get(1).plainText()).contains("First text of b.");

        Files.writeString(b, "# B\n\nSecond text of b, longer than the first.\n");
        Files.setLastModifiedTime(b, FileTime.fromMillis(Files.getLastModifiedTime(b).toMillis() + 5_000));
        LoadedVault second = load(); // a new cache replaces the file the first load's notes read from
        assertThat(second.notes()).allSatisfy(n -> assertThat(n.text().inMemory()).isFalse());
        assertThat(second.notes().get(1).plainText()).contains("Second text of b");
        assertThat(second.notes().get(0).body()).isEqualTo("# Ä\n\nÜber *café* and [[b]].\n");
        assertThat(first.notes().get(1).plainText()).contains("First text of b.");
        assertThat(first.notes().get(0).body()).isEqualTo("# Ä\n\nÜber *café* and [[b]].\n");
    }

    @Test
    void notesParsedLeaveTheirTextsInTheNewCacheBeforeItIsFinished() throws IOException {
        int count = 60; // about 250 KB of text: several of the writer's chunks
        for (int i = 0; i < count; i++) {
            Files.writeString(vault.resolve("n" + i + ".md"), "# Note " + i + "\n\n" + ("Words of note " + i + ". ").repeat(220));
        }
        Path cache = cacheDir.resolve("notes.bin");
        List<Runnable> finish = new ArrayList<>();
        LoadedVault loaded = new VaultLoader().load(vault, cache, Progress.NONE, finish::add); // its end not run yet

        assertThat(finish).hasSize(1);
        long held = loaded.notes().stream().filter(n -> n.text().inMemory()).count();
        assertThat(held).isLessThan(count / 2); // before, every text was held until the whole cache was written
        assertThat(loaded.notes()).allSatisfy(n -> assertThat(n.body()).startsWith("# " + n.title() + "\n\nWords of " + n.title().toLowerCase()));
        assertThat(Files.exists(cache)).isFalse(); // in place only once finished

        finish.get(0).run();
        assertThat(loaded.notes()).noneMatch(n -> n.text().inMemory());
        LoadedVault again = load();
        assertThat(again.notes()).extracting(Note::plainText).isEqualTo(loaded.notes().stream().map(Note::plainText).toList());
        assertThat(again.notes()).extracting(Note::body).isEqualTo(loaded.notes().stream().map(Note::body).toList());
        assertThat(again.notes()).allSatisfy(n -> assertThat(n.text().inMemory()).isFalse());
        try (var files = Files.list(cacheDir)) {
            assertThat(files).containsExactly(cache); // no temporary file left
        }
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheTextsInMemory() throws IOException {
        Files.writeString(vault.resolve("a.md"), "# A\n\nText of a.\n");
        Path blocked = cacheDir.resolve("file");
        Files.writeString(blocked, "not a folder");
        LoadedVault loaded = new VaultLoader().load(vault, blocked.resolve("notes.bin"), Progress.NONE);
        assertThat(loaded.notes()).singleElement().satisfies(n -> {
            assertThat(n.text().inMemory()).isTrue();
            assertThat(n.plainText()).contains("Text of a.");
        });
    }
}
