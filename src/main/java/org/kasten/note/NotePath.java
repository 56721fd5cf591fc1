package org.kasten.note;

import java.util.Objects;

/**
 * A note's identity: its vault-relative path with forward slashes, e.g. {@code "Concepts/Age of Research.md"}.
 * A backslash is part of a name (as POSIX file systems allow); callers turn a platform's separator into
 * {@code /} when they make a path from a file.
 */
public record NotePath(String value) implements Comparable<NotePath> {

    public NotePath {
        Objects.requireNonNull(value, "value");
        while (value.startsWith("./")) {
            value = value.substring(2);
        }
    }

    /** Creates a path from a vault-relative string. */
    public static NotePath of(String value) {
        return new NotePath(value);
    }

    /** The file name with its extension, e.g. {@code "Age of Research.md"}. */
    public String fileName() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? value : value.substring(slash + 1);
    }

    /** The file name without its extension, e.g. {@code "Age of Research"}. */
    public String name() {
        String file = fileName();
        int dot = file.lastIndexOf('.');
        return dot <= 0 ? file : file.substring(0, dot);
    }

    /** The lower-case extension without dot, or "" when there is none. */
    public String extension() {
        String file = fileName();
        int dot = file.lastIndexOf('.');
        return dot <= 0 ? "" : file.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The folder part, e.g. {@code "Concepts"}; "" for a note at the vault root. */
    public String folder() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? "" : value.substring(0, slash);
    }

    /** The path without its extension, e.g. {@code "Concepts/Age of Research"}. */
    public String withoutExtension() {
        String ext = extension();
        return ext.isEmpty() ? value : value.substring(0, value.length() - ext.length() - 1);
    }

    @Override
    public int compareTo(NotePath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
