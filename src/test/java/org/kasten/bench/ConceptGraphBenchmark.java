package org.kasten.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.graph.ConceptGraph;
import org.kasten.note.BlockId;
import org.kasten.note.Frontmatter;
import org.kasten.note.Heading;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;

/**
 * Graph build, rebuild and unlinked-mention times: a synthetic 10,000-note vault with 100,000 links, and the
 * 10,000-note vault generated from the shared corpora (graph only, loading not timed). Prints figures;
 * asserts nothing. Run: {@code ./mvnw -o -Pbenchmark verify -Dtest=ConceptGraphBenchmark}.
 */
@Tag("benchmark")
class ConceptGraphBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int NOTES = 10_000;
    private static final int LINKS_PER_NOTE = 10;

    @Test
    void syntheticVault() {
        List<Note> notes = syntheticNotes(new Random(42));
        List<NotePath> attachments = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            attachments.add(NotePath.of("assets/image " + i + ".png"));
        }
        report("synthetic", notes, attachments);
    }

    @Test
    void generatedVault() throws Exception {
        Path vault = VaultGenerator.vaultWith(NOTES);
        LoadedVault loaded = new VaultLoader().load(vault, Progress.NONE);
        report("generated from corpora", loaded.notes(), loaded.attachments());
    }

    private static void report(String what, List<Note> notes, List<NotePath> attachments) {
        long[] builds = new long[7];
        long[] cpu = new long[builds.length];
        ConceptGraph graph = null;
        for (int i = 0; i < builds.length; i++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            graph = ConceptGraph.build(notes, attachments);
            builds[i] = micros(start) / 1000;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        }
        long first = builds[0];
        Arrays.sort(builds);
        Arrays.sort(cpu);
        ConceptGraph built = graph;
        Note changed = notes.get(notes.size() / 2);
        long rebuild = time(() -> built.withNote(changed)) / 1000; // the first edit also files links by name
        ConceptGraph once = built.withNote(changed);
        Note renamed = new Note(changed.path(), changed.format(), changed.title() + " renamed", changed.aliases(),
                changed.tags(), changed.frontmatter(), changed.text(), changed.bodyLine(), changed.headings(),
                changed.blocks(), changed.links(), changed.size(), changed.modified(), changed.hash(), changed.warnings());
        long[] edits = new long[5];
        for (int i = 0; i < edits.length; i++) {
            edits[i] = time(() -> once.withNote(renamed).withNote(changed)) / 2;
        }
        Arrays.sort(edits);
        List<Note> targets = notes.subList(0, 20);
        long mentionsFirst = time(() -> built.unlinkedMentions(targets.get(0).path()));
        long[] mentions = new long[targets.size() - 1];
        int found = 0;
        for (int i = 1; i < targets.size(); i++) {
            NotePath target = targets.get(i).path();
            long start = System.nanoTime();
            found += built.unlinkedMentions(target).size();
            mentions[i - 1] = micros(start);
        }
        Arrays.sort(mentions);
        ConceptGraph edited = built.withNote(renamed);
        long mentionsAfterEdit = time(() -> edited.unlinkedMentions(targets.get(1).path()));
        System.out.printf("%s: %d notes, %d links (%d resolved, %d ghosts, %d ambiguous)%n", what,
                graph.notes().size(), graph.linkCount(), graph.resolvedCount(), graph.ghosts().size(),
                graph.ambiguousLinks().size());
        System.out.printf("  build: first %d ms, median of %d %d ms, min %d ms (thread CPU median %d ms, min %d ms);"
                + " withNote %d ms (first edit); later edits (title changed and back) median %d µs%n", first,
                builds.length, builds[builds.length / 2], builds[0], cpu[cpu.length / 2], cpu[0], rebuild,
                edits[edits.length / 2]);
        System.out.printf("  unlinked mentions: first target %d ms (prepares every body), then median %d ms"
                + " (%d mentions for %d targets)%n", mentionsFirst / 1000, mentions[mentions.length / 2] / 1000,
                found, mentions.length);
        System.out.printf("  unlinked mentions in the graph after an edit (filters taken over): %d ms%n",
                mentionsAfterEdit / 1000);
    }

    private static List<Note> syntheticNotes(Random random) {
        List<Note> notes = new ArrayList<>(NOTES);
        for (int i = 0; i < NOTES; i++) {
            NotePath path = NotePath.of(String.format("Folder %02d/Concept %05d.md", i % 100, i));
            List<Heading> headings = new ArrayList<>();
            for (int h = 0; h < 5; h++) {
                headings.add(new Heading(2, "Section " + h, "section-" + h, 3 + h * 10));
            }
            List<Link> links = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            for (int l = 0; l < LINKS_PER_NOTE; l++) {
                String target = target(random);
                String anchor = random.nextInt(5) == 0 ? "Section " + random.nextInt(7) : null;
                LinkKind kind = target.endsWith(".png") ? LinkKind.EMBED : LinkKind.WIKI;
                links.add(new Link(target, anchor, null, kind, 2 + l * 3, 5, "see [[" + target + "]]", false));
                body.append("Some prose about Title ").append(random.nextInt(NOTES))
                        .append(" and the wider topic, with `code` and [[").append(target).append("]].\n\n\n");
            }
            notes.add(new Note(path, NoteFormat.MARKDOWN, "Title " + i, List.of("Alias " + i), List.of(),
                    Frontmatter.EMPTY, body.toString(), 1, body.toString(), headings,
                    List.of(new BlockId("b" + i, 4)), links, body.length(), 0L, "", List.of()));
        }
        return notes;
    }

    private static String target(Random random) {
        int n = random.nextInt(NOTES);
        return switch (random.nextInt(8)) {
            case 0 -> "Title " + n;
            case 1 -> "alias " + n;
            case 2 -> String.format("Folder %02d/Concept %05d", n % 100, n);
            case 3 -> "Ghost concept " + random.nextInt(2000);
            case 4 -> "image " + random.nextInt(600) + ".png";
            default -> String.format("concept %05d", n);
        };
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return micros(start);
    }

    private static long micros(long start) {
        return (System.nanoTime() - start) / 1000;
    }
}
