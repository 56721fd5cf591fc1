package org.kasten.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.lucene.index.SegmentInfos;

/**
 * What a command found the last time it compared a cleanly closed index with the vault's files: that the commit
 * (identified by its clean-close record, {@link CommitFiles}) holds exactly the note files whose stamps digest to
 * a given value (a caller's digest of every note's path, size and modification time). Kept in a small file beside
 * the index folder (never in it: reading an index writes nothing there), so the next command with the same files
 * on disk knows the index is current from the folder listing alone, without opening the index and reading every
 * document's stamps. The memo names the schema too, so a program with another schema never trusts it; any other
 * commit (a sync, a rebuild, a window's writes) has another record and finds no memo.
 */
final class StampMemo {

    private StampMemo() {
    }

    /** The memo's file for the index in {@code indexFolder}: beside it, as the parse cache is. */
    static Path file(Path indexFolder) {
        return indexFolder.resolveSibling(indexFolder.getFileName().toString().concat(".stamps"));
    }

    /**
     * True when the index in {@code indexFolder} was closed cleanly at its latest commit, its files are as that
     * close left them, and that commit was remembered holding the files of {@code stamps}; looks at file names,
     * the clean-close record and the memo only (no index file is opened).
     */
    static boolean holds(Path indexFolder, String stamps) {
        try {
            List<String> files = new ArrayList<>();
            try (DirectoryStream<Path> list = Files.newDirectoryStream(indexFolder)) {
                for (Path file : list) {
                    files.add(file.getFileName().toString());
                }
            }
            String segments = SegmentInfos.getLastCommitSegmentsFileName(files.toArray(new String[0]));
            if (segments == null) {
                return false;
            }
            String record = IndexIntegrity.cleanRecordAt(indexFolder, segments);
            return record != null && remembers(indexFolder, record, stamps);
        } catch (IOException | RuntimeException e) {
            return false; // no memo, or no clean close: the caller opens the index and compares
        }
    }

    /**
     * True when the memo says the commit of clean-close {@code record} holds the files of {@code stamps}.
     */
    static boolean remembers(Path indexFolder, String record, String stamps) {
        try {
            return memo(record, stamps).equals(Files.readString(file(indexFolder), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Remembers that the commit of clean-close {@code record} holds the files of {@code stamps}; atomically, and
     * not at all when the cache cannot be written (the next command then compares again).
     */
    static void remember(Path indexFolder, String record, String stamps) {
        Path file = file(indexFolder);
        Path temporary = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(temporary, memo(record, stamps), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a leftover temporary file is never read
            }
        }
    }

    /** The memo's text: the schema, a digest of the clean-close record, and the stamps' digest. */
    private static String memo(String record, String stamps) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(record.getBytes(StandardCharsets.UTF_8));
            return NoteFields.SCHEMA_VERSION + '\n' + HexFormat.of().formatHex(digest) + '\n' + stamps + '\n';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
