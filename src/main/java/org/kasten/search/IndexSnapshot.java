package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    private final DirectoryReader reader;
    /** The clean close's record of this commit, or null when it was opened as a live writer's. */
    private final String cleanRecord;
    private final Path folder;
    /** Every live document's file facts, read when first asked for (a remembered commit needs none). */
    private Map<String, StoredNote> files;
    private final NoteSearcher searcher;

    private IndexSnapshot(Path folder, Directory directory, DirectoryReader reader, String cleanRecord) throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.reader = reader;
        this.cleanRecord = cleanRecord;
        this.manager = new SearcherManager(reader, null);
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
            String cleanRecord = IndexIntegrity.cleanRecordAt(folder, reader.getIndexCommit().getSegmentsFileName());
            if (!NoteFields.SCHEMA_VERSION.equals(data.get(NoteIndex.SCHEMA_KEY))
                    || !"true".equals(data.get(NoteIndex.COMPLETE_KEY))
                    || cleanRecord == null && !IndexLock.held(folder)) {
                // not cleanly closed and no one writing it: the full open verifies its files (and rebuilds a
                // damaged one). A live writer (a window) opened it so, and wrote every commit since itself.
                reader.close();
                directory.close();
                return Optional.empty();
            }
            return Optional.of(new IndexSnapshot(folder, directory, reader, cleanRecord));
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader);
            closeQuietly(directory);
            return Optional.empty(); // the full path opens it again, and replaces it with a warning if it must
        }
    }

    /**
     * True when the index in {@code folder} is known to hold exactly the note files whose stamps digest to
     * {@code stamps} (a digest of every note's path, size and modification time, made by the caller the same way
     * each time): its latest commit was closed cleanly, is as that close left it, and was found holding those
     * files by a command that {@link #remember remembered} it. Opens no index file; false means "not known", and
     * the caller opens the index and compares.
     */
    public static boolean knownToHold(Path folder, String stamps) {
        return StampMemo.holds(folder, stamps);
    }

    /** True when this commit was {@link #remember remembered} holding the files of {@code stamps}. */
    public boolean remembers(String stamps) {
        return cleanRecord != null && StampMemo.remembers(folder, cleanRecord, stamps);
    }

    /**
     * Remembers that this commit holds the note files of {@code stamps} (the caller compared them all), so the
     * next command with the same files answers from {@link #knownToHold}; nothing for a live writer's commit.
     */
    public void remember(String stamps) {
        if (cleanRecord != null) {
            StampMemo.remember(folder, cleanRecord, stamps);
        }
    }

    /** How many notes the index holds. */
    public int size() {
        return files().size();
    }

    /** True when the index holds the note at {@code path} as a file of that size and modification time. */
    public boolean holds(NotePath path, long size, long modified) {
        StoredNote stored = files().get(path.value());
        return stored != null && stored.size() == size && stored.modified() == modified;
    }

    private Map<String, StoredNote> files() {
        if (files == null) {
            try {
                files = StoredNote.readAll(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
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
