package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opening a {@link NoteIndex}: the index in its folder as it was left when that can be trusted, else a fresh
 * one. The index is derived data, so nothing found on disk stops the opening: another schema version is
 * recreated, a damaged or unreadable index is deleted and recreated, one locked by another process is left
 * alone for a temporary index in memory; each case is told as a warning the caller says.
 */
final class IndexOpening {

    private IndexOpening() {
    }

    /** See {@link NoteIndex#open(Path)}. */
    static NoteIndex open(Path folder) throws IOException {
        List<String> warnings = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            return openIn(FSDirectory.open(folder), folder, warnings);
        } catch (LockObtainFailedException e) {
            warnings.add("the search index at " + folder + " is in use by another Kasten; using a temporary index");
        } catch (IOException | RuntimeException e) {
            warnings.add("the search index at " + folder + (e instanceof CorruptIndexException damage
                    ? " was damaged (" + IndexIntegrity.describe(damage) + ") and is rebuilt"
                    : " was unreadable and is rebuilt (" + describe(e) + ")"));
            try {
                deleteContents(folder);
                Directory fresh = FSDirectory.open(folder);
                return created(fresh, folder, warnings);
            } catch (IOException | RuntimeException again) {
                warnings.add("the search index cannot be written at " + folder + "; using a temporary index (" + describe(again) + ")");
            }
        }
        return created(new ByteBuffersDirectory(), null, warnings);
    }

    /** See {@link NoteIndex#inMemory()}. */
    static NoteIndex inMemory() {
        try {
            return created(new ByteBuffersDirectory(), null, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NoteIndex created(Directory directory, Path folder, List<String> warnings) throws IOException {
        IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        return new NoteIndex(directory, folder, writer, true, false, warnings);
    }

    /**
     * Opens the index in {@code directory} to append when its schema is this version's, else creates it. An
     * index not closed cleanly has every file's checksum verified first, and a reader is opened once so that a
     * truncated file fails here, not at the first query.
     */
    private static NoteIndex openIn(Directory directory, Path folder, List<String> warnings) throws IOException {
        IndexWriterConfig.OpenMode mode = IndexWriterConfig.OpenMode.CREATE;
        boolean clean = false;
        if (DirectoryReader.indexExists(directory)) {
            SegmentInfos latest = SegmentInfos.readLatestCommit(directory);
            String schema = latest.getUserData().get(NoteIndex.SCHEMA_KEY);
            if (NoteFields.SCHEMA_VERSION.equals(schema)) {
                mode = IndexWriterConfig.OpenMode.APPEND;
                clean = IndexIntegrity.closedCleanlyAt(folder, latest.getSegmentsFileName());
                if (!clean) {
                    // left during indexing (or never closed cleanly): every file is checked before use
                    IndexIntegrity.verify(directory, latest.files(true), () -> false);
                }
                // opening a reader checks the segments (a truncated file fails here, not at the first query)
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    Objects.requireNonNull(reader);
                }
            } else {
                warnings.add("the search index was written by another version (" + schema + "); rebuilding it");
            }
        }
        IndexWriter writer = new IndexWriter(directory, config(mode));
        return new NoteIndex(directory, folder, writer, mode == IndexWriterConfig.OpenMode.CREATE, clean, warnings);
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(NoteAnalyzers.perField());
        config.setOpenMode(mode);
        // a vault of 10,000 notes is indexed in one buffer per indexing thread: few segments, no merging
        config.setRAMBufferSizeMB(ramBufferMB(Runtime.getRuntime().maxMemory()));
        // segments are few and the index is small: compound files would only copy each segment once more
        config.setUseCompoundFile(false);
        config.getMergePolicy().setNoCFSRatio(0);
        config.setCommitOnClose(true);
        return config;
    }

    /** The indexing buffer: an eighth of the heap, between 64 and 256 MB. */
    static double ramBufferMB(long maxHeapBytes) {
        return Math.max(64, Math.min(256, maxHeapBytes / 8 / (1024 * 1024)));
    }

    /** An exception's kind and message, for a warning. */
    static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static void deleteContents(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }
}
