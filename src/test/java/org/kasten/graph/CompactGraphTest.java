package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.graph.TestNotes.note;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.kasten.graph.NameTable.Level;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

/**
 * The graph's compact structures (issue 16) answer as a brute-force computation from the contract: the name
 * table's arrays ({@link NameKeys}: keys as spans of lower-cased paths, open addressing, postings by counting)
 * against a map of every name's {@link Keys#key} made one by one; the candidates' best per folder against a scan
 * of every candidate; the links resolved once per target and folder ({@link TargetResolver.Memo}) against each
 * link resolved alone; and the backlinks against a pass over every link, on generated vaults whose names are
 * shared by many notes and whose paths have the characters that make keys differ from the path lower-cased.
 */
class CompactGraphTest {

    /** File names whose keys differ from the file name lower-cased: white space, case, NFC, dots, no extension. */
    private static final List<String> FILE_NAMES = List.of("Alpha.md", "alpha.MD", "ALPHA.md", " Alpha.md", "Alpha .md",
            "Alpha. md", "Alpha.md ", "\tAlpha.md", "Alpha\u001f.md", ".md", ".hidden.md", "a.", "Beta", "Beta.txt",
            "beta.png", "Café.md", "Cafe\u0301.md", "CAFÉ.md", "İstanbul.md", "istanbul.md", "ΣΟΦΙΑ.md", "σοφια.md",
            "x.y.z.md", "X.Y.md", "Red, Green.md", "a b.md", "   .md", "..md", "K\u212a.md", "ﬁle.md", "FILE.md",
            "Gamma.md", "gamma.md", "Gamma 2.md");
    private static final List<String> FOLDERS = List.of("", "Sub/", "sub/", "Deep/A/", "Deep/a/", " Pad/", "Pad /",
            "Café/", "É/", "x.md/", "A/B/C/", "a/b/c/", "Gamma/", "Deep/A/Gamma/", "F1/G/", "F2/G/", "Sub/ Inner/");
    private static final List<String> TITLES = List.of("Alpha", "alpha", " Gamma ", "Café", "Cafe\u0301", "Sub/Alpha",
            "ΣΟΦΙΑ", "Beta.png", "Deep/A/Alpha", "Red, Green");

    private static List<NotePath> paths(Random random, int count) {
        TreeSet<NotePath> paths = new TreeSet<>();
        for (String folder : FOLDERS) {
            for (String file : FILE_NAMES) {
                if (random.nextInt(3) > 0) {
                    paths.add(NotePath.of(folder + file));
                }
            }
        }
        while (paths.size() < count) { // many notes in many folders sharing a few names, as the 100,000-note vault
            paths.add(NotePath.of("Many/F" + random.nextInt(200) + "/" + FILE_NAMES.get(random.nextInt(FILE_NAMES.size()))));
        }
        return new ArrayList<>(paths);
    }

    private static List<Note> notes(Random random, List<NotePath> paths) {
        List<Note> notes = new ArrayList<>();
        for (NotePath path : paths) {
            if (path.value().endsWith(".png")) {
                continue;
            }
            TestNotes note = note(path.value());
            switch (random.nextInt(5)) {
                case 1 -> note.title(TITLES.get(random.nextInt(TITLES.size())));
                case 2 -> note.aliases(TITLES.get(random.nextInt(TITLES.size())), " x ");
                default -> { }
            }
            notes.add(note.build());
        }
        return notes;
    }

    /** Every key of the notes and attachments, with the paths it names at each level: made one name at a time. */
    private static Map<String, Map<Level, TreeSet<NotePath>>> bruteNames(List<Note> notes, List<NotePath> attachments) {
        Map<String, Map<Level, TreeSet<NotePath>>> names = new HashMap<>();
        for (Note note : notes) {
            NameTable.names(note, (level, name) -> names.computeIfAbsent(Keys.key(name), k -> new EnumMap<>(Level.class))
                    .computeIfAbsent(level, l -> new TreeSet<>()).add(note.path()));
        }
        for (NotePath path : attachments) {
            NameTable.attachmentNames(path, (level, name) -> names.computeIfAbsent(Keys.key(name),
                    k -> new EnumMap<>(Level.class)).computeIfAbsent(level, l -> new TreeSet<>()).add(path));
        }
        return names;
    }

    /** The contract's tie-break by a scan of every candidate: same folder, then shortest, then lexical order. */
    private static NotePath bruteChoice(TreeSet<NotePath> candidates, String folder) {
        Comparator<NotePath> best = Comparator.comparingInt((NotePath p) -> p.value().length()).thenComparing(p -> p);
        return candidates.stream().filter(p -> p.folder().equals(folder)).min(best)
                .orElseGet(() -> candidates.stream().min(best).orElseThrow());
    }

