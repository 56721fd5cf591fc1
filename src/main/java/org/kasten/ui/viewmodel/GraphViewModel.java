package org.kasten.ui.viewmodel;

import org.kasten.app.VaultException;
import org.kasten.app.Workspace;
import org.kasten.note.NoteGraph;
import org.kasten.note.NotePath;
import org.kasten.ui.graph.ColourGroups;
import org.kasten.ui.graph.GraphData;
import org.kasten.ui.graph.GraphDataBuilder;
import org.kasten.ui.graph.GraphFilter;
import org.kasten.ui.graph.GraphFilters;
import org.kasten.ui.graph.GraphLayout;
import org.kasten.ui.graph.GraphPicture;
import org.kasten.ui.graph.LayoutRunner;
import org.kasten.ui.graph.LayoutStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;


/**
 * The global graph's state: the vault's graph (built off the FX thread when the graph is first shown and again
 * when the vault changes), its layout refining on a thread of its own, the filters (remembered per vault), the
 * current note, and the {@link GraphPicture} the view draws. Properties change on the UI executor.
 */
public final class GraphViewModel {

    /** Above this many nodes only the best-linked ones are laid out and drawn (said on screen). */
    public static final int MAX_NODES = 20_000;
    /** The layout's seed: the same vault always lays out the same way. */
    public static final long SEED = 20_251_125;

    /**
     * The layout uses several threads only where that leaves a core to the FX thread: on two cores a parallel
     * layout made drawing while it refines stutter.
     */
    private static final boolean PARALLEL_LAYOUT = Runtime.getRuntime().availableProcessors() > 2;

    private final Supplier<Workspace> workspace;
    private final Executor background;
    private final Executor ui;
    private final Function<Path, Settings> settings;
    private final Function<Path, LayoutStore> stores;
    private final ObjectProperty<GraphFilters> filters = new SimpleObjectProperty<>(GraphFilters.DEFAULT);
    private final ReadOnlyObjectWrapper<GraphPicture> picture = new ReadOnlyObjectWrapper<>(GraphPicture.EMPTY);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty();
    private final AtomicLong generation = new AtomicLong();
    private Location current;
    private Workspace builtFor;
    private Path filtersFor;
    private boolean active;
    private volatile LayoutRunner runner;
    private Workspace matchedIn;
    private String matchedQuery;
    private Set<String> matched;

    /** {@code settings} gives a vault's remembered settings, {@code stores} where its layout is kept. */
    public GraphViewModel(Supplier<Workspace> workspace, Executor background, Executor ui,
                          Function<Path, Settings> settings, Function<Path, LayoutStore> stores) {
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
        this.settings = settings;
        this.stores = stores;
    }

    /** The graph is shown: builds it for the open vault unless it is built already. */
    public void activate() {
        active = true;
        if (workspace.get() != builtFor) {
            rebuild();
        }
    }

    /**
     * The vault was opened, reloaded, read in full or changed on disk: rebuilds the graph if it is in use,
     * keeping the positions of the nodes that remain.
     */
    public void workspaceChanged() {
        if (active) {
            rebuild();
        }
    }

    /** True when the graph shown was built from the open vault read in full. */
    public boolean builtForLoadedVault() {
        Workspace ws = workspace.get();
        return ws != null && ws == builtFor && ws.isLoaded();
    }

    /** The note the other tabs show now (null: none); marked in the graph, the centre of a depth filter. */
    public void setCurrent(Location location) {
        if (java.util.Objects.equals(location, current)) {
            return;
        }
        current = location;
        if (picture.get() != GraphPicture.EMPTY) {
            refilter(filters.get());
        }
    }

    /** Changes the filters, remembers them for the vault and redraws. */
    public void setFilters(GraphFilters next) {
        filters.set(next);
        Workspace ws = workspace.get();
        if (ws != null) {
            save(ws.root(), next);
        }
        if (picture.get() != GraphPicture.EMPTY) {
            refilter(next);
        }
    }

