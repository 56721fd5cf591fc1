package org.kasten.note;

/**
 * A note related to another one, with a score for ordering and the reason it is related, as the sidebar shows
 * it ("linked", "similar passage: Heading", "similar wording", "links to the same notes").
 */
public record RelatedNote(NotePath path, String title, float score, String reason) {
}
