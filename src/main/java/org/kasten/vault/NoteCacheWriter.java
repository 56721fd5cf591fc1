package org.kasten.vault;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.kasten.note.Note;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a new generation of the parse cache note by note, from any thread, while a vault is being read: each
 * note's record goes to a temporary file beside the cache as soon as the note is {@link #add added}, and from then
 * on the note reads its texts from that file instead of holding them. So a large vault being read holds its notes'
 * records, not their texts (most of its bytes): the texts die young and the collector does not copy them.
 * {@link #finish} writes the notes not added yet, the count, and moves the file into place. Until the first note
 * no file is made. A note's texts are copied once, into the chunk, as a buffered stream would copy them: its word
 * filter is made (or read) before the lock is taken, the record is written under it. A write that fails stops the
 * writing: the notes not written keep their texts in memory and the cache is not replaced (it is derived data; the
 * next load writes it). Thread-safe.
 */
final class NoteCacheWriter {

    /** Written to the file in chunks of about this many bytes; the notes of a chunk hold their texts until then. */
    private static final int CHUNK_BYTES = 1 << 16;
    /** Where the note count sits in the file: after the magic number and the version. */
    private static final int COUNT_AT = Long.BYTES + Integer.BYTES;

    private static Logger log() {
        return LoggerFactory.getLogger(NoteCacheWriter.class);
    }

    /** A note written to the chunk, and where its texts will be in the file. */
    private record Pending(Note note, NoteCacheFormat.Texts at) {
    }

    private final Path file;
    private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK_BYTES + (CHUNK_BYTES >> 2));
    private final DataOutputStream record = new DataOutputStream(chunk);
    private final List<Pending> pending = new ArrayList<>();
    private Path temp;
    private OutputStream out;
    private CacheTexts texts;
    /** Bytes in the file so far (the chunk's come after them). */
    private long flushed;
    private int count;
    private boolean failed;
    private boolean finished;

    /** A writer of the parse cache {@code file}. */
    NoteCacheWriter(Path file) {
        this.file = file;
    }

    /**
     * Writes {@code note} to the new cache (its record made on the calling thread; the texts move to the file with
     * the chunk it is in). Does nothing once the writing has failed or finished.
     */
    void add(Note note) {
        byte[] words;
        try {
            words = note.text().words().toBytes();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        synchronized (this) {
            if (failed || finished) {
                return;
            }
            try {
                open();
                NoteCacheFormat.Texts at = NoteCacheFormat.write(record, note, words, () -> flushed + chunk.size());
                count++;
                pending.add(new Pending(note, at));
                if (chunk.size() >= CHUNK_BYTES) {
                    flush();
                }
            } catch (IOException | RuntimeException e) {
                fail(e);
            }
        }
    }

    /**
     * Writes each of {@code rest} (the notes not added: those reused from the previous cache), then the count, and
     * replaces the cache with the file; every note written reads its texts from it from then on. Once only.
     */
    void finish(List<Note> rest) {
        rest.forEach(this::add);
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            if (failed) {
                return;
            }
            try {
                open();
                flush();
                out.close();
                try (RandomAccessFile header = new RandomAccessFile(temp.toFile(), "rw")) {
                    header.seek(COUNT_AT);
                    header.writeInt(count);
                }
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | RuntimeException e) {
                failed = true;
                discard(e);
            }
        }
    }

    /** Gives up: no cache is written (when the load itself failed). */
    synchronized void abandon() {
        if (!finished) {
            finished = true;
            if (!failed && temp != null) {
                discard(null);
            }
        }
    }

    /** The temporary file with the header, and its reader, on the first note (under the lock). */
    private void open() throws IOException {
        if (out != null) {
            return;
        }
        Files.createDirectories(file.getParent());
        deleteStaleTemporaryFiles();
        temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        out = new FileOutputStream(temp.toFile()); // not a channel's stream: an interrupted thread does not close it
        texts = CacheTexts.open(temp); // opened before the move: the file written, whoever moves next
        record.writeLong(NoteCache.MAGIC);
        record.writeInt(NoteCache.VERSION);
        record.writeInt(0); // the count, written by finish
    }

    /**
     * A temporary file is as large as the vault's texts and exists while a vault is read; a process ended meanwhile
     * (killed, out of memory, a crash) leaves it behind, and on a system that cannot delete an open file so does a
     * failed write. Those older than {@link #STALE} are deleted (a younger one may be another window's, writing now).
     * Only the cache folder is touched, never the vault.
     */
    private void deleteStaleTemporaryFiles() {
        long before = System.currentTimeMillis() - STALE.toMillis();
        try (java.nio.file.DirectoryStream<Path> stale = Files.newDirectoryStream(file.getParent(),
                file.getFileName().toString() + "*.tmp")) {
            for (Path old : stale) {
                try {
                    if (Files.getLastModifiedTime(old).toMillis() < before) {
                        Files.deleteIfExists(old);
                    }
                } catch (IOException | RuntimeException e) {
                    // left for the next writer
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed: the new file is tried all the same
        }
    }

    /** How old a temporary file of this cache must be to be taken for one left behind. */
    static final java.time.Duration STALE = java.time.Duration.ofHours(1);

    /** Writes the chunk; its notes read their texts from the file from now on (under the lock). */
    private void flush() throws IOException {
        if (chunk.size() > 0) {
            chunk.writeTo(out); // the chunk's own array, not a copy
            flushed += chunk.size();
            chunk.reset();
        }
        for (Pending p : pending) {
            NoteCacheFormat.Texts at = p.at();
            p.note().text().storedIn(texts, at.bodyAt(), at.bodyLength(), at.plainAt(), at.plainLength(), at.wordsAt(),
                    at.wordsLength());
        }
        pending.clear();
    }

    private synchronized void fail(Exception e) {
        if (!failed && !finished) {
            failed = true;
            discard(e);
        }
    }

    /**
     * Closes and deletes the temporary file (under the lock). The notes already moved to it keep reading from it:
     * their reader holds the file open (on Windows, where an open file cannot be deleted, it stays as a stray
     * temporary file in the cache folder).
     */
    private void discard(Exception why) {
        pending.clear();
        chunk.reset();
        if (why != null) {
            log().warn("note cache {} not written ({})", file, why.toString());
        }
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // being deleted
            }
        }
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray temporary file in the cache folder, not in the vault
            }
        }
    }
}
