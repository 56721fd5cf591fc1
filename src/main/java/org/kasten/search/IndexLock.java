package org.kasten.search;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexWriter;

/**
 * Whether an index folder is held by a live writer (a window, or another command indexing), told without taking
 * its write lock or writing anything. Lucene's lock is an operating-system lock on {@code write.lock}: a shared
 * lock on it cannot be had while another process holds it. In this process the writers are known by name instead:
 * on POSIX systems closing any handle of the lock file would release the lock a writer here holds.
 */
final class IndexLock {

    /** The folders this process has an index writer open on. */
    private static final Set<Path> WRITING_HERE = ConcurrentHashMap.newKeySet();

    private IndexLock() {
    }

    /** A writer of this process opened {@code folder}. */
    static void opened(Path folder) {
        WRITING_HERE.add(key(folder));
    }

    /** That writer is closed. */
    static void closed(Path folder) {
        WRITING_HERE.remove(key(folder));
    }

    /** True when a writer, of this process or another, holds {@code folder}'s write lock now. */
    static boolean held(Path folder) {
        if (WRITING_HERE.contains(key(folder))) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(folder.resolve(IndexWriter.WRITE_LOCK_NAME), StandardOpenOption.READ)) {
            FileLock shared = channel.tryLock(0, Long.MAX_VALUE, true);
            if (shared == null) {
                return true;
            }
            shared.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // no lock file: no writer has the folder open
        }
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
