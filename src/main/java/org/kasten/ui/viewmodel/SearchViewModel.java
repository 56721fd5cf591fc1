package org.kasten.ui.viewmodel;

import org.kasten.app.SearchAnswer;
import org.kasten.note.HtmlText;
import org.kasten.app.VaultException;
import org.kasten.app.Workspace;
import org.kasten.note.Note;
import org.kasten.note.SearchHit;
import org.kasten.note.SearchResults;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;


/**
 * The search panel: runs the query on the background executor (the view debounces keystrokes), keeps only
 * the answer to the latest query, and narrows hits by one facet ("tag" or "folder" and a value) or by
 * frontmatter properties written into the query as {@code [key:value]}. An answer equal to the one shown
 * changes nothing (no list rebuild in the view). Queries are answered by words and meaning once the vault's
 * vectors are ready ({@link Workspace#searchHybrid}); the summary says so.
 */
public final class SearchViewModel {

    /** Hits asked of the index per query. */
    public static final int LIMIT = 200;
    /**
     * Hits whose snippets come with the answer: a screenful and more (a hit's row is 104 px high). The others'
     * are made as their rows come into view ({@link LazySnippets}): highlighting all 200 was the largest part
     * of the query's cost, for rows a query typed letter by letter is rarely scrolled to (docs/performance.md).
     */
    public static final int SNIPPETS_AT_ONCE = 20;
    /** Values offered per facet, most frequent first. */
    public static final int CHIPS_PER_FACET = 6;
    /**
     * At most this many chips per answer (selected ones always show): a vault with many small property facets
     * would otherwise bury the hits under a wall of chips (53 for one query on a 10,000-note vault).
     */
    public static final int MAX_CHIPS = 24;

    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty facet = new SimpleStringProperty();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, Map<String, Long>>> facets = new SimpleObjectProperty<>(Map.of());
    private final ObservableList<FacetChip> chips = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Supplier<Workspace> workspace;
    private final Executor background;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();
    private final LazySnippets snippets;

    public SearchViewModel(Supplier<Workspace> workspace, Executor background, Executor ui) {
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
        this.snippets = new LazySnippets(hits, background, ui);
    }

    /** Runs the current query with the current facet filter. */
    public void run() {
        long mine = generation.incrementAndGet();
        String q = query.get() == null ? "" : query.get().strip();
        String filter = facet.get();
        Workspace ws = workspace.get();
        if (q.isEmpty() && filter != null && ws != null) {
            background.execute(() -> listFacet(ws, filter, mine));
            return;
        }
        if (q.isEmpty() || ws == null) {
            show(List.of(), Map.of(), 0, filter, q, "", ws, q);
            return;
        }
        background.execute(() -> {
            SearchResults results;
            String error = null;
            boolean byMeaning = false;
            try {
                SearchAnswer answer = ws.searchHybrid(q, LIMIT, true, SNIPPETS_AT_ONCE);
                results = answer.results();
                byMeaning = answer.byMeaning();
            } catch (VaultException | RuntimeException e) {
                results = null;
                error = "Search failed: " + e.getMessage();
            }
            List<SearchHit> shown = results == null ? List.of() : filter(results.hits(), filter, ws);
            SearchResults done = results;
            String message = error != null ? error : summary(done, shown.size(), filter)
                    + (byMeaning ? " \u00b7 words and meaning" : "");
            // the later hits' snippets are made for the query that answered (a corrected one, if used)
            String answered = done == null || done.shownQuery() == null ? q : done.shownQuery();
            ui.execute(() -> {
                if (generation.get() == mine) {
                    show(shown, done == null ? Map.of() : done.facets(), done == null ? 0 : done.total(), filter, q,
                            message, ws, answered);
                }
            });
        });
    }

    /**
     * Asks the shown query again, when there is one: the vault's vectors became ready, so the answer the user
     * is looking at, found by words alone, may now gain the notes that mean it.
     */
    public void rerun() {
        String q = query.get();
        if (q != null && !q.isBlank()) {
            snippets.vaultChanged(); // the vectors followed a change on disk: later rows' snippets are made anew
            run();
        }
    }

    /**
     * Warms the search engine of the open vault on the background executor (after indexing): a few searches
     * whose answers are dropped, stopped as soon as the user searches or another vault opens.
     */
    public void warmUpEngine() {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        long mine = generation.get();
        background.execute(() -> ws.warmUpSearch(() -> generation.get() != mine || workspace.get() != ws));
    }

    /** Lists the notes with this tag (clicking a tag chip or the Tags tree). */
    public void searchTag(String tag) {
        query.set("");
        facet.set("tag:" + tag);
        run();
    }

    private void listFacet(Workspace ws, String filter, long mine) {
        List<SearchHit> all = ws.graph().notes().stream()
                .map(n -> new SearchHit(n.path(), n.title(), 0, HtmlText.escape(String.join(" \u00b7 ", n.tags()))))
                .toList();
        List<SearchHit> shown = filter(all, filter, ws);
        ui.execute(() -> {
            if (generation.get() == mine) {
                show(shown, Map.of(), shown.size(), filter, "", shown.size() + (shown.size() == 1 ? " note" : " notes") + " in " + filter,
                        ws, "");
            }
        });
    }