    private void rebuild() {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        long mine = generation.incrementAndGet();
        if (!ws.isLoaded()) { // a large vault still being read: its links are not known yet
            status.set("Waiting for the vault to be read…");
            return;
        }
        builtFor = ws;
        if (!ws.root().equals(filtersFor)) {
            filtersFor = ws.root();
            filters.set(load(ws.root()));
        }
        GraphFilters f = filters.get();
        LayoutRunner old = runner;
        Location at = current;
        status.set("Building the graph…");
        background.execute(() -> {
            NoteGraph links = ws.graph(); // one state of the vault for notes and links alike
            GraphData data = GraphDataBuilder.build(links.notes(), links.attachments(), links::outgoing, MAX_NODES);
            Map<String, double[]> known = new HashMap<>(stores.apply(ws.root()).load());
            if (old != null) {
                float[] xy = old.positions();
                GraphData before = old.graph();
                for (int i = 0; i < before.size(); i++) {
                    known.put(before.key(i), new double[] {xy[2 * i], xy[2 * i + 1]});
                }
            }
            GraphLayout layout = new GraphLayout(data, SEED, known, PARALLEL_LAYOUT);
            LayoutRunner next = new LayoutRunner(layout, stores.apply(ws.root()), () -> ui.execute(this::updateStatus));
            GraphPicture p = compute(ws, data, f, at);
            ui.execute(() -> {
                if (generation.get() != mine) {
                    return;
                }
                if (old != null) {
                    old.stop();
                }
                runner = next;
                next.start();
                picture.set(p);
                updateStatus();
            });
        });
    }

    private void refilter(GraphFilters f) {
        Workspace ws = workspace.get();
        GraphData data = picture.get().data();
        Location at = current;
        long mine = generation.incrementAndGet();
        background.execute(() -> {
            GraphPicture p = compute(ws, data, f, at);
            ui.execute(() -> {
                if (generation.get() == mine) {
                    picture.set(p);
                    updateStatus();
                }
            });
        });
    }

    /** Applies the filters; a query that cannot run is reported in {@link #problemProperty} and matches nothing. */
    private GraphPicture compute(Workspace ws, GraphData data, GraphFilters f, Location at) {
        Set<String> matches = null;
        String why = null;
        if (!f.query().isEmpty() && ws != null) {
            try {
                matches = matches(ws, f.query());
            } catch (VaultException | RuntimeException e) {
                why = "The query cannot run: " + e.getMessage();
                matches = Set.of();
            }
        }
        String failed = why;
        ui.execute(() -> problem.set(failed));
        int centre = at == null ? -1 : data.indexOf(at.isGhost() ? "g:" + at.ghost() : "n:" + at.path().value());
        boolean[] shown = GraphFilter.apply(data, f, matches, centre);
        return GraphPicture.of(data, shown, ColourGroups.of(data, shown, f.colours()), centre,
                GraphChoices.tags(data), GraphChoices.folders(data));
    }

    /** The notes a query finds; the last answer is kept, as moving to another note asks again. */
    private synchronized Set<String> matches(Workspace ws, String query) throws VaultException {
        if (ws == matchedIn && query.equals(matchedQuery)) {
            return matched;
        }
        Set<String> found = new HashSet<>();
        for (NotePath p : ws.matchingPaths(query, Math.max(1, ws.graph().notes().size()))) {
            found.add(p.value());
        }
        matchedIn = ws;
        matchedQuery = query;
        matched = found;
        return found;
    }

    /** Synchronized: the layout thread's "settled" may call it while the UI thread does (same-thread tests). */
    private synchronized void updateStatus() {
        GraphPicture p = picture.get();
        LayoutRunner r = runner;
        GraphData d = p.data();
        String sample = d.sampled() ? String.format("the %,d best-linked of %,d nodes · ", d.size(), d.totalNodes()) : "";
        status.set(String.format("%s%,d of %,d shown · %,d edges%s", sample, p.shownCount(), d.size(), d.edgeCount(),
                r == null || r.settled() ? "" : " · laying out…"));
    }

    private GraphFilters load(Path vault) {
        return GraphFilterSettings.load(settings.apply(vault), "graph.", GraphFilters.DEFAULT);
    }

    private void save(Path vault, GraphFilters f) {
        GraphFilterSettings.save(settings.apply(vault), "graph.", f);
    }

    /** Stops the layout (the window closes or another vault opens). */
    public void stop() {
        LayoutRunner r = runner;
        if (r != null) {
            r.stop();
        }
    }

    /** The note the graph marks as current, or null. */
    public Location currentLocation() {
        return current;
    }

    /** The layout now running or settled, or null before the graph was built. */
    public LayoutRunner runner() {
        return runner;
    }

    /** The place a node leads to: a note or a ghost's page; null for an attachment. */
    public Location location(int node) {
        return Location.of(picture.get().data(), node);
    }

    public ObjectProperty<GraphFilters> filtersProperty() { return filters; }
    public ReadOnlyObjectProperty<GraphPicture> pictureProperty() { return picture.getReadOnlyProperty(); }
    /** Counts, sampling and whether the layout is still refining. */
    public StringProperty statusProperty() { return status; }
    /** Why the query filter cannot run, or null. */
    public StringProperty problemProperty() { return problem; }
}