    @Test
    void theNameTableAnswersEveryKeyAndLevelAsNamesMadeOneByOne() {
        for (int seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            List<NotePath> all = paths(random, 1500);
            List<Note> notes = notes(random, all);
            List<NotePath> attachments = all.stream().filter(p -> p.value().endsWith(".png") || random.nextInt(40) == 0)
                    .toList();
            Map<String, Map<Level, TreeSet<NotePath>>> brute = bruteNames(notes, attachments);
            List<String> folders = new ArrayList<>(FOLDERS.stream().map(f -> f.isEmpty() ? "" : f.substring(0, f.length() - 1)).toList());
            folders.addAll(List.of("Many/F7", "Many/F150", "Nowhere", "Deep"));
            List<Note> shuffled = new ArrayList<>(notes);
            java.util.Collections.shuffle(shuffled, random); // the table sorts them itself
            for (boolean parallel : new boolean[] {false, true}) {
                NameTable table = new NameTable(shuffled, attachments, parallel);
                for (Map.Entry<String, Map<Level, TreeSet<NotePath>>> key : brute.entrySet()) {
                    for (Level level : Level.values()) {
                        TreeSet<NotePath> expected = key.getValue().getOrDefault(level, new TreeSet<>());
                        Candidates found = table.get(key.getKey(), level);
                        assertThat(found.paths()).as("seed %d, parallel %s: key '%s' at %s", seed, parallel, key.getKey(), level)
                                .containsExactlyElementsOf(expected);
                        if (!expected.isEmpty()) {
                            for (String folder : folders) {
                                assertThat(found.choose(folder)).as("key '%s' at %s from '%s'", key.getKey(), level, folder)
                                        .isEqualTo(bruteChoice(expected, folder));
                            }
                        }
                    }
                }
                for (String absent : List.of("nowhere", "alpha.md/", "many", "", "deep/a/gamma/alpha", "x.md")) {
                    for (Level level : Level.values()) {
                        assertThat(table.get(absent, level).paths()).as("'%s' at %s", absent, level)
                                .containsExactlyElementsOf(brute.getOrDefault(absent, Map.of()).getOrDefault(level, new TreeSet<>()));
                    }
                }
            }
        }
    }

    @Test
    void linksResolvedOncePerTargetAndFolderAndTheirBacklinksAreTheLinksResolvedOneByOne() {
        List<String> folders = new ArrayList<>(List.of("", "A/", "A/B/", "C/", "Alpha/", "Gamma Ray/"));
        for (int i = 0; i < 34; i++) { // folders of several depths, some sharing their last segment
            folders.add("F" + i % 6 + "/" + (i % 3 == 0 ? "" : "G" + i / 6 + "/"));
        }
        RandomNotes generated = new RandomNotes(folders.stream().distinct().toArray(String[]::new));
        for (int seed = 1; seed <= 2; seed++) {
            Random random = new Random(seed);
            Map<NotePath, Note> notes = new TreeMap<>();
            while (notes.size() < 600) { // of at most 24 paths a folder
                Note note = generated.randomNote(random, generated.randomPath(random));
                notes.put(note.path(), note);
            }
            for (boolean parallel : new boolean[] {false, true}) {
                ConceptGraph graph = ConceptGraph.build(notes.values(), RandomNotes.ATTACHMENTS, parallel);
                Map<NotePath, List<ResolvedLink>> backlinks = new HashMap<>();
                int links = 0;
                for (Note note : notes.values()) {
                    for (ResolvedLink link : graph.outgoing(note.path())) {
                        links++;
                        assertThat(link.resolution()).as("seed %d: %s in %s", seed, link.link().target(), note.path())
                                .isEqualTo(alone(graph, link.link(), note.path()));
                        Resolution resolution = link.resolution();
                        if (resolution.status() == Resolution.Status.NOTE && !resolution.path().equals(note.path())) {
                            backlinks.computeIfAbsent(resolution.path(), p -> new ArrayList<>()).add(link);
                        }
                    }
                }
                assertThat(links).isEqualTo(graph.linkCount()).isGreaterThan(3000);
                for (Note note : notes.values()) {
                    List<ResolvedLink> expected = new ArrayList<>(backlinks.getOrDefault(note.path(), List.of()));
                    expected.sort(GraphBuilder.BY_SOURCE_AND_LINE);
                    assertThat(graph.backlinks(note.path())).as("backlinks of %s", note.path()).isEqualTo(expected);
                }
            }
        }
    }

    /** A link resolved by itself, as {@link TargetResolver#resolve(Link, NotePath)} does without a memo. */
    private static Resolution alone(ConceptGraph graph, Link link, NotePath source) {
        if (link.target().isBlank()) {
            return new Resolution(Resolution.Status.NOTE, source, "", List.of(source));
        }
        boolean fileLink = link.kind() == LinkKind.MARKDOWN || link.kind() == LinkKind.MARKDOWN_EMBED;
        return graph.resolve(link.target(), source, fileLink);
    }
}
