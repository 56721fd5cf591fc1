package org.kasten.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.kasten.note.Note;

/**
 * Searches a freshly indexed vault a few times before the user does, with queries made of its own titles: a whole
 * title, a word, a word cut short as while typing, two words, a misspelt word (the spelling retry). In a fresh JVM
 * with the quick compiler only, the first searches run code not compiled yet and take several times as long as
 * later ones (docs/performance.md). The warm-up pays that while the user reads, and stops as soon as the user
 * searches.
 */
public final class SearchWarmUp {

    /** Titles the queries are made of, spread over the vault. */
    static final int TITLES = 4;
    /** Most title words the queries use (each alone, cut short, and with the next). */
    static final int WORDS = 8;
    /** Hits asked per query, as the search panel asks. */
    private static final int LIMIT = 200;

    private SearchWarmUp() {
    }

    /**
     * Runs the warm-up queries on {@code workspace} (waiting for its index) until {@code stop} says so; returns
     * how many ran. Never throws: a failed search only ends the warm-up.
     */
    public static int run(Workspace workspace, BooleanSupplier stop) {
        int ran = 0;
        for (String query : queries(workspace.graph().notes())) {
            if (stop.getAsBoolean()) {
                break;
            }
            try {
                workspace.search(query, LIMIT, true);
            } catch (VaultException | RuntimeException e) {
                break; // the user's own search will say what is wrong
            }
            ran++;
        }
        return ran;
    }

    /** The warm-up queries for a vault with {@code notes} (none for an empty vault). */
    static List<String> queries(List<Note> notes) {
        Set<String> queries = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < TITLES && i < notes.size(); i++) {
            String title = notes.get((int) ((long) i * notes.size() / TITLES)).title().strip();
            if (title.isEmpty()) {
                continue;
            }
            queries.add(title);
            for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 4 && words.size() < WORDS) {
                    words.add(word);
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            queries.add(word);
            queries.add(word.substring(0, 3));
            if (i + 1 < words.size()) {
                queries.add(word + " " + words.get(i + 1));
            }
        }
        if (!words.isEmpty()) {
            String word = words.get(0);
            queries.add(word.substring(0, 1) + word.charAt(2) + word.charAt(1) + word.substring(3)); // transposed
        }
        return List.copyOf(queries);
    }
}
