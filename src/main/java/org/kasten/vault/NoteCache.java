package org.kasten.vault;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parse cache: every note of a vault as last parsed, in one file outside the vault, so an unchanged vault
 * reopens without reading or parsing its files. Keyed by path, size and modification time; a different
 * format version, or any damage, means the cache is ignored (and rewritten): it is derived data.
 */
final class NoteCache {

    /**
     * Bump whenever the parser's output or this layout changes. Like git's index, a file whose size and
     * modification time are both unchanged is taken as unchanged (its content hash is not recomputed).
     */
    static final int VERSION = 4;
    static final long MAGIC = 0x4B415354454E4E43L; // "KASTENNC"
    /** Asked for only when there is something to say: setting up logging costs a short command much of its time. */
    private static Logger log() {
        return LoggerFactory.getLogger(NoteCache.class);
    }

    private final Path file;

    NoteCache(Path file) {
        this.file = file;
    }

    /**
     * The cached notes by path; empty when there is no usable cache. Their texts stay in the file, kept open,
     * and are read when asked.
     */
    Map<NotePath, Note> read() {
        CacheTexts texts;
        try {
            texts = CacheTexts.open(file);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            log().warn("note cache {} unreadable ({}); it will be rebuilt", file, e.toString());
            return Map.of();
        }
        try {
            Counting counted = new Counting(new BufferedInputStream(texts.stream(), 1 << 16));
            DataInputStream in = new DataInputStream(counted);
            if (in.readLong() != MAGIC || in.readInt() != VERSION) {
                texts.close();
                return Map.of();
            }
            int count = CacheFields.count(in);
            Map<NotePath, Note> notes = new HashMap<>(Math.min(count, 1 << 16) * 2);
            SharedStrings shared = new SharedStrings();
            for (int i = 0; i < count; i++) {
                Note note = NoteCacheFormat.read(in, counted::count, texts, shared);
                notes.put(note.path(), note);
            }
            if (notes.isEmpty()) {
                texts.close();
            }
            return notes;
        } catch (IOException | RuntimeException e) {
            texts.close();
            log().warn("note cache {} unreadable ({}); it will be rebuilt", file, e.toString());
            return Map.of();
        }
    }

    /** Counts the bytes read through it: the position in the file of the next byte. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
