package org.kasten.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.SearchHit;
import org.kasten.note.SearchResults;
import org.kasten.search.IndexedNote;
import org.kasten.search.NoteIndex;
import org.kasten.search.NoteSearcher;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;

/**
 * Not a timing: writes what the benchmark's queries return (top 10 with scores and snippets, totals, facets;
 * snippets from memory and from the stored text) to a file, so two builds can be compared with {@code diff}
 * after a speed change. The benchmark vault holds many copies of the same notes, whose order among equal
 * scores depends on indexing order: hits print with the copy folder masked ({@code copy-*}), sorted within
 * equal scores. Totals above 1,000 are lower bounds and may differ between runs.
 * Run: {@code ./mvnw -o -Pbenchmark test -Dtest=SearchResultsDump -Ddump=/tmp/results.txt}.
 */
@Tag("benchmark")
class SearchResultsDump {

    @Test
    void dump() throws Exception {
        Path vaultDir = VaultGenerator.vaultWith(10_000);
        LoadedVault vault = new VaultLoader().load(vaultDir, Progress.NONE);
        List<Note> notes = vault.notes();
        Path out = Path.of(System.getProperty("dump", "target/search-results.txt"));
        try (NoteIndex index = NoteIndex.inMemory(); PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
            index.sync(IndexedNote.unlinked(notes), Progress.NONE, () -> false);
            NoteSearcher searcher = index.searcher();
            Map<NotePath, Note> byPath = new HashMap<>();
            notes.forEach(n -> byPath.put(n.path(), n));
            Set<String> queries = new LinkedHashSet<>();
            QueryMix.queries(QueryMix.evaluationQueries()).values().forEach(queries::addAll);
            for (boolean fromMemory : new boolean[]{true, false}) {
                searcher.setNotes(fromMemory ? byPath::get : null);
                for (String query : queries) {
                    SearchResults results = searcher.search(query, 10, true, true);
                    writer.printf("Q %s %s | shown=%s total=%d%n", fromMemory ? "memory" : "stored", query,
                            results.shownQuery(), results.total());
                    // hits come best first; only the order among equal scores is arbitrary
                    List<SearchHit> hits = new ArrayList<>(results.hits());
                    hits.sort(Comparator.comparingDouble((SearchHit h) -> -h.score()).thenComparing(SearchResultsDump::line));
                    hits.forEach(h -> writer.println(line(h)));
                    writer.println("  facets " + new TreeMap<>(results.facets()));
                }
            }
        }
        System.out.println("search results written to " + out.toAbsolutePath());
    }

    private static String line(SearchHit hit) {
        return String.format("  %.4f %s%n    %s", hit.score(), mask(hit.path().value()), mask(hit.snippet()));
    }

    /** The copy folder of the generated vault masked, so copies of one note read the same. */
    private static String mask(String text) {
        return text.replaceAll("copy-\\d+", "copy-*");
    }
}
