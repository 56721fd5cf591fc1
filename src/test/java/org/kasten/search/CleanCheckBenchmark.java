package org.kasten.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.bench.VaultGenerator;
import org.kasten.graph.ConceptGraph;
import org.kasten.note.IndexReport;
import org.kasten.note.Progress;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;

/**
 * What trusting a cleanly closed index costs on opening, at 10,000 generated notes, side by side in one JVM and
 * interleaved round by round: the marker's commit name alone (before), the marker with the size and times of
 * each of the commit's files ({@link IndexIntegrity#closedCleanlyAt}, now), and reading every file of the commit
 * against its checksum (what an index that does not match gets). Prints medians and every round; asserts nothing
 * about time. Run: {@code ./mvnw -o -Pbenchmark verify -Dtest=CleanCheckBenchmark}.
 */
@Tag("benchmark")
class CleanCheckBenchmark {

    private static final int ROUNDS = 9;

    @Test
    void cheapCheckAgainstFullVerification() throws IOException {
        Path folder = Path.of("target", "bench-clean-check");
        build(folder);
        try (Directory directory = FSDirectory.open(folder)) {
            SegmentInfos latest = SegmentInfos.readLatestCommit(directory);
            String segments = latest.getSegmentsFileName();
            Collection<String> files = latest.files(true);
            long bytes = 0;
            for (String file : files) {
                bytes += directory.fileLength(file);
            }
            System.out.printf("index %s: %d files in the commit, %.1f MB, %d segment(s)%n", folder, files.size(),
                    bytes / 1e6, latest.size());
            double[] before = new double[ROUNDS];
            double[] now = new double[ROUNDS];
            double[] full = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long t0 = System.nanoTime();
                boolean old = segments.equals(Files.readString(folder.resolve(IndexIntegrity.CLEAN_MARKER),
                        StandardCharsets.UTF_8).lines().findFirst().orElse(""));
                long t1 = System.nanoTime();
                boolean clean = IndexIntegrity.closedCleanlyAt(folder, segments);
                long t2 = System.nanoTime();
                IndexIntegrity.verify(directory, files, () -> false);
                long t3 = System.nanoTime();
                if (!old || !clean) {
                    throw new IllegalStateException("the index is not marked clean");
                }
                before[round] = (t1 - t0) / 1e6;
                now[round] = (t2 - t1) / 1e6;
                full[round] = (t3 - t2) / 1e6;
            }
            print("marker's commit name only (before)", before);
            print("marker + size/times of each file (now)", now);
            print("checksums of every file", full);
        }
    }

    /** Indexes the generated 10,000-note vault into {@code folder} (kept between runs) and closes it cleanly. */
    private static void build(Path folder) throws IOException {
        Path vaultDir = VaultGenerator.vaultWith(10_000);
        LoadedVault vault = new VaultLoader().load(vaultDir, Path.of(folder + "-parse-cache"), Progress.NONE);
        ConceptGraph graph = ConceptGraph.build(vault.notes(), vault.attachments());
        try (NoteIndex index = NoteIndex.open(folder)) {
            IndexReport report = index.sync(IndexedNote.of(graph, vault.notes()), Progress.NONE, () -> false);
            System.out.printf("%d notes, %d written%n", vault.notes().size(), report.written());
        }
    }

    private static void print(String name, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        StringBuilder rounds = new StringBuilder();
        for (double m : millis) {
            rounds.append(String.format(" %.3f", m));
        }
        System.out.printf("%-42s median %8.3f ms   rounds:%s%n", name, sorted[sorted.length / 2], rounds);
    }
}
