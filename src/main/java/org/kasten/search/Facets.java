package org.kasten.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Facet counts over all the notes a query matches: tags, folders, and frontmatter keys with few distinct
 * values in the vault held by more than one note (topics, creator, platform …; not one note's chapter list or
 * its duration), so a click can narrow the search
 * ({@code tag:x}, {@code path:x}, {@code [key:value]}). One per searcher: it keeps which property keys are
 * facets for the reader it saw last.
 */
final class Facets {

    /** A property is a facet when it has at most this many distinct values in the whole vault. */
    static final int MAX_DISTINCT_VALUES = 25;
    /** Values shown per facet, most frequent first. */
    static final int TOP_VALUES = 10;

    /**
     * The facets of the notes matching a query and how many notes match (counted exactly: every match is
     * visited for the facets anyway, whereas the ranking stops counting at a thousand).
     *
     * @param facets   facet name ("tag", "folder", or a property key) to value to count
     * @param matching the number of notes matching
     */
    record Counted(Map<String, Map<String, Long>> facets, long matching) { }

    /** The facets of the notes matching {@code query}, and their number. */
    Counted count(IndexSearcher searcher, Query query) throws IOException {
        Map<String, Map<String, Long>> raw = new HashMap<>();
        // counted by ordinal per segment, values looked up once per segment (not once per matching note)
        FacetCollector collector = new FacetCollector(raw);
        searcher.search(query, collector);
        collector.addUp();
        java.util.Set<String> propertyFacets = propertyFacets(searcher.getIndexReader());
        Map<String, Map<String, Long>> facets = new TreeMap<>();
        raw.forEach((name, counts) -> {
            if (name.equals("tag") || name.equals("folder") || propertyFacets.contains(name)) {
                facets.put(name, top(counts));
            }
        });
        return new Counted(facets, collector.matched);
    }

    /** Counts the facet values of the matching notes, segment by segment. */
    private static final class FacetCollector extends SimpleCollector {
        private final Map<String, Map<String, Long>> raw;
        private final OrdinalCounts[] fields = new OrdinalCounts[3];
        private long matched;

        FacetCollector(Map<String, Map<String, Long>> raw) {
            this.raw = raw;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            addUp();
            fields[0] = new OrdinalCounts(DocValues.getSortedSet(context.reader(), NoteFields.FACET_TAG), "tag");
            fields[1] = new OrdinalCounts(DocValues.getSortedSet(context.reader(), NoteFields.FACET_FOLDER), "folder");
            fields[2] = new OrdinalCounts(DocValues.getSortedSet(context.reader(), NoteFields.FACET_PROPERTY), null);
        }

        @Override
        public void collect(int doc) throws IOException {
            matched++;
            for (OrdinalCounts field : fields) {
                field.collect(doc);
            }
        }

        @Override
        public void finish() throws IOException {
            addUp();
        }

        /** Adds the current segment's counts to the totals (once). */
        void addUp() throws IOException {
            for (int i = 0; i < fields.length; i++) {
                if (fields[i] != null) {
                    fields[i].addTo(raw);
                    fields[i] = null;
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** One segment's counts of one facet field, by ordinal. */
    private static final class OrdinalCounts {
        private final SortedSetDocValues values;
        private final String facet;
        private final int[] counts;

        OrdinalCounts(SortedSetDocValues values, String facet) {
            this.values = values;
            this.facet = facet;
            this.counts = new int[(int) values.getValueCount()];
        }

        void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    counts[(int) values.nextOrd()]++;
                }
            }
        }

        /** Adds the counted values to {@code raw} (facet, or the key of a "key=value" property, to value to count). */
        void addTo(Map<String, Map<String, Long>> raw) throws IOException {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] == 0) {
                    continue;
                }
                String value = values.lookupOrd(ord).utf8ToString();
                String name = facet;
                if (name == null) {
                    int sep = value.indexOf(NoteFields.KEY_VALUE_SEPARATOR);
                    name = value.substring(0, sep);
                    value = value.substring(sep + 1);
                }
                raw.computeIfAbsent(name, k -> new HashMap<>()).merge(value, (long) counts[ord], Long::sum);
            }
        }
    }

    private static Map<String, Long> top(Map<String, Long> counts) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_VALUES)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    /** The property facets of the last reader asked about (they change only with the index). */
    private volatile PropertyFacets lastFacets;

    private record PropertyFacets(Object readerKey, java.util.Set<String> keys) { }

    /** The property keys that are facets in this reader's index, computed once per reader. */
    java.util.Set<String> propertyFacets(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        PropertyFacets last = lastFacets;
        if (helper != null && last != null && last.readerKey() == helper.getKey()) {
            return last.keys();
        }
        java.util.Set<String> keys = findPropertyFacets(reader);
        if (helper != null) {
            lastFacets = new PropertyFacets(helper.getKey(), keys);
        }
        return keys;
    }

    /**
     * Property keys with at most {@link #MAX_DISTINCT_VALUES} distinct values in the whole index (from the doc
     * values' term dictionaries) that more than one note has.
     */
    private static java.util.Set<String> findPropertyFacets(IndexReader reader) throws IOException {
        Map<String, java.util.Set<String>> values = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues props = DocValues.getSortedSet(leaf.reader(), NoteFields.FACET_PROPERTY);
            for (long ord = 0; ord < props.getValueCount(); ord++) {
                BytesRef term = props.lookupOrd(ord);
                String value = term.utf8ToString();
                int sep = value.indexOf(NoteFields.KEY_VALUE_SEPARATOR);
                values.computeIfAbsent(value.substring(0, sep), k -> new java.util.HashSet<>()).add(value.substring(sep + 1));
            }
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Map.Entry<String, java.util.Set<String>> key : values.entrySet()) {
            if (key.getValue().size() <= MAX_DISTINCT_VALUES
                    && reader.docFreq(new org.apache.lucene.index.Term(NoteFields.HAS_PROPERTY, key.getKey())) > 1) {
                keys.add(key.getKey());
            }
        }
        return java.util.Set.copyOf(keys);
    }

    /** Facet names in display order: tags, folders, then properties alphabetically. */
    static List<String> order(Map<String, Map<String, Long>> facets) {
        return facets.keySet().stream().sorted((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : a.compareTo(b)).toList();
    }

    private static int rank(String facet) {
        return facet.equals("tag") ? 0 : facet.equals("folder") ? 1 : 2;
    }
}
