package org.kasten.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.kasten.note.Frontmatter;
import org.kasten.note.Note;

/**
 * Renders each of issue 17's hostile notes ({@link RenderBudgetTest#hostileNotes}) once, cold, and prints the
 * wall and rendering-thread CPU time, the page size, the heap in use after the render, and how the note was
 * shown. Not a test: run with {@code ./mvnw -o -Pbenchmark verify -Dtest=HostileRenderBenchmark}. Other
 * processes share the CPU: wall figures are noisy, CPU figures less so.
 */
@Tag("benchmark")
class HostileRenderBenchmark {

    @Test
    void renderEachHostileNote() {
        NoteRenderer renderer = new NoteRenderer(new GraphVault());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Runtime runtime = Runtime.getRuntime();
        List<Arguments> notes = RenderBudgetTest.hostileNotes().toList();
        for (Arguments arguments : notes) {
            String name = (String) arguments.get()[0];
            Note note = GraphVault.note("Hostile.md", (String) arguments.get()[1], Frontmatter.EMPTY);
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            String page = renderer.renderPage(note, Theme.LIGHT);
            long wall = System.nanoTime() - start;
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            long heap = runtime.totalMemory() - runtime.freeMemory();
            int notice = page.indexOf("<p class=\"large-note-notice\"");
            String shown = notice < 0 ? "formatted" : page.substring(page.indexOf("This note", notice), page.indexOf("</p>", notice));
            System.out.printf("HostileRenderBenchmark: %-45s %,11d chars in: wall %6.2f s, thread CPU %5.2f s, page %,10d chars,"
                            + " heap in use %4d MB; %s%n", name, note.body().length(), wall / 1e9, cpu / 1e9, page.length(),
                    heap >> 20, shown);
        }
        System.out.printf("HostileRenderBenchmark: load average %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runtime.availableProcessors());
    }
}
