package org.kasten.note;

/** A note related to another one (similar text, shared links), with a score for ordering. */
public record RelatedNote(NotePath path, String title, float score) {
}
