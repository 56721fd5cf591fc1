package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.graph.TestNotes.note;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kasten.graph.NameTable.Level;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * A table of some keys only ({@link NameTable#only}) answers each of its keys as the whole table does, though it
 * makes the names of only the notes and attachments whose file names may end one of them ({@link LastSegments}).
 */
class NameTableOnlyTest {

    /** File names that make keys differ from the file name lower-cased: white space, case, NFC, dots, no extension. */
    private static final List<String> FILE_NAMES = List.of("Alpha.md", "alpha.MD", "ALPHA.md", " Alpha.md", "Alpha .md",
            "Alpha. md", "Alpha.md ", "\tAlpha.md", "Alpha\u001f.md", ".md", ".hidden.md", "a.", "Beta", "Beta.txt",
            "beta.png", "Café.md", "Cafe\u0301.md", "CAFÉ.md", "İstanbul.md", "istanbul.md", "ΣΟΦΙΑ.md", "σοφια.md",
            "x.y.z.md", "X.Y.md", "Red, Green.md", "a b.md", "   .md", "..md", "K\u212a.md", "ﬁle.md", "FILE.md");
    private static final List<String> FOLDERS = List.of("", "Sub/", "sub/", "Deep/A/", " Pad/", "Pad /", "Café/",
            "É/", "x.md/", "./");

    private static List<NotePath> paths() {
        List<NotePath> paths = new ArrayList<>();
        for (String folder : FOLDERS) {
            for (String file : FILE_NAMES) {
                paths.add(NotePath.of(folder + file));
            }
        }
        return paths.stream().distinct().sorted().toList();
    }

    /** Notes known by file name (titled by it), some read with another title or aliases. */
    private static List<Note> notes() {
        List<Note> notes = new ArrayList<>();
        int i = 0;
        for (NotePath path : paths()) {
            TestNotes note = note(path.value());
            switch (i++ % 7) {
                case 3 -> note.title("Alpha");
                case 5 -> note.aliases("beta", " Café ");
                default -> { }
            }
            notes.add(note.build());
        }
        return notes;
    }

    /** Every key any note or attachment is named by, and some no one is. */
    private static List<String> allKeys(List<Note> notes, List<NotePath> attachments) {
        Set<String> keys = new LinkedHashSet<>();
        notes.forEach(n -> NameTable.names(n, (level, name) -> keys.add(Keys.key(name))));
        attachments.forEach(p -> NameTable.attachmentNames(p, (level, name) -> keys.add(Keys.key(name))));
        keys.addAll(List.of(Keys.key("nowhere"), Keys.key("Sub/nowhere"), "", "/", Keys.key("alpha/")));
        return new ArrayList<>(keys);
    }

    @Test
    void eachKeyIsAnsweredAsByTheWholeTable() {
        List<Note> notes = notes();
        List<NotePath> attachments = paths();
        NameTable whole = new NameTable(notes, attachments, false);
        List<String> keys = allKeys(notes, attachments);
        List<Set<String>> rounds = new ArrayList<>();
        keys.forEach(key -> rounds.add(Set.of(key))); // each alone, then all, then a few at a time
        rounds.add(Set.copyOf(keys));
        Random random = new Random(16);
        for (int round = 0; round < 40; round++) {
            Set<String> some = new LinkedHashSet<>();
            while (some.size() < 2 + random.nextInt(6)) {
                some.add(keys.get(random.nextInt(keys.size())));
            }
            rounds.add(some);
        }
        for (Set<String> some : rounds) {
            NameTable only = NameTable.only(notes, attachments, some);
            for (String key : some) {
                assertThat(byLevel(only.entry(key))).as("key '%s' of %s", key, some).isEqualTo(byLevel(whole.entry(key)));
            }
            assertThat(only.complete()).as("answered by its own keys").isFalse();
        }
    }

    @Test
    void onlyTheNotesWhoseFileNamesMayEndAKeyAreNamed() {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            notes.add(note("Folder " + (i % 10) + "/Note " + i + ".md").build());
        }
        NameTable only = NameTable.only(notes, List.of(NotePath.of("img/Note 7.png")),
                Set.of(Keys.key("Note 7"), Keys.key("Folder 7/Note 7.md"), Keys.key("note 7.png")));
        assertThat(only.named()).isLessThanOrEqualTo(3); // Note 7.md and the picture, and a hash shared by chance
        assertThat(only.entry(Keys.key("Note 7")).get(Level.NAME).paths()).containsExactly(NotePath.of("Folder 7/Note 7.md"));
        assertThat(only.entry(Keys.key("note 7.png")).get(Level.FILE_NAME).paths()).containsExactly(NotePath.of("img/Note 7.png"));
    }

    private static Map<Level, List<NotePath>> byLevel(NameEntry entry) {
        Map<Level, List<NotePath>> levels = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            List<NotePath> paths = entry.get(level).paths();
            if (!paths.isEmpty()) {
                levels.put(level, paths);
            }
        }
        return levels;
    }
}
