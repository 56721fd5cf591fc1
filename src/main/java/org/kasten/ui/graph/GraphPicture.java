package org.kasten.ui.graph;

import java.util.Arrays;
import java.util.List;

/**
 * What the graph view draws apart from positions, computed off the FX thread whenever the graph, the filters or
 * the current note change: the graph, which nodes are shown, their colour groups, the order in which names are
 * offered (current note, then by degree), the current note's node and the tag and folder choices.
 */
public record GraphPicture(GraphData data, boolean[] shown, int shownCount, ColourGroups groups, int[] labelOrder,
                           int current, List<String> tagChoices, List<String> folderChoices) {

    /** Nothing to draw. */
    public static final GraphPicture EMPTY = of(GraphDataBuilder.build(List.of(), List.of(), p -> List.of(), 1),
            new boolean[0], ColourGroups.of(GraphDataBuilder.build(List.of(), List.of(), p -> List.of(), 1),
                    new boolean[0], GraphFilters.ColourMode.NONE), -1, List.of(), List.of());

    /** Orders the names and counts the shown nodes. */
    public static GraphPicture of(GraphData data, boolean[] shown, ColourGroups groups, int current,
                                  List<String> tagChoices, List<String> folderChoices) {
        int count = GraphFilter.count(shown);
        Integer[] order = new Integer[count];
        int k = 0;
        for (int i = 0; i < data.size(); i++) {
            if (shown[i]) {
                order[k++] = i;
            }
        }
        Arrays.sort(order, (a, b) -> a == current ? -1 : b == current ? 1
                : data.degree(a) != data.degree(b) ? Integer.compare(data.degree(b), data.degree(a))
                : Integer.compare(a, b));
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = order[i];
        }
        return new GraphPicture(data, shown, count, groups, labels, current, List.copyOf(tagChoices),
                List.copyOf(folderChoices));
    }

    /** A node's radius in layout units: grows with the square root of its degree, so hubs stand out. */
    public double radius(int node) {
        return radiusOfDegree(data.degree(node));
    }

    /** The radius of a node with {@code degree} neighbours. */
    public static double radiusOfDegree(int degree) {
        return 2.5 + 1.2 * Math.sqrt(degree);
    }
}
