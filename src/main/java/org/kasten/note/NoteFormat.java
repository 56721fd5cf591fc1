package org.kasten.note;

/** Whether a note is Markdown or plain text. */
public enum NoteFormat {
    MARKDOWN,
    PLAIN_TEXT
}
