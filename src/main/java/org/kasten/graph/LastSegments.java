package org.kasten.graph;

import java.util.Arrays;
import java.util.Set;

import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * The last path segments of some name keys, to tell which notes and attachments may be named by one of those keys
 * without making a key of each of their names ({@link NameTable#only}: a large vault being opened has the keys of
 * one note's links and 100,000 notes known by their file names). Every name a path gives (the path, its ends, its
 * file name, each with or without the extension: {@link NameTable#names}, {@link NameTable#attachmentNames}) ends
 * in the file name or in the file name without its extension; when that part is ASCII and has no white space or
 * control character at its ends, the last segment of the name's key is that part lower-cased ({@link Keys#key}
 * strips the whole name and lower-cases it; NFC changes no ASCII and joins nothing to a {@code /}). Anything else
 * (another character in the file name, a title that is not the file name, aliases) answers "may", so the note is
 * looked at as before. The parts are compared by the hash of their lower-cased characters, made without a string:
 * a hash shared by chance only makes a note looked at.
 */
final class LastSegments {

    /** The hash codes of the keys' last segments, sorted. */
    private final int[] hashes;

    LastSegments(Set<String> keys) {
        hashes = keys.stream().mapToInt(key -> Keys.lastSegment(key).hashCode()).distinct().sorted().toArray();
    }

    /** False when none of the note's names can have one of the keys. */
    boolean mayName(Note note) {
        return !note.aliases().isEmpty() || !titledByFileName(note.title(), note.path().value()) || mayName(note.path());
    }

    /** True when the title names nothing or is the file name without extension ({@link NotePath#name}), compared in place. */
    private static boolean titledByFileName(String title, String path) {
        if (title == null || title.isBlank()) {
            return true;
        }
        int start = path.lastIndexOf('/') + 1;
        int dot = path.lastIndexOf('.');
        int length = (dot > start ? dot : path.length()) - start;
        return title.length() == length && path.regionMatches(start, title, 0, length);
    }

    /** False when none of the names of the note or attachment at {@code path} can have one of the keys. */
    boolean mayName(NotePath path) {
        String value = path.value();
        int start = value.lastIndexOf('/') + 1;
        int dot = value.lastIndexOf('.');
        int end = value.length();
        if (start >= end) {
            return true;
        }
        int hash = 0;
        int withoutExtension = 0;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            if (i == dot) {
                withoutExtension = hash;
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        if (strippable(value.charAt(start)) || strippable(value.charAt(end - 1))) {
            return true;
        }
        if (dot > start) { // the name without extension: NotePath.name() (a leading dot is no extension)
            if (strippable(value.charAt(dot - 1))) {
                return true;
            }
            return held(hash) || held(withoutExtension);
        }
        return held(hash);
    }

    /** True for the characters {@link String#strip} may take away at a name's ends, and every other control character. */
    private static boolean strippable(char c) {
        return c <= ' ';
    }

    private boolean held(int hash) {
        return Arrays.binarySearch(hashes, hash) >= 0;
    }
}
