package org.kasten.ui.viewmodel;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.kasten.ui.graph.ColourGroups;
import org.kasten.ui.graph.GraphData;
import org.kasten.ui.graph.GraphFilter;
import org.kasten.ui.graph.GraphFilters;
import org.kasten.ui.graph.GraphPicture;

/**
 * The local graph's state: its filters (the global graph's {@link GraphFilters} without the query: tags,
 * folders, orphans, ghosts, attachments and a depth of 1 or 2), remembered per vault apart from the global
 * graph's, and the {@link LocalPicture} a page's {@link LocalGraph} makes under them, computed by the global
 * graph's {@link GraphFilter}. Display-free; used on the UI thread.
 */
public final class LocalGraphViewModel {

    /** Neighbours only, ghosts shown, attachments hidden, no colours. */
    public static final GraphFilters DEFAULT =
            new GraphFilters("", List.of(), List.of(), true, true, false, 1, GraphFilters.ColourMode.NONE);
    /** The deepest neighbourhood a page's local graph holds. */
    public static final int MAX_DEPTH = 2;
    private static final String PREFIX = "localgraph.";

    private final Supplier<org.kasten.app.Workspace> workspace;
    private final Function<Path, Settings> settings;
    private final ObjectProperty<GraphFilters> filters = new SimpleObjectProperty<>(DEFAULT);
    private Path filtersFor;

    /** {@code settings} gives a vault's remembered settings. */
    public LocalGraphViewModel(Supplier<org.kasten.app.Workspace> workspace, Function<Path, Settings> settings) {
        this.workspace = workspace;
        this.settings = settings;
    }

    /**
     * What a page's neighbourhood shows under the filters: the nodes that pass (the centre always), as a graph
     * of their own, with the centre's index, each node's depth and the order names are offered in.
     */
    public LocalPicture picture(LocalGraph graph) {
        followVault();
        GraphFilters f = filters.get();
        GraphData all = graph.data();
        if (graph.centre() < 0) {
            return LocalPicture.EMPTY;
        }
        boolean[] keep = GraphFilter.apply(all, f.withQuery(""), null, graph.centre());
        int[] index = new int[all.size()];
        GraphData data = all.subgraph(keep, index);
        int[] depth = new int[data.size()];
        for (int i = 0; i < all.size(); i++) {
            if (index[i] >= 0) {
                depth[index[i]] = graph.depth()[i];
            }
        }
        int centre = index[graph.centre()];
        int[] order = IntStream.range(0, data.size()).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> i == centre ? -1 : depth[i])
                        .thenComparing(i -> -data.degree(i)).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        boolean[] shown = new boolean[data.size()];
        Arrays.fill(shown, true);
        ColourGroups groups = ColourGroups.of(data, shown, f.colours());
        GraphPicture p = new GraphPicture(data, shown, data.size(), groups, order, centre,
                GraphChoices.tags(all), GraphChoices.folders(all));
        int neighbours = (int) Arrays.stream(depth).filter(d -> d == 1).count();
        return new LocalPicture(graph, p, depth, neighbours);
    }

    /** Changes the filters (depth kept to 1..{@value #MAX_DEPTH}; no query) and remembers them for the vault. */
    public void setFilters(GraphFilters next) {
        followVault();
        GraphFilters f = next.withQuery("").withDepth(Math.max(1, Math.min(MAX_DEPTH, next.depth())));
        filters.set(f);
        org.kasten.app.Workspace ws = workspace.get();
        if (ws != null) {
            GraphFilterSettings.save(settings.apply(ws.root()), PREFIX, f);
        }
    }

    /** The filters now; they change when another vault opens (its own) or {@link #setFilters} is called. */
    public ObjectProperty<GraphFilters> filtersProperty() {
        followVault();
        return filters;
    }

    /** Loads the open vault's remembered filters when the vault changed. */
    private void followVault() {
        org.kasten.app.Workspace ws = workspace.get();
        Path root = ws == null ? null : ws.root();
        if (root != null && !root.equals(filtersFor)) {
            filtersFor = root;
            GraphFilters f = GraphFilterSettings.load(settings.apply(root), PREFIX, DEFAULT);
            filters.set(f.withQuery("").withDepth(Math.max(1, Math.min(MAX_DEPTH, f.depth()))));
        }
    }

    /**
     * A local graph under the filters: the {@link GraphPicture} to draw (every node of its graph shown; names
     * offered centre first, then neighbours, then depth 2, best-linked first), each node's depth, and how many
     * neighbours (depth 1) it has.
     */
    public record LocalPicture(LocalGraph source, GraphPicture picture, int[] depth, int neighbours) {
        /** Nothing to draw. */
        public static final LocalPicture EMPTY = new LocalPicture(LocalGraph.EMPTY, GraphPicture.EMPTY, new int[0], 0);

        /** Number of nodes drawn. */
        public int size() {
            return picture.data().size();
        }
    }
}
