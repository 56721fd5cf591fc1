package org.kasten.vault;

import java.nio.file.Path;
import java.util.List;

import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Warning;

/**
 * The result of reading a vault folder.
 *
 * @param root        the vault folder (absolute, real path)
 * @param notes       every note read, sorted by path
 * @param attachments every other file (images, PDFs ...), sorted
 * @param warnings    problems with files (including each note's own warnings), sorted by path and line
 * @param millis      wall time taken to load
 */
public record LoadedVault(Path root, List<Note> notes, List<NotePath> attachments, List<Warning> warnings,
                          long millis) {
    public LoadedVault {
        notes = List.copyOf(notes);
        attachments = List.copyOf(attachments);
        warnings = List.copyOf(warnings);
    }
}