    /**
     * Publishes an answer ({@code total} notes match) of {@code ws} to {@code answered}, touching only what differs
     * from the one shown.
     */
    private void show(List<SearchHit> shown, Map<String, Map<String, Long>> counts, long total, String filter, String q,
                      String message, Workspace ws, String answered) {
        snippets.show(shown, ws, answered);
        if (!facets.get().equals(counts)) {
            facets.set(counts);
        }
        List<FacetChip> now = chips(counts, total, filter, q);
        if (!chips.equals(now)) {
            chips.setAll(now);
        }
        summary.set(message);
    }

    /** Adds the property filter {@code [key:value]} to the query, or removes it when there, and runs it. */
    public void toggleProperty(String key, String value) {
        query.set(PropertyFilters.toggle(query.get(), key, value));
        run();
    }

    /** Narrows by a tag or folder chip, or clears that filter when the chip is the selected one. */
    public void toggleFacet(String kind, String value) {
        String wanted = kind + ":" + value;
        facet.set(wanted.equals(facet.get()) ? null : wanted);
        run();
    }

    /** Clicks a chip: properties edit the query, tags and folders set or clear the facet filter. */
    public void choose(FacetChip chip) {
        if (chip.property()) {
            toggleProperty(chip.facet(), chip.value());
        } else {
            toggleFacet(chip.facet(), chip.value());
        }
    }

    /**
     * The chips to show: the tag or folder filter alone when one is set, else the top tag and folder values;
     * then the top values of each property facet (alphabetical by key), marked selected when in the query;
     * {@link #MAX_CHIPS} at most, the first ones and every selected one. A value every one of the {@code total}
     * matching notes has narrows nothing: no chip, unless selected.
     */
    static List<FacetChip> chips(Map<String, Map<String, Long>> counts, long total, String filter, String query) {
        List<FacetChip> out = new java.util.ArrayList<>();
        if (filter != null && filter.contains(":")) {
            int colon = filter.indexOf(':');
            out.add(new FacetChip(filter.substring(0, colon), filter.substring(colon + 1), 0, true));
        } else {
            for (String kind : List.of("tag", "folder")) {
                top(counts.getOrDefault(kind, Map.of())).forEach(e -> out.add(new FacetChip(kind, e.getKey(), e.getValue(), false)));
            }
        }
        counts.keySet().stream().filter(k -> !k.equals("tag") && !k.equals("folder")).sorted().forEach(key ->
                top(counts.get(key)).forEach(e -> out.add(new FacetChip(key, e.getKey(), e.getValue(),
                        PropertyFilters.contains(query, key, e.getKey())))));
        out.removeIf(chip -> !chip.selected() && total > 0 && chip.count() >= total);
        return capped(out);
    }

    /** Every selected chip, and as many of the others, first ones first, as fit in {@link #MAX_CHIPS}. */
    private static List<FacetChip> capped(List<FacetChip> chips) {
        long others = MAX_CHIPS - chips.stream().filter(FacetChip::selected).count();
        List<FacetChip> out = new java.util.ArrayList<>();
        for (FacetChip chip : chips) {
            if (chip.selected() || others-- > 0) {
                out.add(chip);
            }
        }
        return out;
    }

    private static List<Map.Entry<String, Long>> top(Map<String, Long> values) {
        return values.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CHIPS_PER_FACET).toList();
    }

    private static List<SearchHit> filter(List<SearchHit> hits, String filter, Workspace ws) {
        if (filter == null || !filter.contains(":")) {
            return hits;
        }
        String kind = filter.substring(0, filter.indexOf(':'));
        String value = filter.substring(filter.indexOf(':') + 1);
        return hits.stream().filter(h -> ws.graph().note(h.path()).map(n -> matches(n, kind, value)).orElse(false)).toList();
    }

    private static boolean matches(Note note, String kind, String value) {
        return switch (kind) {
            case "tag" -> note.tags().stream().anyMatch(t -> t.equals(value) || t.startsWith(value + "/"));
            case "folder" -> (note.path().folder().isEmpty() ? "/" : note.path().folder()).equals(value);
            default -> true;
        };
    }

    private static String summary(SearchResults r, int shown, String filter) {
        String corrected = r.shownQuery() == null ? "" : " for \u201c" + r.shownQuery() + "\u201d";
        String narrowed = filter == null ? "" : " (" + shown + " in " + filter + ")";
        return r.total() + (r.total() == 1 ? " note" : " notes") + corrected + narrowed + " \u00b7 "
                + Math.max(1, r.micros() / 1000) + " ms";
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The facet filter, "tag:x" or "folder:y", or null for none. */
    public StringProperty facetProperty() {
        return facet;
    }

    /** The hits shown; a hit's snippet is null until made ({@link #inView}). */
    public ObservableList<SearchHit> hits() {
        return hits;
    }

    /**
     * The row at {@code index} of {@link #hits()} is in view (UI thread): its snippet, if not made yet, is made in
     * the background with those of the next rows, and put in place.
     */
    public void inView(int index) {
        snippets.inView(index);
    }

    /** Facet name to value to count for the current query (replaced as a whole per answer). */
    public ObjectProperty<Map<String, Map<String, Long>>> facetsProperty() {
        return facets;
    }

    /** The facet chips for the answer shown (replaced only when they differ). */
    public ObservableList<FacetChip> chips() {
        return chips;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
