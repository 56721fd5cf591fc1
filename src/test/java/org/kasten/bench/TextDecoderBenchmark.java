package org.kasten.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.vault.TextDecoder;

/**
 * Decoding throughput: every corpus file (mostly ASCII, the fast path) and seed 004 (mojibake, the repair
 * path), decoded many times. Prints figures; asserts nothing about time.
 */
@Tag("benchmark")
class TextDecoderBenchmark {

    private static final int WARMUP_ROUNDS = 20;
    private static final int ROUNDS = 100;

    @Test
    void decodeThroughput() throws IOException {
        String property = System.getProperty("kasten.shared");
        Path shared = property != null && !property.isBlank() ? Path.of(property) : Path.of("../shared");
        assumeTrue(Files.isDirectory(shared.resolve("corpora")), "no shared corpora at " + shared);
        List<byte[]> corpus = readAll(shared.resolve("corpora"));
        List<byte[]> mojibake = readAll(shared.resolve("seeds")).stream()
                .filter(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8).contains("â€")).toList();

        report("corpora (" + corpus.size() + " files)", corpus);
        report("mojibake seed (" + mojibake.size() + " file)", mojibake);
    }

    private static void report(String label, List<byte[]> files) {
        TextDecoder decoder = new TextDecoder();
        long bytes = files.stream().mapToLong(b -> b.length).sum();
        long sink = 0;
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            sink += decodeAll(decoder, files);
        }
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            sink += decodeAll(decoder, files);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double files1 = (double) files.size() * ROUNDS / seconds;
        System.out.printf("TextDecoder %s: %.1f MB/s, %.0f files/s, %.1f µs/file (%d bytes x %d rounds, sink %d)%n",
                label, bytes * ROUNDS / seconds / 1e6, files1, 1e6 / files1, bytes, ROUNDS, sink);
    }

    private static long decodeAll(TextDecoder decoder, List<byte[]> files) {
        long chars = 0;
        for (byte[] file : files) {
            chars += decoder.decode(file).text().length();
        }
        return chars;
    }

    private static List<byte[]> readAll(Path folder) throws IOException {
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.add(Files.readAllBytes(p));
            }
        }
        return files;
    }
}
