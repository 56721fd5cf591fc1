package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class SegmentCacheTest {

    @Test
    void valuesPerSegmentAndKeyTheOldestLetGoBeyondTheCapacityAClosedSegmentsAllAtOnce() throws Exception {
        SegmentCache<String, byte[]> cache = new SegmentCache<>(3);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int commit = 0; commit < 2; commit++) { // two segments, of 1 and 2 docs
                for (int i = 0; i <= commit; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", commit + "-" + i, Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.commit();
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            LeafReader first = reader.leaves().get(0).reader();
            LeafReader second = reader.leaves().get(1).reader();
            byte[] a = cache.get(first, "a", byte[]::new);
            assertThat(a).hasSize(first.maxDoc());
            assertThat(cache.get(first, "a", byte[]::new)).isSameAs(a);
            assertThat(cache.get(first, "b", byte[]::new)).isNotSameAs(a);
            cache.get(second, "a", byte[]::new);
            assertThat(cache.size()).isEqualTo(3);
            cache.get(first, "a", byte[]::new); // used: now the newest
            cache.get(second, "b", byte[]::new); // a fourth: the least recently used (first, "b") goes
            assertThat(cache.size()).isEqualTo(3);
            assertThat(cache.get(first, "a", byte[]::new)).isSameAs(a);

            writer.forceMerge(1);
            writer.commit();
            DirectoryReader merged = DirectoryReader.open(dir);
            reader.close(); // both segments close: every value of theirs goes
            assertThat(cache.size()).isZero();
            cache.get(merged.leaves().get(0).reader(), "a", byte[]::new);
            assertThat(cache.size()).isEqualTo(1);
            merged.close();
        }
    }
}
