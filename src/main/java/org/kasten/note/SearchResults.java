package org.kasten.note;

import java.util.List;
import java.util.Map;

/**
 * The answer to one query.
 *
 * @param query       the query as typed
 * @param shownQuery  when the query found nothing or little and a corrected one was used, that query; else null
 * @param total       how many notes match: exact when facets were counted, else exact up to 1,000 and beyond a
 *                    lower bound
 * @param hits        the top hits, best first
 * @param facets      facet name (e.g. "tag", "folder", "topics") to value to count, for narrowing
 * @param micros      time taken, in microseconds
 */
public record SearchResults(String query, String shownQuery, long total, List<SearchHit> hits,
                            Map<String, Map<String, Long>> facets, long micros) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
