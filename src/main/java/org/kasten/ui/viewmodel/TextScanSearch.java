package org.kasten.ui.viewmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.kasten.note.Note;
import org.kasten.note.SearchHit;
import org.kasten.note.SearchResults;

/**
 * A stand-in for the Lucene search while none is wired: every query word must occur in the title or text
 * (case-insensitive); title matches rank first. Gives tag and folder facets with counts.
 */
public final class TextScanSearch {

    private TextScanSearch() {
    }

    /** Searches {@code notes} for {@code query}; returns at most {@code limit} hits. */
    public static SearchResults search(List<Note> notes, String query, int limit) {
        long start = System.nanoTime();
        String[] words = query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        List<SearchHit> hits = new ArrayList<>();
        Map<String, Long> tags = new TreeMap<>();
        Map<String, Long> folders = new TreeMap<>();
        for (Note note : notes) {
            String title = note.title().toLowerCase(Locale.ROOT);
            String text = note.plainText().toLowerCase(Locale.ROOT);
            float score = 0;
            boolean all = !query.isBlank();
            for (String word : words) {
                boolean inTitle = title.contains(word);
                boolean inText = text.contains(word);
                all &= inTitle || inText;
                score += (inTitle ? 3 : 0) + (inText ? 1 : 0);
            }
            if (all) {
                hits.add(new SearchHit(note.path(), note.title(), score, snippet(note.plainText(), words[0])));
                note.tags().forEach(t -> tags.merge(t, 1L, Long::sum));
                folders.merge(note.path().folder().isEmpty() ? "/" : note.path().folder(), 1L, Long::sum);
            }
        }
        hits.sort(Comparator.comparingDouble((SearchHit h) -> -h.score()).thenComparing(SearchHit::path));
        long total = hits.size();
        List<SearchHit> top = hits.subList(0, Math.min(limit, hits.size()));
        return new SearchResults(query, null, total, top, Map.of("tag", tags, "folder", folders),
                (System.nanoTime() - start) / 1000);
    }

    /** About 160 characters around the first occurrence of {@code word}, escaped, the word in {@code <mark>}. */
    static String snippet(String text, String word) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(word);
        if (at < 0 || word.isEmpty()) {
            return FallbackHtml.escape(text.substring(0, Math.min(160, text.length())));
        }
        int from = Math.max(0, at - 70);
        int to = Math.min(text.length(), at + word.length() + 90);
        return (from > 0 ? "…" : "") + FallbackHtml.escape(text.substring(from, at)) + "<mark>"
                + FallbackHtml.escape(text.substring(at, at + word.length())) + "</mark>"
                + FallbackHtml.escape(text.substring(at + word.length(), to)) + (to < text.length() ? "…" : "");
    }
}
