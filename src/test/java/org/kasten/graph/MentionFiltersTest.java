package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.NoteText;
import org.kasten.note.Progress;
import org.kasten.note.WordFilter;
import org.kasten.testing.SharedFolders;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.NoteParser;
import org.kasten.vault.VaultLoader;

/**
 * Unlinked mentions from the word filters kept in the parse cache: the same answers as reading every note, and a
 * reopened vault's first question reads only the notes that may mention the name.
 */
class MentionFiltersTest {

    @TempDir
    Path cache;

    @ParameterizedTest
    @ValueSource(strings = {"obsidian-help-en", "foam-docs"})
    void mentionsFromTheCachedFiltersEqualAReadOfEveryNote(String corpus) throws IOException {
        Path folder = SharedFolders.require("corpora/" + corpus);
        Path file = cache.resolve("notes.bin");
        new VaultLoader().load(folder, file, Progress.NONE);
        LoadedVault reopened = new VaultLoader().load(folder, file, Progress.NONE); // every note from the cache
        assertThat(reopened.notes()).noneMatch(n -> n.text().inMemory());
        ConceptGraph graph = ConceptGraph.build(reopened.notes(), reopened.attachments());

        int mentions = 0;
        for (Note note : graph.notes()) {
            // every word of the prose a hit is looked for in is in the note's stored filter
            WordFilter words = note.text().words();
            for (long word : WordFilter.words(MentionText.of(note.body()).lower)) {
                assertThat(words.mayContain(new long[] {word})).as(note.path().value()).isTrue();
            }
            List<?> found = graph.unlinkedMentions(note.path());
            assertThat(found).as(note.path().value()).isEqualTo(graph.mentions.mentionsReadingEveryNote(note));
            mentions += found.size();
        }
        assertThat(mentions).isPositive();
    }

    @Test
    void theFirstQuestionReadsTheStoredFiltersAndOnlyTheNotesThatMayMentionTheName() {
        AtomicInteger texts = new AtomicInteger();
        NoteParser parser = new NoteParser();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            notes.add(stored(parser, "N" + i + ".md", "# Note " + i + "\n\nWords about topic" + i + " here.\n", texts));
        }
        notes.add(stored(parser, "Target.md", "# Target\n\nThe target.\n", texts));
        notes.add(stored(parser, "Mentioner.md", "# Mentioner\n\nThis names the Target plainly.\n", texts));
        ConceptGraph graph = ConceptGraph.build(notes, List.of());

        assertThat(graph.unlinkedMentions(NotePath.of("Target.md"))).hasSize(1);
        assertThat(texts.get()).isEqualTo(1); // the mentioner's body; not all 52
    }

    /** The note as the parse cache keeps it: body, plain text and word filter in a store that counts text reads. */
    private static Note stored(NoteParser parser, String path, String text, AtomicInteger texts) {
        Note note = parser.parse(NotePath.of(path), text, NoteParser.FileInfo.NONE, new ArrayList<>());
        byte[] body = note.body().getBytes(StandardCharsets.UTF_8);
        byte[] plain = note.plainText().getBytes(StandardCharsets.UTF_8);
        byte[] words = WordFilter.of(note.body()).toBytes();
        byte[] all = new byte[body.length + plain.length + words.length];
        System.arraycopy(body, 0, all, 0, body.length);
        System.arraycopy(plain, 0, all, body.length, plain.length);
        System.arraycopy(words, 0, all, body.length + plain.length, words.length);
        int wordsAt = body.length + plain.length;
        NoteText.Store store = (position, length) -> {
            if (position < wordsAt) {
                texts.incrementAndGet();
            }
            return java.util.Arrays.copyOfRange(all, (int) position, (int) position + length);
        };
        return new Note(note.path(), note.format(), note.title(), note.aliases(), note.tags(), note.frontmatter(),
                NoteText.stored(store, 0, body.length, body.length, plain.length, wordsAt, words.length),
                note.bodyLine(), note.headings(), note.blocks(), note.links(), note.size(), note.modified(),
                note.hash(), note.warnings());
    }
}
