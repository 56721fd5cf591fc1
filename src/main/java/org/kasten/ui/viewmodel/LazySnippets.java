package org.kasten.ui.viewmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;

import javafx.collections.ObservableList;

import org.kasten.app.VaultException;
import org.kasten.app.Workspace;
import org.kasten.note.NotePath;
import org.kasten.note.SearchHit;

/**
 * The search list's hits, and the snippets their answer left unmade (a null {@link SearchHit#snippet()}: the
 * window asks snippets for the first screenful of its 200 hits only, {@link SearchViewModel#SNIPPETS_AT_ONCE}).
 * A row coming into view asks for its snippet and those of the next unmade rows, a page at a time, on the
 * background executor; each is put into the list in place on the UI executor, unless another answer was shown
 * meanwhile. Snippets are what an eager search gives ({@link Workspace#snippets}), so the list ends as before,
 * row for row. Used on the UI thread.
 */
public final class LazySnippets {

    /** Rows whose snippets one request makes: more than a screenful scrolled at once. */
    public static final int PAGE = 12;

    private final ObservableList<SearchHit> hits;
    private final Executor background;
    private final Executor ui;
    /** Notes whose snippets were asked for the answer shown. */
    private final Set<NotePath> asked = new HashSet<>();
    private Workspace workspace;
    private String query;
    /** Counts the answers shown: a request for an earlier one is dropped. */
    private long answer;
    /** The vault changed since the answer shown: its snippets may be old, none is kept for the next answer. */
    private boolean changed;

    LazySnippets(ObservableList<SearchHit> hits, Executor background, Executor ui) {
        this.hits = hits;
        this.background = background;
        this.ui = ui;
    }

    /**
     * Shows {@code next}, the answer of {@code ws} to {@code query} (the query that answered, for the snippets
     * still to make), touching the list only when it differs from the one shown. A snippet already made for
     * the same query and note is kept, so the same answer again changes nothing.
     */
    void show(List<SearchHit> next, Workspace ws, String query) {
        boolean sameQuery = ws == workspace && Objects.equals(query, this.query) && !changed;
        changed = false;
        List<SearchHit> kept = sameQuery ? keepMade(next) : next;
        if (sameQuery && hits.equals(kept)) {
            asked.clear(); // rows a failed request left unmade are asked for again
            return;
        }
        answer++;
        asked.clear();
        workspace = ws;
        this.query = query;
        hits.setAll(kept);
    }

    /**
     * The vault's notes or index changed since the answer shown (the query is about to be asked again): the
     * next answer keeps none of the snippets made for this one, so no row shows a passage its note no longer has.
     */
    void vaultChanged() {
        changed = true;
    }

    /**
     * The row at {@code index} is in view: when its snippet is unmade, it and the next unmade ones not yet asked
     * for ({@link #PAGE} rows at most) are made in the background.
     */
    void inView(int index) {
        if (index < 0 || index >= hits.size() || hits.get(index).snippet() != null || workspace == null) {
            return;
        }
        List<NotePath> paths = new ArrayList<>();
        for (int i = index; i < hits.size() && i < index + PAGE; i++) {
            SearchHit hit = hits.get(i);
            if (hit.snippet() == null && asked.add(hit.path())) {
                paths.add(hit.path());
            }
        }
        if (paths.isEmpty()) {
            return;
        }
        long mine = answer;
        Workspace ws = workspace;
        String q = query;
        background.execute(() -> {
            List<String> made;
            try {
                made = ws.snippets(q, paths);
            } catch (VaultException | RuntimeException e) {
                return; // closed meanwhile: the rows stay without text, not asked again for this answer
            }
            List<String> done = made;
            ui.execute(() -> put(mine, paths, done));
        });
    }

    /** Puts the snippets made for answer {@code mine} into their rows, when that answer is still shown. */
    private void put(long mine, List<NotePath> paths, List<String> made) {
        if (mine != answer) {
            return;
        }
        Map<NotePath, String> byPath = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            byPath.put(paths.get(i), made.get(i));
        }
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            String snippet = hit.snippet() == null ? byPath.get(hit.path()) : null;
            if (snippet != null) {
                hits.set(i, hit.withSnippet(snippet));
            }
        }
    }

    /** {@code next} with the snippets the list shown has made for its notes where {@code next} has none. */
    private List<SearchHit> keepMade(List<SearchHit> next) {
        Map<NotePath, String> made = new HashMap<>();
        hits.forEach(h -> {
            if (h.snippet() != null) {
                made.put(h.path(), h.snippet());
            }
        });
        List<SearchHit> out = new ArrayList<>(next.size());
        for (SearchHit hit : next) {
            String snippet = hit.snippet() == null ? made.get(hit.path()) : null;
            out.add(snippet == null ? hit : hit.withSnippet(snippet));
        }
        return out;
    }
}
