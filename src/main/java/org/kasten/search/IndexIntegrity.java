package org.kasten.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Whether an index folder was left cleanly, and checking its files' checksums. Opening an index reads only
 * its small files whole; random bytes in a large one (stored text, terms, doc values) go unnoticed until a
 * search reads them, and then fail it or change its scores. So a clean close records which commit it left and
 * the state of that commit's files ({@link CommitFiles}) in a marker file beside Lucene's, and an index whose
 * latest commit is not that one (a process ended during indexing, or the marker is gone) or whose files were
 * changed since has every file's checksum verified before it is used.
 */
final class IndexIntegrity {

    /** Holds the record of the commit a clean close left ({@link CommitFiles}). Not a Lucene file name. */
    static final String CLEAN_MARKER = "kasten-clean";

    private static final Pattern RESOURCE_PATH = Pattern.compile("path=\"([^\"]+)\"");

    private IndexIntegrity() {
    }

    /**
     * True when the last clean close in {@code folder} left the commit {@code segmentsFile} and that commit's
     * files are as it left them (same sizes and times).
     */
    static boolean closedCleanlyAt(Path folder, String segmentsFile) {
        return cleanRecordAt(folder, segmentsFile) != null;
    }

    /**
     * The record the last clean close in {@code folder} left when it left commit {@code segmentsFile} and that
     * commit's files are as it left them (what identifies this very commit); null when not.
     */
    static String cleanRecordAt(Path folder, String segmentsFile) {
        try {
            String record = Files.readString(folder.resolve(CLEAN_MARKER), StandardCharsets.UTF_8);
            return CommitFiles.matches(folder, segmentsFile, record) ? record : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Records that {@code folder} was closed cleanly at {@code commit}, with the state of its files; writes
     * nothing when that very record is there already (reading an index must not write to it), atomically otherwise.
     */
    static void markClean(Path folder, SegmentInfos commit) throws IOException {
        String record = CommitFiles.record(folder, commit.getSegmentsFileName(), commit.files(true));
        Path marker = folder.resolve(CLEAN_MARKER);
        try {
            if (record.equals(Files.readString(marker, StandardCharsets.UTF_8))) {
                return;
            }
        } catch (IOException e) {
            // no marker yet (or an unreadable one): written below
        }
        Path temporary = folder.resolve(CLEAN_MARKER + ".tmp");
        Files.writeString(temporary, record, StandardCharsets.UTF_8);
        Files.move(temporary, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Forgets the clean close, so that the next open verifies every file (after damage was seen). */
    static void forgetClean(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(CLEAN_MARKER));
        } catch (IOException e) {
            // then the damage is met again, and reported again
        }
    }

    /**
     * Reads each of {@code files} whole and compares it with the checksum in its footer; stops early when
     * {@code cancelled} says so between files.
     *
     * @throws CorruptIndexException naming the first damaged file
     */
    static void verify(Directory directory, Collection<String> files, BooleanSupplier cancelled) throws IOException {
        for (String file : files) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            try (IndexInput in = directory.openInput(file, IOContext.READONCE)) {
                CodecUtil.checksumEntireFile(in);
            }
        }
    }

    /** A short account of damage: Lucene's message without the reader chain, and the file it is in. */
    static String describe(CorruptIndexException e) {
        Matcher path = RESOURCE_PATH.matcher(String.valueOf(e.getResourceDescription()));
        String file = path.find() ? Path.of(path.group(1)).getFileName().toString() : e.getResourceDescription();
        return e.getOriginalMessage() + " in " + file;
    }
}
