package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kasten.search.TestNotes.note;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.Progress;

/** A word weighs as much as it is rare in the whole vault, in every field. */
class WordQueryTest {

    @Test
    void idfIsBm25s() {
        assertThat(WordQuery.idf(1, 10)).isCloseTo(Math.log(1 + 9.5 / 1.5), within(1e-9));
        assertThat(WordQuery.idf(10, 10)).isCloseTo(Math.log(1 + 0.5 / 10.5), within(1e-9));
    }

    @Test
    void aWordInEveryNoteCountsLittleEvenInATitle() throws IOException {
        // "notes" is in every note but only one title: rare among titles, common in the vault
        List<Note> notes = List.of(
                note("Notes.md").text("Stripes painted on the wall, and notes.").build(),
                note("Savanna.md").text("A zebra has stripes. Field notes.").build(),
                note("A.md").text("Some notes on cooking.").build(),
                note("B.md").text("More notes on travel.").build(),
                note("C.md").text("Notes about music.").build(),
                note("D.md").text("Notes about books.").build());
        try (NoteIndex index = NoteIndex.inMemory()) {
            index.sync(IndexedNote.unlinked(notes), Progress.NONE, () -> false);
            List<String> paths = index.searcher().search("zebra stripes notes", 10).hits().stream()
                    .map(h -> h.path().value()).toList();
            assertThat(paths).first().isEqualTo("Savanna.md");
        }
    }

    @Test
    void stopWordsWordsOfSeveralTokensAndUnknownWordsAreLeftToTheCaller() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(NoteAnalyzers.perField()))) {
            writer.addDocument(NoteDocuments.toDocument(note("A.md").text("The zebra is 15-year-old.").build()));
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(WordQuery.blended(reader, NoteAnalyzers.stemmed(), "zebras", 0.5f)).isNotNull();
            assertThat(WordQuery.blended(reader, NoteAnalyzers.stemmed(), "the", 0.5f)).isNull();
            assertThat(WordQuery.blended(reader, NoteAnalyzers.stemmed(), "15-year-old", 0.5f)).isNull();
            assertThat(WordQuery.blended(reader, NoteAnalyzers.stemmed(), "giraffe", 0.5f)).isNull();
        }
    }
}
