package org.kasten.ui.viewmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kasten.app.Workspace;
import org.kasten.note.Note;
import org.kasten.note.NoteGraph;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;
import org.kasten.ui.graph.GraphData;
import org.kasten.ui.graph.GraphDataBuilder;

/**
 * A page's neighbourhood in the link graph, as a small {@link GraphData} (built by the same
 * {@link GraphDataBuilder} as the global graph, so both filter, lay out and draw alike): the notes, ghost
 * concepts and attachments up to two steps from the centre along links in either direction, the links among them,
 * and each node's distance from the centre. Attachments are ends: they link nothing further. At most
 * {@link #MAX_NODES} nodes are kept, nearest first.
 */
public record LocalGraph(GraphData data, int centre, int[] depth) {

    /** The graph of nothing. */
    public static final LocalGraph EMPTY =
            new LocalGraph(GraphDataBuilder.build(List.of(), List.of(), p -> List.of(), 1), -1, new int[0]);

    /** Beyond this many nodes the picture is unreadable. */
    public static final int MAX_NODES = 60;

    /** Number of nodes. */
    public int size() {
        return data.size();
    }

    /** The node's label (a note's title, a ghost's name, an attachment's file name). */
    public String label(int node) {
        return data.label(node);
    }

    /**
     * The neighbourhood of {@code centre} up to {@code depth} (1 or 2) steps along links in either direction;
     * {@code centreLabel} names a ghost centre as its page does.
     */
    public static LocalGraph around(Location centre, String centreLabel, Workspace workspace, int depth) {
        NoteGraph ws = workspace.graph(); // one state of the vault for notes and links alike
        Location start = centre.page();
        Map<Location, Integer> reached = new LinkedHashMap<>();
        Set<NotePath> files = new HashSet<>();
        reached.put(start, 0);
        List<Location> frontier = List.of(start);
        for (int d = 1; d <= depth && reached.size() + files.size() < MAX_NODES; d++) {
            List<Location> next = new ArrayList<>();
            for (Location from : frontier) {
                for (ResolvedLink link : neighbours(from, ws)) {
                    if (reached.size() + files.size() >= MAX_NODES) {
                        break;
                    }
                    Resolution r = link.resolution();
                    if (r.status() == Resolution.Status.ATTACHMENT && link.source().equals(from.path())) {
                        files.add(r.path());
                        continue;
                    }
                    Location to = other(link, from);
                    if (to != null && !reached.containsKey(to)) {
                        reached.put(to, d);
                        next.add(to);
                    }
                }
            }
            frontier = next;
        }
        List<Note> notes = new ArrayList<>();
        Set<String> ghosts = new HashSet<>();
        for (Location at : reached.keySet()) {
            if (at.isGhost()) {
                ghosts.add(at.ghost().strip().toLowerCase(Locale.ROOT));
            } else {
                ws.note(at.path()).ifPresent(notes::add);
            }
        }
        notes.sort(Comparator.comparing(n -> n.path().value()));
        Set<NotePath> paths = new HashSet<>();
        notes.forEach(n -> paths.add(n.path()));
        GraphData data = GraphDataBuilder.build(notes, files.stream().sorted(Comparator.comparing(NotePath::value)).toList(),
                from -> ws.outgoing(from).stream().filter(l -> inside(l.resolution(), paths, ghosts, files)).toList(),
                MAX_NODES + 1);
        int c = data.indexOf(start.isGhost() ? "g:" + start.ghost() : "n:" + start.path().value());
        return new LocalGraph(data, c, distances(data, c));
    }

    /** Steps from {@code centre} to each node (-1: not reached). */
    private static int[] distances(GraphData g, int centre) {
        int[] depth = new int[g.size()];
        java.util.Arrays.fill(depth, -1);
        if (centre < 0) {
            return depth;
        }
        int[] queue = new int[g.size()];
        int head = 0, tail = 0;
        queue[tail++] = centre;
        depth[centre] = 0;
        while (head < tail) {
            int at = queue[head++];
            if (g.kind(at) == GraphData.Kind.ATTACHMENT && at != centre) {
                continue; // an attachment joins nothing further, as in the search above
            }
            for (int k = 0; k < g.degree(at); k++) {
                int to = g.neighbour(at, k);
                if (depth[to] < 0) {
                    depth[to] = depth[at] + 1;
                    queue[tail++] = to;
                }
            }
        }
        return depth;
    }

    private static boolean inside(Resolution r, Set<NotePath> notes, Set<String> ghosts, Set<NotePath> files) {
        return switch (r.status()) {
            case NOTE -> notes.contains(r.path());
            case GHOST -> r.name() != null && ghosts.contains(r.name().strip().toLowerCase(Locale.ROOT));
            case ATTACHMENT -> files.contains(r.path());
            case MISSING_ATTACHMENT -> false;
        };
    }

    private static List<ResolvedLink> neighbours(Location at, NoteGraph ws) {
        if (at.isGhost()) {
            return ws.ghost(at.ghost()).map(g -> g.backlinks()).orElse(List.of());
        }
        List<ResolvedLink> all = new ArrayList<>(ws.outgoing(at.path()));
        all.addAll(ws.backlinks(at.path()));
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
}
