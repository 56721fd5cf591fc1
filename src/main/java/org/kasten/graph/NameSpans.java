package org.kasten.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

import org.kasten.graph.NameTable.Level;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * The names of notes and attachments made into key spans for {@link NameKeys}, and the arrays one run of paths
 * deals them into: the building side of the name table's arrays.
 */
final class NameSpans {

    private NameSpans() {
    }

    /** The spans one run of paths dealt into one part, in order: where each key's characters are, its hash, its posting. */
    static final class Spans {
        int size;
        int[] hashes;
        String[] bases;
        int[] starts;
        int[] ends;
        int[] postings;

        Spans(int capacity) {
            hashes = new int[capacity];
            bases = new String[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
            postings = new int[capacity];
        }

        void add(int hash, String base, int start, int end, int posting) {
            if (size == hashes.length) {
                int grown = size * 2;
                hashes = Arrays.copyOf(hashes, grown);
                bases = Arrays.copyOf(bases, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                postings = Arrays.copyOf(postings, grown);
            }
            hashes[size] = hash;
            bases[size] = base;
            starts[size] = start;
            ends[size] = end;
            postings[size] = posting;
            size++;
        }
    }

    /**
     * Makes every name of one note or attachment ({@link NameTable#names}, {@link NameTable#attachmentNames}) into a
     * key span and deals it. A name cut from a plain path is a span of the path lower-cased: {@link Keys#key}
     * strips white space at a name's ends, NFC changes no ASCII, and ASCII lower-cases character by character, so
     * when the path is ASCII and no character at the end of a name is white space or a control character, the key
     * of any part of the path is that part of the lower-cased path.
     */
    static final class Namer {
        private final Spans[] dealt;
        private final int path;
        private final NotePath notePath;
        private final Predicate<String> holds;
        /** The path lower-cased when its names are spans of it, else null. */
        private final String lower;

        Namer(Spans[] dealt, int path, NotePath notePath, Predicate<String> holds) {
            this.dealt = dealt;
            this.path = path;
            this.notePath = notePath;
            this.holds = holds;
            this.lower = holds == null && ascii(notePath.value()) ? notePath.value().toLowerCase(Locale.ROOT) : null;
        }

        void name(Note note) {
            if (note == null) {
                NameTable.attachmentNames(notePath, this::add);
            } else {
                String value = notePath.value();
                // the spans of NameTable.names, in its order
                int end = value.length();
                int fileStart = value.lastIndexOf('/') + 1;
                String extension = notePath.extension();
                int bareEnd = extension.isEmpty() ? end : end - extension.length() - 1;
                int dot = value.lastIndexOf('.');
                int nameEnd = dot > fileStart ? dot : end;
                span(Level.PATH, 0, end);
                span(Level.PATH, 0, bareEnd);
                int segments = 1;
                for (int i = 0; i < end; i++) {
                    if (value.charAt(i) == '/') {
                        segments++;
                    }
                }
                int slash = value.indexOf('/');
                for (int start = 1; start <= segments - 2; start++) {
                    span(Level.SUFFIX, slash + 1, end);
                    span(Level.SUFFIX, slash + 1, bareEnd);
                    slash = value.indexOf('/', slash + 1);
                }
                span(Level.NAME, fileStart, nameEnd);
                span(Level.NAME, fileStart, end);
                if (note.title() != null && !note.title().isBlank()) {
                    add(Level.TITLE, note.title());
                }
                for (String alias : note.aliases()) {
                    if (!alias.isBlank()) {
                        add(Level.ALIAS, alias);
                    }
                }
            }
        }

        /** The name {@code value.substring(start, end)} at this level. */
        private void span(Level level, int start, int end) {
            String value = notePath.value();
            if (lower != null && (start == end || value.charAt(start) > ' ' && value.charAt(end - 1) > ' ')) {
                int hash = 0;
                for (int i = start; i < end; i++) {
                    hash = 31 * hash + lower.charAt(i);
                }
                deal(hash, lower, start, end, level);
            } else {
                add(level, value.substring(start, end));
            }
        }

        /** A name whose key is its own string. */
        private void add(Level level, String name) {
            String key = Keys.key(name);
            if (holds == null || holds.test(key)) {
                deal(key.hashCode(), key, 0, key.length(), level);
            }
        }

        private void deal(int hash, String base, int start, int end, Level level) {
            dealt[NameKeys.part(hash)].add(hash, base, start, end, level.ordinal() << NameKeys.LEVEL_SHIFT | path);
        }

        private static boolean ascii(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }
    }
}
