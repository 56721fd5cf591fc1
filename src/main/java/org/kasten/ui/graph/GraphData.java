package org.kasten.ui.graph;

import java.util.List;

/**
 * The whole vault as a graph for drawing: nodes (notes, ghost concepts, attachments) and undirected edges
 * between node indexes, in flat arrays so layout and drawing never allocate per node. Immutable once built
 * (the arrays are not copied: nobody writes them). Build one with {@link GraphDataBuilder}.
 */
public final class GraphData {

    /** What a node stands for. */
    public enum Kind { NOTE, GHOST, ATTACHMENT }

    private final Kind[] kinds;
    private final String[] keys;
    private final String[] labels;
    private final String[] folders;
    private final List<List<String>> tags;
    private final int[] edgeA;
    private final int[] edgeB;
    private final boolean[] seeAlso;
    private final int[] offsets;
    private final int[] neighbours;
    private final int totalNodes;

    GraphData(Kind[] kinds, String[] keys, String[] labels, String[] folders, List<List<String>> tags,
              int[] edgeA, int[] edgeB, boolean[] seeAlso, int totalNodes) {
        this.kinds = kinds;
        this.keys = keys;
        this.labels = labels;
        this.folders = folders;
        this.tags = tags;
        this.edgeA = edgeA;
        this.edgeB = edgeB;
        this.seeAlso = seeAlso;
        this.totalNodes = totalNodes;
        int n = kinds.length;
        offsets = new int[n + 1];
        for (int e = 0; e < edgeA.length; e++) {
            offsets[edgeA[e] + 1]++;
            offsets[edgeB[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        neighbours = new int[offsets[n]];
        int[] fill = java.util.Arrays.copyOf(offsets, n);
        for (int e = 0; e < edgeA.length; e++) {
            neighbours[fill[edgeA[e]]++] = edgeB[e];
            neighbours[fill[edgeB[e]]++] = edgeA[e];
        }
    }

    /** Number of nodes. */
    public int size() {
        return kinds.length;
    }

    /** Nodes the vault has in all; more than {@link #size()} when only a sample is kept. */
    public int totalNodes() {
        return totalNodes;
    }

    /** True when this is a sample of a larger graph. */
    public boolean sampled() {
        return totalNodes > kinds.length;
    }

    public Kind kind(int node) {
        return kinds[node];
    }

    /**
     * A stable identity that survives re-reading the vault: {@code n:path} for a note, {@code g:name} for a
     * ghost, {@code a:path} for an attachment. Remembered positions are keyed by it.
     */
    public String key(int node) {
        return keys[node];
    }

    /** The vault-relative path of a note or attachment, or the ghost's name. */
    public String target(int node) {
        return keys[node].substring(2);
    }

    /** What the node is called: a note's title, a ghost's name, an attachment's file name. */
    public String label(int node) {
        return labels[node];
    }

    /** The node's folder ("" at the vault root and for ghosts). */
    public String folder(int node) {
        return folders[node];
    }

    /** The note's tags (empty for ghosts and attachments). */
    public List<String> tags(int node) {
        return tags.get(node);
    }

    /** Number of edges. */
    public int edgeCount() {
        return edgeA.length;
    }

    public int edgeA(int edge) {
        return edgeA[edge];
    }

    public int edgeB(int edge) {
        return edgeB[edge];
    }

    /** True when every link behind the edge is a "See also" entry. */
    public boolean seeAlso(int edge) {
        return seeAlso[edge];
    }

    /** Number of distinct neighbours. */
    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** The {@code i}-th neighbour of {@code node}, {@code 0 <= i < degree(node)}. */
    public int neighbour(int node, int i) {
        return neighbours[offsets[node] + i];
    }

    /**
     * The graph of the nodes with {@code keep[i]} (in their order) and the edges among them; {@code index}, when
     * not null, receives each node's index in the new graph (-1 when dropped).
     */
    public GraphData subgraph(boolean[] keep, int[] index) {
        int n = kinds.length;
        int[] at = index != null ? index : new int[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            at[i] = keep[i] ? kept++ : -1;
        }
        Kind[] k = new Kind[kept];
        String[] ks = new String[kept];
        String[] ls = new String[kept];
        String[] fs = new String[kept];
        List<List<String>> ts = new java.util.ArrayList<>(kept);
        for (int i = 0; i < n; i++) {
            if (at[i] >= 0) {
                k[at[i]] = kinds[i];
                ks[at[i]] = keys[i];
                ls[at[i]] = labels[i];
                fs[at[i]] = folders[i];
                ts.add(tags.get(i));
            }
        }
        int edges = 0;
        for (int e = 0; e < edgeA.length; e++) {
            edges += at[edgeA[e]] >= 0 && at[edgeB[e]] >= 0 ? 1 : 0;
        }
        int[] ea = new int[edges];
        int[] eb = new int[edges];
        boolean[] sa = new boolean[edges];
        int m = 0;
        for (int e = 0; e < edgeA.length; e++) {
            if (at[edgeA[e]] >= 0 && at[edgeB[e]] >= 0) {
                ea[m] = at[edgeA[e]];
                eb[m] = at[edgeB[e]];
                sa[m++] = seeAlso[e];
            }
        }
        return new GraphData(k, ks, ls, fs, ts, ea, eb, sa, kept);
    }

    /**
     * The index of the node with this key, or -1; a ghost's name matches in any case, as links to it do. A
     * linear scan: for one-off look-ups.
     */
    public int indexOf(String key) {
        boolean ghost = key.startsWith("g:");
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key) || (ghost && keys[i].startsWith("g:") && keys[i].equalsIgnoreCase(key))) {
                return i;
            }
        }
        return -1;
    }
}
