package org.kasten.vault;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
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
    static final int VERSION = 3;
    private static final long MAGIC = 0x4B415354454E4E43L; // "KASTENNC"
    /** Asked for only when there is something to say: setting up logging costs a short command much of its time. */
    private static Logger log() {
        return LoggerFactory.getLogger(NoteCache.class);
    }

    private final Path file;

    NoteCache(Path file) {
        this.file = file;
    }

    /** The cached notes by path; empty when there is no usable cache. */
    Map<NotePath, Note> read() {
        return read(true);
    }

    /** As {@link #read()}; without {@code withText} the notes' body and plain text are left empty (never written back). */
    Map<NotePath, Note> read(boolean withText) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readLong() != MAGIC || in.readInt() != VERSION) {
                return Map.of();
            }
            int count = NoteCacheFormat.count(in);
            Map<NotePath, Note> notes = new HashMap<>(Math.min(count, 1 << 16) * 2);
            for (int i = 0; i < count; i++) {
                Note note = NoteCacheFormat.read(in, withText);
                notes.put(note.path(), note);
            }
            return notes;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            log().warn("note cache {} unreadable ({}); it will be rebuilt", file, e.toString());
            return Map.of();
        }
    }

    /** Replaces the cache with these notes (written to a temporary file, then moved into place). */
    void write(Collection<Note> notes) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                out.writeLong(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(notes.size());
                for (Note note : notes) {
                    NoteCacheFormat.write(out, note);
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            log().warn("note cache {} not written ({})", file, e.toString());
        }
    }
}
