package org.kasten.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.kasten.note.NotePath;

/**
 * A vault's index as last committed, opened for reading only: which note files it holds (size and modification
 * time) and a searcher over it whose snippets come from the stored text. A command answers from it when the
 * files on disk are those it holds, without loading the vault, and without the index's write lock (a window
 * may hold it). Only an index of this schema whose last sync went through is opened, and only when it was closed
 * cleanly or a live writer holds it now (its latest commit then is that writer's, read as it is, never written).
 */
public final class IndexSnapshot implements AutoCloseable {

    private final Directory directory;
    private final SearcherManager manager;
    private final Map<String, StoredNote> files;
    private final NoteSearcher searcher;

    private IndexSnapshot(Directory directory, SearcherManager manager, Map<String, StoredNote> files) {
        this.directory = directory;
        this.manager = manager;
        this.files = files;
        this.searcher = new NoteSearcher(manager);
    }

    /**
     * False when {@code folder} holds no index that was ever closed cleanly or written ({@link #open} would be
     * empty): a look at two small files, so a first build need not list the vault to find out there is nothing to
     * answer from. (A writer's lock file stays when it is released; {@link #open} then decides.)
     */
    public static boolean mayOpen(Path folder) {
        return Files.isRegularFile(folder.resolve(IndexIntegrity.CLEAN_MARKER))
                || Files.exists(folder.resolve(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME));
    }

    /** The index in {@code folder}, or empty when there is none, it is of another schema, incomplete or unreadable. */
    public static Optional<IndexSnapshot> open(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Directory directory = null;
        DirectoryReader reader = null;
        try {
            directory = FSDirectory.open(folder);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return Optional.empty();
            }
            reader = DirectoryReader.open(directory);
            Map<String, String> data = reader.getIndexCommit().getUserData();
            if (!NoteFields.SCHEMA_VERSION.equals(data.get(NoteIndex.SCHEMA_KEY))
                    || !"true".equals(data.get(NoteIndex.COMPLETE_KEY))
                    || !IndexIntegrity.closedCleanlyAt(folder, reader.getIndexCommit().getSegmentsFileName())
                    && !IndexLock.held(folder)) {
                // not cleanly closed and no one writing it: the full open verifies its files (and rebuilds a
                // damaged one). A live writer (a window) opened it so, and wrote every commit since itself.
                reader.close();
                directory.close();
                return Optional.empty();
            }
            Map<String, StoredNote> files = StoredNote.readAll(reader);
            return Optional.of(new IndexSnapshot(directory, new SearcherManager(reader, null), files));
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader);
            closeQuietly(directory);
            return Optional.empty(); // the full path opens it again, and replaces it with a warning if it must
        }
    }

    /** How many notes the index holds. */
    public int size() {
        return files.size();
    }

    /** True when the index holds the note at {@code path} as a file of that size and modification time. */
    public boolean holds(NotePath path, long size, long modified) {
        StoredNote stored = files.get(path.value());
        return stored != null && stored.size() == size && stored.modified() == modified;
    }

    /** A searcher over this snapshot: graph data (backlink counts) and snippet text come from the index. */
    public NoteSearcher searcher() {
        return searcher;
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            directory.close();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                // opening failed already; nothing more to say
            }
        }
    }
}
