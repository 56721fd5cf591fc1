package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Opening a {@link PassageIndex}'s folder: for reading only, for writing (made anew when its schema is another
 * model's or layout, or it is unreadable), in memory, and the look at the last commit that says whether a
 * complete build is there.
 */
final class PassageIndexOpening {

    private PassageIndexOpening() {
    }

    /**
     * As {@link PassageIndex#readOnly}: the commit that is checked for being complete and of this schema is the
     * one searched (a writer in another process may commit an unfinished build at any moment).
     */
    static PassageIndex readOnly(Path folder, Embedder embedder) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        Directory directory = null;
        DirectoryReader reader = null;
        try {
            directory = FSDirectory.open(folder);
            if (DirectoryReader.indexExists(directory)) {
                reader = DirectoryReader.open(directory);
                Map<String, String> data = reader.getIndexCommit().getUserData();
                if ("true".equals(data.get(PassageIndex.COMPLETE_KEY))
                        && PassageIndex.schema(embedder).equals(data.get(PassageIndex.SCHEMA_KEY))) {
                    return new PassageIndex(directory, reader, embedder);
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: as if there were none
        }
        try {
            if (reader != null) {
                reader.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException ignored) {
            // nothing was written
        }
        return null;
    }

    /** As {@link PassageIndex#open}. */
    static PassageIndex open(Path folder, Embedder embedder) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            boolean current = false;
            try {
                if (DirectoryReader.indexExists(directory)) {
                    try (DirectoryReader reader = DirectoryReader.open(directory)) {
                        current = PassageIndex.schema(embedder).equals(reader.getIndexCommit().getUserData().get(PassageIndex.SCHEMA_KEY));
                    }
                }
            } catch (IOException | RuntimeException damaged) {
                current = false;
            }
            IndexWriterConfig config = new IndexWriterConfig();
            config.setOpenMode(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
            config.setCommitOnClose(true);
            IndexWriter writer = new IndexWriter(directory, config);
            if (!current) {
                writer.setLiveCommitData(Map.of(PassageIndex.SCHEMA_KEY, PassageIndex.schema(embedder), PassageIndex.COMPLETE_KEY, "false").entrySet());
            }
            return new PassageIndex(directory, writer, embedder, !current);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** As {@link PassageIndex#inMemory}. */
    static PassageIndex inMemory(Embedder embedder) {
        try {
            Directory memory = new ByteBuffersDirectory();
            IndexWriter writer = new IndexWriter(memory, new IndexWriterConfig());
            writer.setLiveCommitData(Map.of(PassageIndex.SCHEMA_KEY, PassageIndex.schema(embedder), PassageIndex.COMPLETE_KEY, "false").entrySet());
            return new PassageIndex(memory, writer, embedder, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link PassageIndex#ready}. */
    static boolean ready(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Map<String, String> data = reader.getIndexCommit().getUserData();
                return "true".equals(data.get(PassageIndex.COMPLETE_KEY)) && String.valueOf(data.get(PassageIndex.SCHEMA_KEY)).startsWith(PassageIndex.LAYOUT + ":");
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
