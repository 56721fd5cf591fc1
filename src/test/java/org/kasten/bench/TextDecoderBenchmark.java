package org.kasten.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.testing.SharedFolders;
import org.kasten.vault.TextDecoder;

/**
 * Decoding throughput: every corpus file (mostly ASCII, the fast path) and seed 004 (mojibake, the repair
 * path), each decoded for a few seconds after a warm-up. Prints figures; asserts nothing about time.
 */
@Tag("benchmark")
class TextDecoderBenchmark {

    private static final long WARMUP_NANOS = 2_000_000_000L;
    private static final long MEASURE_NANOS = 3_000_000_000L;

    @Test
    void decodeThroughput() throws IOException {
        List<byte[]> corpus = readAll(SharedFolders.require("corpora"));
        List<byte[]> mojibake = readAll(SharedFolders.require("seeds")).stream()
                .filter(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8).contains("â€")).toList();

        report("corpora (" + corpus.size() + " files)", corpus);
        report("mojibake seed (" + mojibake.size() + " file)", mojibake);
    }

    private static void report(String label, List<byte[]> files) {
        TextDecoder decoder = new TextDecoder();
        long bytes = files.stream().mapToLong(b -> b.length).sum();
        long sink = 0;
        long warmupEnd = System.nanoTime() + WARMUP_NANOS;
        while (System.nanoTime() < warmupEnd) {
            sink += decodeAll(decoder, files);
        }
        int rounds = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            sink += decodeAll(decoder, files);
            rounds++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NANOS);
        double seconds = elapsed / 1e9;
        double filesPerSecond = (double) files.size() * rounds / seconds;
        System.out.printf("TextDecoder %s: %.1f MB/s, %.0f files/s, %.1f µs/file (%d bytes x %d rounds, sink %d)%n",
                label, bytes * rounds / seconds / 1e6, filesPerSecond, 1e6 / filesPerSecond, bytes, rounds, sink);
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
