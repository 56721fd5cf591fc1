package org.kasten.ui.viewmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * The quick switcher (Ctrl+O): fuzzy matching over titles, aliases and paths; with an empty query the recent
 * notes come first, and a recent note wins ties.
 */
public final class QuickSwitcherViewModel {

    /** The number of rows shown. */
    public static final int LIMIT = 30;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<PanelItem> results = FXCollections.observableArrayList();
    private final Supplier<List<Note>> notes;
    private final Supplier<List<NotePath>> recent;

    public QuickSwitcherViewModel(Supplier<List<Note>> notes, Supplier<List<NotePath>> recent) {
        this.notes = notes;
        this.recent = recent;
        query.addListener((obs, old, now) -> update());
    }

    /** Recomputes the rows for the current query (also when the switcher opens). */
    public void update() {
        String q = query.get() == null ? "" : query.get().strip();
        List<NotePath> recentPaths = recent.get();
        record Scored(Note note, int score, String via) { }
        List<Scored> scored = new ArrayList<>();
        for (Note note : notes.get()) {
            int best = FuzzyMatcher.score(q, note.title());
            String via = "";
            for (String alias : note.aliases()) {
                int s = FuzzyMatcher.score(q, alias);
                if (s > best) {
                    best = s;
                    via = "alias: " + alias;
                }
            }
            int byPath = FuzzyMatcher.score(q, note.path().withoutExtension()) - 1;
            if (byPath > best) {
                best = byPath;
                via = "";
            }
            if (best >= 0) {
                int r = recentPaths.indexOf(note.path());
                int bonus = r < 0 ? 0 : (q.isEmpty() ? 1000 - r : 3);
                scored.add(new Scored(note, best + bonus, via));
            }
        }
        scored.sort(Comparator.comparingInt((Scored s) -> -s.score()).thenComparing(s -> s.note().title(),
                String.CASE_INSENSITIVE_ORDER));
        results.setAll(scored.stream().limit(LIMIT).map(s -> new PanelItem(s.note().title(),
                s.via().isEmpty() ? s.note().path().value() : s.via(), Location.note(s.note().path()), false))
                .toList());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<PanelItem> results() {
        return results;
    }
}
