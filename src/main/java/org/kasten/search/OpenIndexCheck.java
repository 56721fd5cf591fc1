package org.kasten.search;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checking the files of an index already in use. The files of a cleanly closed index are not verified on
 * opening (that would delay the first search), so they are verified in the background afterwards, and again
 * when a search meets damage. Damage found makes the index forget its clean close: the next open verifies every
 * file and rebuilds it ({@link IndexIntegrity}).
 */
final class OpenIndexCheck {

    private static final Logger LOG = LoggerFactory.getLogger(OpenIndexCheck.class);

    private final Directory directory;
    /** The index folder, or null for an index in memory. */
    private final Path folder;
    private final SearcherManager manager;
    private volatile boolean closing;
    private volatile boolean damaged;

    OpenIndexCheck(Directory directory, Path folder, SearcherManager manager) {
        this.directory = directory;
        this.folder = folder;
        this.manager = manager;
    }

    /** Verifies the open index's files; damage is logged once and remembered ({@link #damaged()}). */
    void verifyQuietly() {
        try {
            IndexSearcher s = manager.acquire();
            try {
                verify(s.getIndexReader());
            } finally {
                manager.release(s);
            }
        } catch (CorruptIndexException e) {
            damaged();
            LOG.warn("the search index at {} is damaged ({}); it is rebuilt at the next start", folder, IndexIntegrity.describe(e));
        } catch (IOException | RuntimeException e) {
            // closed meanwhile: checked at the next open
        }
    }

    /** Verifies the checksums of the files of {@code reader}'s segments (stops when the index closes). */
    void verify(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (FilterLeafReader.unwrap(leaf.reader()) instanceof SegmentReader segment) {
                IndexIntegrity.verify(directory, segment.getSegmentInfo().files(), () -> closing);
            }
        }
    }

    /** Damage was met: the index is not marked clean again, so the next open verifies and rebuilds it. */
    void damaged() {
        damaged = true;
        if (folder != null) {
            IndexIntegrity.forgetClean(folder);
        }
    }

    /** Whether damage was met since opening (then the close does not mark the index clean). */
    boolean isDamaged() {
        return damaged;
    }

    /** The index is closing: a verification running stops after its current file. */
    void closing() {
        closing = true;
    }
}
