package org.kasten.note;

/** Something wrong with the vault that the user should know: file, 1-based line (0 when none) and message. */
public record Warning(NotePath path, int line, String message) {

    @Override
    public String toString() {
        return path + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
