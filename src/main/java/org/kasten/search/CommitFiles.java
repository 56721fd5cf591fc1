package org.kasten.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The state of one index commit's files as the file system tells it (name, size, modification time and, where
 * the system has it, change time), recorded by a clean close in the marker and compared on opening. A file
 * written since (random bytes in a {@code .dvd} or {@code .fdt} that keep its size) has another modification
 * time; one whose modification time was put back has another change time, which no program can set. So a
 * cleanly closed index whose files differ from the record is verified whole before use, and one that matches
 * is trusted after a look at a few dozen inodes. Damage that leaves the metadata as it was (the disk's own bit
 * rot, an edit of the raw device, a clock turned back) is not seen here: the window's background verification
 * and a search that meets it find it (docs/safety.md).
 */
final class CommitFiles {

    /** Separates the fields of a line; Lucene's file names hold none. */
    private static final String TAB = "\t";

    private CommitFiles() {
    }

    /**
     * The record of commit {@code segmentsFile} with {@code files} (its own file among them) in {@code folder}:
     * the commit's name on the first line, then one line per file, sorted.
     */
    static String record(Path folder, String segmentsFile, Collection<String> files) throws IOException {
        StringBuilder out = new StringBuilder(segmentsFile).append('\n');
        for (String file : new TreeSet<>(files)) {
            out.append(file).append(TAB).append(state(folder.resolve(file))).append('\n');
        }
        return out.toString();
    }

    /**
     * True when {@code recorded} is a record of commit {@code segmentsFile} and each file it names is in
     * {@code folder} as recorded. A record without files (an older marker's) does not match: that index is
     * verified once.
     */
    static boolean matches(Path folder, String segmentsFile, String recorded) {
        List<String> lines = recorded.lines().toList();
        if (lines.size() < 2 || !lines.get(0).equals(segmentsFile)) {
            return false;
        }
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.indexOf(TAB);
            if (tab <= 0) {
                return false;
            }
            try {
                if (!line.substring(tab + 1).equals(state(folder.resolve(line.substring(0, tab))))) {
                    return false;
                }
            } catch (IOException | RuntimeException e) {
                return false; // gone or unreadable: not as the clean close left it
            }
        }
        return true;
    }

    /** Size, modification time and change time (nanoseconds; "-" where the file system keeps none) of a file. */
    private static String state(Path file) throws IOException {
        long size;
        FileTime modified;
        Object changed;
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime");
            size = (Long) unix.get("size");
            modified = (FileTime) unix.get("lastModifiedTime");
            changed = unix.get("ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
            size = basic.size();
            modified = basic.lastModifiedTime();
            changed = null;
        }
        return size + TAB + modified.to(TimeUnit.NANOSECONDS) + TAB
                + (changed instanceof FileTime time ? String.valueOf(time.to(TimeUnit.NANOSECONDS)) : "-");
    }
}
