package org.kasten.note;

/**
 * An unlinked mention: {@code source} contains the title or an alias of {@code target} as plain words.
 *
 * @param matched the words as they appear in the source
 * @param line    1-based line in the source file
 * @param context the line around the mention, trimmed
 */
public record Mention(NotePath source, NotePath target, String matched, int line, String context) {
}
