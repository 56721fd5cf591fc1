package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kasten.graph.ConceptGraph;
import org.kasten.note.Progress;
import org.kasten.note.ResolvedLink;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;

/**
 * Ranking quality on judged natural-language queries (src/test/resources/eval/queries.tsv) over the bundled
 * notes and the shared corpora: MRR@10 and success@3 for Kasten and for a ripgrep-style baseline, printed
 * side by side. The floors keep ranking from silently regressing.
 */
class EvaluationTest {

    /** Floors a bit under the measured values (see the report), so noise-free changes that hurt ranking fail. */
    static final double MRR_FLOOR = 0.82;
    static final double SUCCESS3_FLOOR = 0.86;
    static final double HELDOUT_MRR_FLOOR = 0.89;
    static final double HELDOUT_SUCCESS3_FLOOR = 0.94;
    static final double HELDOUT2_MRR_FLOOR = 0.83;
    static final double HELDOUT2_SUCCESS3_FLOOR = 0.89;

    record Judged(String corpus, String query, Set<String> answers) { }

    static List<Judged> queries(String resource) throws IOException {
        List<Judged> judged = new ArrayList<>();
        try (InputStream in = EvaluationTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                Set<String> answers = Set.copyOf(Arrays.stream(cols[2].split("\\|")).map(String::strip).toList());
                judged.add(new Judged(cols[0], cols[1], answers));
            }
        }
        return judged;
    }

    static Path corpus(String name) {
        if (name.equals("notes")) {
            return Path.of("notes");
        }
        return Path.of(System.getProperty("kasten.shared", "../shared")).resolve("corpora").resolve(name);
    }

    /** 1/rank of the first answer within the top 10, else 0. */
    static double reciprocalRank(List<String> ranked, Set<String> answers) {
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            if (answers.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Figures for one query set. */
    record Scores(int n, double mrr, double success3, double grepMrr, double grepSuccess3) { }

    @Test
    void kastenRanksTheRightNoteFirstFarMoreOftenThanGrep() throws IOException {
        List<Judged> judged = queries("/eval/queries.tsv");
        assertThat(judged).hasSizeGreaterThanOrEqualTo(40);
        Scores s = evaluate("Tuning set (queries.tsv)", judged, true);
        assertThat(s.mrr()).as("Kasten MRR@10").isGreaterThanOrEqualTo(MRR_FLOOR);
        assertThat(s.success3()).as("Kasten success@3").isGreaterThanOrEqualTo(SUCCESS3_FLOOR);
        assertThat(s.mrr()).as("Kasten beats the grep baseline").isGreaterThan(s.grepMrr());
    }

    /** Queries written before any ranking change and never used to tune it: the honest figure for unseen vaults. */
    @Test
    void kastenRanksWellOnHeldOutQueries() throws IOException {
        List<Judged> judged = queries("/eval/heldout.tsv");
        assertThat(judged).hasSizeGreaterThanOrEqualTo(30);
        Scores s = evaluate("Held-out set (heldout.tsv)", judged, false); // totals only: its misses must not guide tuning
        assertThat(s.mrr()).as("Kasten held-out MRR@10").isGreaterThanOrEqualTo(HELDOUT_MRR_FLOOR);
        assertThat(s.success3()).as("Kasten held-out success@3").isGreaterThanOrEqualTo(HELDOUT_SUCCESS3_FLOOR);
        assertThat(s.mrr()).as("Kasten beats the grep baseline").isGreaterThan(s.grepMrr());
    }

    /** A second held-out set, written before a later round of ranking changes and likewise never used to tune them. */
    @Test
    void kastenRanksWellOnASecondHeldOutSet() throws IOException {
        List<Judged> judged = queries("/eval/heldout2.tsv");
        assertThat(judged).hasSizeGreaterThanOrEqualTo(30);
        Scores s = evaluate("Second held-out set (heldout2.tsv)", judged, false); // totals only, as above
        assertThat(s.mrr()).as("Kasten heldout2 MRR@10").isGreaterThanOrEqualTo(HELDOUT2_MRR_FLOOR);
        assertThat(s.success3()).as("Kasten heldout2 success@3").isGreaterThanOrEqualTo(HELDOUT2_SUCCESS3_FLOOR);
        assertThat(s.mrr()).as("Kasten beats the grep baseline").isGreaterThan(s.grepMrr());
    }

    /** Scores {@code judged}; {@code showMisses} lists the queries whose first hit was wrong (tuning set only). */
    static Scores evaluate(String label, List<Judged> judged, boolean showMisses) throws IOException {
        Map<String, List<Judged>> byCorpus = new LinkedHashMap<>();
        judged.forEach(j -> byCorpus.computeIfAbsent(j.corpus(), k -> new ArrayList<>()).add(j));
        for (String corpus : byCorpus.keySet()) {
            Assumptions.assumeTrue(Files.isDirectory(corpus(corpus)), "corpus " + corpus + " is absent: " + corpus(corpus));
        }
        double kastenRr = 0;
        double grepRr = 0;
        int kastenAt3 = 0;
        int grepAt3 = 0;
        StringBuilder misses = new StringBuilder();
        for (Map.Entry<String, List<Judged>> entry : byCorpus.entrySet()) {
            Path root = corpus(entry.getKey());
            LoadedVault vault = new VaultLoader().load(root, Progress.NONE);
            ConceptGraph graph = ConceptGraph.build(vault.notes(), vault.attachments());
            GrepBaseline grep = new GrepBaseline(vault.root());
            try (NoteIndex index = NoteIndex.inMemory()) {
                index.sync(IndexedNote.of(graph, vault.notes()), Progress.NONE, () -> false);
                NoteSearcher searcher = index.searcher();
                searcher.setBacklinkCounts(p -> (int) graph.backlinks(p).stream().map(ResolvedLink::source).distinct().count());
                for (Judged j : entry.getValue()) {
                    List<String> kasten = searcher.search(j.query(), 10).hits().stream().map(h -> h.path().value()).toList();
                    List<String> baseline = grep.search(j.query(), 10);
                    double rr = reciprocalRank(kasten, j.answers());
                    double grr = reciprocalRank(baseline, j.answers());
                    kastenRr += rr;
                    grepRr += grr;
                    kastenAt3 += rr >= 1.0 / 3 ? 1 : 0;
                    grepAt3 += grr >= 1.0 / 3 ? 1 : 0;
                    if (rr < 1) {
                        misses.append(String.format("  rr=%.2f (grep %.2f) %-18s %s -> %s%n", rr, grr, j.corpus(), j.query(),
                                kasten.isEmpty() ? "(nothing)" : kasten.get(0)));
                    }
                }
            }
        }
        int n = judged.size();
        double mrr = kastenRr / n;
        double success3 = (double) kastenAt3 / n;
        System.out.printf("%n%s: ranking evaluation, %d judged queries%n", label, n);
        System.out.printf("  %-8s MRR@10 %.3f  success@3 %.3f%n", "Kasten", mrr, success3);
        System.out.printf("  %-8s MRR@10 %.3f  success@3 %.3f%n", "grep", grepRr / n, (double) grepAt3 / n);
        if (showMisses) {
            System.out.print("Queries where Kasten's first hit was not an answer:\n" + misses);
        }
        return new Scores(n, mrr, success3, grepRr / n, (double) grepAt3 / n);
    }
}
