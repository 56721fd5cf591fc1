package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexReader;

/**
 * How {@link NoteSearcher} says a failed search. Damaged index files make Lucene fail in any way, not only with a
 * checksum error, so an unexpected failure has the reader's files checked (once per reader): damage is then said
 * in one line and told to the index, which rebuilds itself at its next open; anything else is rethrown as it was.
 */
final class SearchFailures {

    /** Checks the checksums of the files behind a reader; throws a CorruptIndexException for a damaged one. */
    interface Verifier {
        void verify(IndexReader reader) throws IOException;
    }

    /** Told when a search meets damaged index files. */
    private volatile Runnable whenDamaged = () -> { };
    private volatile Verifier verifier = reader -> { };
    /** The last reader whose files {@link #verifier} found sound: a failing search checks each reader once. */
    private volatile IndexReader verified;

    /** See {@link NoteSearcher#whenDamaged}. */
    void whenDamaged(Verifier verifier, Runnable action) {
        this.verifier = verifier;
        this.whenDamaged = action;
    }

    /** A failed read as an unchecked exception; damage is told once to {@link #whenDamaged} and said plainly. */
    UncheckedIOException failed(IOException e) {
        if (e instanceof CorruptIndexException damage) {
            return damaged(damage);
        }
        return new UncheckedIOException(e);
    }

    private UncheckedIOException damaged(CorruptIndexException damage) {
        whenDamaged.run();
        return new Damaged(damage);
    }

    /** A search failed on damaged index files: said in one line. */
    private static final class Damaged extends UncheckedIOException {
        Damaged(CorruptIndexException damage) {
            super("the search index is damaged (" + IndexIntegrity.describe(damage)
                    + "); it is rebuilt the next time Kasten opens it", damage);
        }
    }

    /** A search that failed unexpectedly: said as damage when the reader's files are damaged, else as it was. */
    RuntimeException failed(Throwable e, IndexReader reader) {
        if (e instanceof Damaged said) {
            return said;
        }
        if (e instanceof UncheckedIOException u && u.getCause() instanceof CorruptIndexException damage) {
            return damaged(damage);
        }
        if (reader != verified) {
            try {
                verifier.verify(reader);
                verified = reader;
            } catch (CorruptIndexException damage) {
                return damaged(damage);
            } catch (IOException | RuntimeException other) {
                e.addSuppressed(other);
            }
        }
        if (e instanceof RuntimeException r) {
            return r;
        }
        throw (Error) e;
    }
}
