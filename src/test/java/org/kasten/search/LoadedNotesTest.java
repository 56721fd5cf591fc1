package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class LoadedNotesTest {

    @Test
    void aSegmentsKeptNotesAreKeptWhileItLivesAndLetGoWhenItCloses() throws Exception {
        LoadedNotes notes = new LoadedNotes(path -> null);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int commit = 0; commit < 2; commit++) { // two segments
                Document doc = new Document();
                doc.add(new StringField("path", "note" + commit, Field.Store.NO));
                writer.addDocument(doc);
                writer.commit();
            }
            DirectoryReader before = DirectoryReader.open(dir);
            assertThat(before.leaves()).hasSize(2);
            for (LeafReaderContext leaf : before.leaves()) {
                Object[] kept = notes.kept(leaf.reader());
                kept[0] = LoadedNotes.NOT_LOADED;
                assertThat(notes.kept(leaf.reader())).as("the same array while the segment lives").isSameAs(kept);
            }
            assertThat(notes.segments()).isEqualTo(2);
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader after = DirectoryReader.open(dir);
            before.close(); // the two merged-away segments close
            assertThat(notes.segments()).isZero();
            notes.kept(after.leaves().get(0).reader());
            assertThat(notes.segments()).isEqualTo(1);
            after.close();
        }
    }
}
