package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.kasten.note.Note;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link NoteIndex} writes through its Lucene writer: one note's document (replaced, keyed by path) or its
 * removal, the indexing buffers flushed in parallel, and whether the last sync went through in the commit data.
 * A note Lucene refuses is left out with a warning naming it; the rest of the index is unharmed.
 */
final class NoteWrites {

    private static final Logger LOG = LoggerFactory.getLogger(NoteWrites.class);
    private final IndexWriter writer;

    NoteWrites(IndexWriter writer) {
        this.writer = writer;
    }

    /**
     * Writes (replaces) the document of one note and returns the writer's sequence number, or -1 when the note
     * cannot be indexed (Lucene refused its document): then it is left out, with a warning naming it, and the
     * rest of the index is unharmed. What is too long to index in a note is told to {@code warnings} too.
     */
    long write(IndexedNote indexed, Consumer<String> warnings) throws IOException {
        Note note = indexed.note();
        Term id = new Term(NoteFields.PATH, note.path().value());
        if (id.bytes().length > IndexWriter.MAX_TERM_LENGTH) {
            // not even given to the writer: an immense term in its delete queue fails every later change
            warnings.accept(note.path().value() + ": left out of the search index (its path is too long to be a term)");
            return -1;
        }
        try {
            return writer.updateDocument(id, NoteDocuments.toDocument(note, indexed.anchorText(), indexed.backlinks(), warnings));
        } catch (IllegalArgumentException e) {
            warnings.accept(note.path().value() + ": left out of the search index (" + firstLine(e) + ")");
            writer.deleteDocuments(id); // not its old version either: the note is not in the index
            return -1;
        }
    }

    /** Removes the document of the note at {@code path}; returns the writer's sequence number. */
    long delete(String path) throws IOException {
        return writer.deleteDocuments(new Term(NoteFields.PATH, path));
    }

    /** Lucene's message up to its first detail (some quote a whole term as a list of bytes). */
    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf(", all of which");
        cut = cut < 0 ? Math.min(message.length(), 160) : cut;
        return message.substring(0, cut);
    }

    /**
     * Writes the indexing buffers (one per thread that indexed) into segments on as many threads. The commit
     * would write them one after the other on its own thread, with the other core idle.
     */
    void flushBuffers() throws IOException {
        try {
            IntStream.range(0, 2).parallel().forEach(i -> {
                try {
                    while (writer.flushNextBuffer()) {
                        // one buffer per call
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Stops choosing merges until the returned action is run, which puts the writer's merge policy back. For a
     * first build, which {@link NoteIndex#sync} merges into one segment when it ends: the merges a policy chooses
     * while it runs (as buffers fill, or a searcher's reopen flushes them) only merge part of the index twice, and
     * a command that ends right after the build stops the last merge anyway.
     */
    Runnable pauseMerges() {
        MergePolicy policy = writer.getConfig().getMergePolicy();
        writer.getConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        return () -> writer.getConfig().setMergePolicy(policy);
    }

    /**
     * Starts merging the index into one segment on Lucene's merge thread and returns; a writer closed meanwhile
     * (the index closing) or a merge that cannot start is left as it is, with a warning: the next sync merges.
     */
    void mergeIntoOne() {
        try {
            writer.forceMerge(1, false);
        } catch (IOException | RuntimeException e) {
            if (writer.isOpen()) {
                LOG.warn("could not merge the search index: {}", IndexOpening.describe(e));
            }
        }
    }

    /** True while a merge runs (tests). */
    boolean merging() {
        return !writer.getMergingSegments().isEmpty();
    }

    /** The merge policy in effect (tests). */
    MergePolicy mergePolicy() {
        return writer.getConfig().getMergePolicy();
    }

    /**
     * Records in the next commit whether a sync went through ({@link NoteIndex#COMPLETE_KEY}); only when that
     * changes, as setting commit data counts as a change (a current index reopened writes nothing).
     */
    void markComplete(boolean complete) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        if (!String.valueOf(complete).equals(data.get(NoteIndex.COMPLETE_KEY))) {
            data.put(NoteIndex.COMPLETE_KEY, String.valueOf(complete));
            writer.setLiveCommitData(data.entrySet());
        }
    }
}
