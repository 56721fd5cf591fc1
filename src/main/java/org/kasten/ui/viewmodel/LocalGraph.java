package org.kasten.ui.viewmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kasten.app.Workspace;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

/**
 * A page's neighbourhood in the link graph: nodes (the centre first) with their distance, and undirected
 * edges between node indexes. At most {@link #MAX_NODES} nodes are kept, nearest first.
 */
public record LocalGraph(List<Node> nodes, List<int[]> edges) {

    /** The graph of nothing. */
    public static final LocalGraph EMPTY = new LocalGraph(List.of(), List.of());

    /** Beyond this many nodes the picture is unreadable. */
    public static final int MAX_NODES = 60;

    /** A node: where it leads, its label, its distance from the centre and whether it is a ghost. */
    public record Node(Location target, String label, int depth, boolean ghost) {
    }

    /** The neighbourhood of {@code centre} up to {@code depth} (1 or 2) steps along links in either direction. */
    public static LocalGraph around(Location centre, String centreLabel, Workspace ws, int depth) {
        Map<Location, Integer> index = new LinkedHashMap<>();
        List<Node> nodes = new ArrayList<>();
        List<int[]> edges = new ArrayList<>();
        index.put(centre, 0);
        nodes.add(new Node(centre, centreLabel, 0, centre.isGhost()));
        List<Location> frontier = List.of(centre);
        for (int d = 1; d <= depth; d++) {
            List<Location> next = new ArrayList<>();
            for (Location from : frontier) {
                for (ResolvedLink link : neighbours(from, ws)) {
                    Location to = other(link, from);
                    if (to == null || to.equals(from)) {
                        continue;
                    }
                    Integer at = index.get(to);
                    if (at == null) {
                        if (nodes.size() >= MAX_NODES) {
                            continue;
                        }
                        at = nodes.size();
                        index.put(to, at);
                        nodes.add(new Node(to, label(to, ws), d, to.isGhost()));
                        next.add(to);
                    }
                    addEdge(edges, index.get(from), at);
                }
            }
            frontier = next;
        }
        return new LocalGraph(List.copyOf(nodes), List.copyOf(edges));
    }

    private static List<ResolvedLink> neighbours(Location at, Workspace ws) {
        if (at.isGhost()) {
            return ws.graph().ghost(at.ghost()).map(g -> g.backlinks()).orElse(List.of());
        }
        List<ResolvedLink> all = new ArrayList<>(ws.graph().outgoing(at.path()));
        all.addAll(ws.graph().backlinks(at.path()));
        return all;
    }

    private static Location other(ResolvedLink link, Location from) {
        Location source = Location.note(link.source());
        if (!source.equals(from)) {
            return source;
        }
        Resolution r = link.resolution();
        return switch (r.status()) {
            case NOTE -> Location.note(r.path());
            case GHOST -> Location.ghost(r.name());
            default -> null;
        };
    }

    private static String label(Location at, Workspace ws) {
        if (at.isGhost()) {
            return at.ghost();
        }
        NotePath path = at.path();
        return ws.graph().note(path).map(n -> n.title()).orElse(path.name());
    }

    private static void addEdge(List<int[]> edges, int a, int b) {
        for (int[] e : edges) {
            if ((e[0] == a && e[1] == b) || (e[0] == b && e[1] == a)) {
                return;
            }
        }
        edges.add(new int[] {a, b});
    }
}
