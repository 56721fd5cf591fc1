package org.kasten.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.note.Frontmatter;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.render.LinkTargets;
import org.kasten.render.NoteRenderer;
import org.kasten.render.Theme;

/**
 * Renders a 300 KB note built from the Obsidian help corpus (callouts, tables, links, embeds) and a small
 * note, and prints the warm median time per full page: wall time, and the rendering thread's CPU time, which
 * is less distorted when other processes compete for the cores. Not a test: run with
 * {@code ./mvnw -o -Pbenchmark verify -Dtest=RenderBenchmark}. Other processes share the CPU: figures are noisy.
 */
@Tag("benchmark")
class RenderBenchmark {

    private static final int TARGET_BYTES = 300 * 1024;

    @Test
    void renderLargeNote() throws IOException {
        Path corpus = Path.of(System.getProperty("kasten.shared", "../shared"), "corpora", "obsidian-help-en");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus not present: " + corpus);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        StringBuilder body = new StringBuilder();
        while (body.length() < TARGET_BYTES) {
            for (Path file : files) {
                String text = Files.readString(file);
                if (text.startsWith("---")) {
                    int end = text.indexOf("\n---", 3);
                    text = end < 0 ? text : text.substring(end + 4);
                }
                body.append("\n\n## ").append(file.getFileName().toString().replace(".md", "")).append("\n\n").append(text);
                if (body.length() >= TARGET_BYTES) {
                    break;
                }
            }
        }
        LinkTargets targets = new LinkTargets() {
            @Override
            public Resolution resolve(String target, NotePath from, boolean fileLink) {
                boolean note = target.length() % 3 != 0;
                return note ? new Resolution(Resolution.Status.NOTE, NotePath.of(target + ".md"), target, List.of(NotePath.of(target + ".md")))
                        : new Resolution(Resolution.Status.GHOST, null, target, List.of());
            }

            @Override
            public Optional<Note> note(NotePath path) {
                return Optional.empty();
            }
        };
        NoteRenderer renderer = new NoteRenderer(targets);
        measure(renderer, note("Large.md", body.toString()), "300 KB note");
        measure(renderer, note("Small.md", body.substring(0, 4000)), "4 KB note");
    }

    private static void measure(NoteRenderer renderer, Note note, String label) {
        int warm = 10;
        int runs = 21;
        long[] micros = new long[runs];
        long[] cpuMicros = new long[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int length = 0;
        for (int i = 0; i < warm + runs; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            length = renderer.renderPage(note, Theme.LIGHT).length();
            if (i >= warm) {
                micros[i - warm] = (System.nanoTime() - start) / 1000;
                cpuMicros[i - warm] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1000;
            }
        }
        Arrays.sort(micros);
        Arrays.sort(cpuMicros);
        System.out.printf("RenderBenchmark: %s (%d chars in, %d chars of page out): wall median %.1f ms (min %.1f, max %.1f);"
                        + " thread CPU median %.1f ms (min %.1f); load average %.1f on %d cores%n",
                label, note.body().length(), length, micros[runs / 2] / 1000.0, micros[0] / 1000.0, micros[runs - 1] / 1000.0,
                cpuMicros[runs / 2] / 1000.0, cpuMicros[0] / 1000.0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    private static Note note(String path, String body) {
        return new Note(NotePath.of(path), NoteFormat.MARKDOWN, "Large", List.of(), List.of(), Frontmatter.EMPTY, body, 1,
                body, new ArrayList<>(), List.of(), List.of(), body.length(), 0, "", List.of());
    }
}
