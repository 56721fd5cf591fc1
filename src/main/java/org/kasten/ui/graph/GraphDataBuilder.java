package org.kasten.ui.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

/**
 * Builds {@link GraphData} from a vault's notes and their resolved links: one node per note, per ghost concept
 * (case-insensitively merged, as the concept graph merges them) and per attachment; one undirected edge per
 * linked pair, marked see-also when every link between the two is a "See also" entry. Links to a note itself
 * and to missing attachments draw nothing. Above {@code maxNodes} nodes, the best-linked ones are kept.
 */
public final class GraphDataBuilder {

    private final List<GraphData.Kind> kinds = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<String> folders = new ArrayList<>();
    private final List<List<String>> tags = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private long[] pairs = new long[1024];
    private int pairCount;

    private GraphDataBuilder() {
    }

    /**
     * The graph of {@code notes} (sorted by path), {@code attachments} and the links {@code outgoing} gives for
     * each note, keeping at most {@code maxNodes} nodes (the ones with most neighbours; ties by order).
     */
    public static GraphData build(List<Note> notes, List<NotePath> attachments,
                                  Function<NotePath, List<ResolvedLink>> outgoing, int maxNodes) {
        GraphDataBuilder b = new GraphDataBuilder();
        for (Note note : notes) {
            b.add(GraphData.Kind.NOTE, "n:" + note.path().value(), note.title(), note.path().folder(), note.tags());
        }
        for (NotePath file : attachments) {
            b.add(GraphData.Kind.ATTACHMENT, "a:" + file.value(), file.fileName(), file.folder(), List.of());
        }
        for (Note note : notes) {
            int from = b.index.get("n:" + note.path().value());
            for (ResolvedLink link : outgoing.apply(note.path())) {
                int to = b.target(link.resolution());
                if (to >= 0 && to != from) {
                    b.pair(from, to, link.link().seeAlso());
                }
            }
        }
        return b.finish(maxNodes);
    }

    private int target(Resolution r) {
        return switch (r.status()) {
            case NOTE -> index.getOrDefault("n:" + r.path().value(), -1);
            case ATTACHMENT -> index.getOrDefault("a:" + r.path().value(), -1);
            case GHOST -> ghost(r.name());
            case MISSING_ATTACHMENT -> -1;
        };
    }

    private int ghost(String name) {
        String shown = name.strip();
        if (shown.isEmpty()) {
            return -1;
        }
        String merged = "g:" + shown.toLowerCase(Locale.ROOT);
        Integer at = index.get(merged);
        if (at != null) {
            return at;
        }
        int i = add(GraphData.Kind.GHOST, "g:" + shown, shown, "", List.of());
        index.put(merged, i);
        return i;
    }

    private int add(GraphData.Kind kind, String key, String label, String folder, List<String> nodeTags) {
        int i = kinds.size();
        kinds.add(kind);
        keys.add(key);
        labels.add(label);
        folders.add(folder);
        tags.add(nodeTags);
        index.put(key, i);
        return i;
    }

    /** Records a link between a and b: smaller index, larger index and a flag (0 a link, 1 see-also) in one long. */
    private void pair(int a, int b, boolean seeAlso) {
        if (pairCount == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        pairs[pairCount++] = (lo << 33) | (hi << 1) | (seeAlso ? 1 : 0);
    }

    private GraphData finish(int maxNodes) {
        long[] sorted = Arrays.copyOf(pairs, pairCount);
        Arrays.sort(sorted); // per pair, a plain link (flag 0) sorts before see-also entries
        int n = kinds.size();
        int[] ea = new int[sorted.length];
        int[] eb = new int[sorted.length];
        boolean[] sa = new boolean[sorted.length];
        int edges = 0;
        long last = -1;
        for (long p : sorted) {
            if (p >>> 1 == last) {
                continue;
            }
            last = p >>> 1;
            ea[edges] = (int) (p >>> 33);
            eb[edges] = (int) ((p >>> 1) & 0xFFFFFFFFL);
            sa[edges] = (p & 1) == 1;
            edges++;
        }
        int[] keep = keep(n, ea, eb, edges, maxNodes);
        int[] newIndex = new int[n];
        Arrays.fill(newIndex, -1);
        for (int i = 0; i < keep.length; i++) {
            newIndex[keep[i]] = i;
        }
        int kept = 0;
        for (int e = 0; e < edges; e++) {
            if (newIndex[ea[e]] >= 0 && newIndex[eb[e]] >= 0) {
                ea[kept] = newIndex[ea[e]];
                eb[kept] = newIndex[eb[e]];
                sa[kept] = sa[e];
                kept++;
            }
        }
        GraphData.Kind[] k = new GraphData.Kind[keep.length];
        String[] ks = new String[keep.length];
        String[] ls = new String[keep.length];
        String[] fs = new String[keep.length];
        List<List<String>> ts = new ArrayList<>(keep.length);
        for (int i = 0; i < keep.length; i++) {
            k[i] = kinds.get(keep[i]);
            ks[i] = keys.get(keep[i]);
            ls[i] = labels.get(keep[i]);
            fs[i] = folders.get(keep[i]);
            ts.add(tags.get(keep[i]));
        }
        return new GraphData(k, ks, ls, fs, ts, Arrays.copyOf(ea, kept), Arrays.copyOf(eb, kept),
                Arrays.copyOf(sa, kept), n);
    }

    /** The nodes kept, in their original order: all of them, or the {@code max} with most neighbours. */
    private static int[] keep(int n, int[] ea, int[] eb, int edges, int max) {
        if (n <= max) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] degree = new int[n];
        for (int e = 0; e < edges; e++) {
            degree[ea[e]]++;
            degree[eb[e]]++;
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> degree[x] != degree[y] ? Integer.compare(degree[y], degree[x]) : Integer.compare(x, y));
        int[] chosen = new int[max];
        for (int i = 0; i < max; i++) {
            chosen[i] = order[i];
        }
        Arrays.sort(chosen);
        return chosen;
    }
}
