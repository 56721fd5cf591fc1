package org.kasten.vault;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.lang.ref.Cleaner;
import java.nio.file.Path;

import org.kasten.note.NoteText;

/**
 * One generation of the parse cache, kept open so the notes read from it (or written to it) read their texts
 * from it when asked instead of holding them. The file stays readable while it is open even after a newer
 * cache replaces it (on Linux and macOS; on Windows the replacing fails and the cache is rewritten later).
 * Closed when no note points into it any more. A {@link RandomAccessFile}, not a {@code FileChannel}: an
 * interrupted reader would close a channel for every note.
 */
final class CacheTexts implements NoteText.Store {

    private static final class Holder {
        static final Cleaner CLEANER = Cleaner.create();
    }

    private final RandomAccessFile file;
    private final Path path;

    private CacheTexts(RandomAccessFile file, Path path) {
        this.file = file;
        this.path = path;
        Holder.CLEANER.register(this, new Closer(file));
    }

    /** Opens {@code path} for reading texts by position. */
    static CacheTexts open(Path path) throws IOException {
        return new CacheTexts(new RandomAccessFile(path.toFile(), "r"), path);
    }

    /** The file from its start, for reading it through once (shares the file's position: before any text is read). */
    InputStream stream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                return file.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return file.read(b, off, len);
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = Math.max(0, Math.min(n, file.length() - file.getFilePointer()));
                file.seek(file.getFilePointer() + skipped);
                return skipped;
            }
        };
    }

    @Override
    public byte[] bytes(long position, int length) throws IOException {
        byte[] bytes = new byte[length];
        synchronized (file) {
            file.seek(position);
            try {
                file.readFully(bytes);
            } catch (EOFException e) {
                throw new IOException("parse cache " + path + " is shorter than it was", e);
            }
        }
        return bytes;
    }

    /** Closes the file now (when no note was given a position in it). */
    void close() {
        new Closer(file).run();
    }

    @Override
    public String toString() {
        return "parse cache " + path;
    }

    /** Closes the file; holds no reference to the {@link CacheTexts}, so that can become unreachable. */
    private record Closer(RandomAccessFile file) implements Runnable {
        @Override
        public void run() {
            try {
                file.close();
            } catch (IOException e) {
                // nothing left to read from it
            }
        }
    }
}
