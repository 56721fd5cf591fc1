package org.kasten.ui.viewmodel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kasten.ui.graph.GraphData;

/**
 * The tags and folders a graph's filter offers (the global graph's and the local graph's): the 60 most used of
 * each, in alphabetical order; folders as their first one or two levels.
 */
final class GraphChoices {

    private GraphChoices() {
    }

    static List<String> tags(GraphData d) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            d.tags(i).forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        return counts.entrySet().stream().sorted((a, b) -> !a.getValue().equals(b.getValue())
                ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()))
                .limit(60).map(Map.Entry::getKey).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    static List<String> folders(GraphData d) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            String f = d.folder(i);
            int second = f.indexOf('/', f.indexOf('/') + 1);
            String top = second < 0 ? f : f.substring(0, second);
            if (!top.isEmpty()) {
                counts.merge(top, 1, Integer::sum);
                if (top.contains("/")) {
                    counts.merge(top.substring(0, top.indexOf('/')), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(60)
                .map(Map.Entry::getKey).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
