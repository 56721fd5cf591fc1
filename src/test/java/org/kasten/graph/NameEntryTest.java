package org.kasten.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.graph.TestNotes.note;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kasten.graph.NameTable.Level;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * A name table's entry keeps only the levels a key has (in level order): each level answers its own candidates,
 * whichever others the key has, in a built table and after edits.
 */
class NameEntryTest {

    private static final List<NotePath> ATTACHMENTS = List.of(NotePath.of("files/x"), NotePath.of("x"));

    /** Notes naming "x" at the levels PATH (x.md), NAME (b/x.md), TITLE and ALIAS; attachments at FILE_*. */
    private static List<Note> notes() {
        return List.of(
                note("x.md").title("Ex").build(),
                note("b/x.md").title("Bx").build(),
                note("c.md").title("x").build(),
                note("d.md").aliases("X").build(),
                note("e.md").title("y").build());
    }

    @Test
    void eachLevelOfAKeyAnswersItsOwnCandidates() {
        NameTable table = new NameTable(notes(), ATTACHMENTS);
        assertThat(byLevel(table.entry(Keys.key("x")))).isEqualTo(Map.of(
                Level.PATH, List.of(NotePath.of("x.md")),
                Level.NAME, List.of(NotePath.of("b/x.md"), NotePath.of("x.md")),
                Level.TITLE, List.of(NotePath.of("c.md")),
                Level.ALIAS, List.of(NotePath.of("d.md")),
                Level.FILE_PATH, List.of(NotePath.of("x")),
                Level.FILE_NAME, List.of(NotePath.of("files/x"), NotePath.of("x"))));
        assertThat(byLevel(table.entry(Keys.key("y")))).isEqualTo(Map.of(Level.TITLE, List.of(NotePath.of("e.md"))));
        assertThat(byLevel(table.entry(Keys.key("nothing")))).isEmpty();
    }

    @Test
    void anEditedEntryAnswersAsABuiltOne() {
        List<Note> before = notes();
        Note renamed = note("e.md").title("x").aliases("y").build(); // e.md now titled x, and y as an alias
        NameTable edited = new NameTable(before, ATTACHMENTS).edit(renamed.path(), before.get(4), renamed).table();
        NameTable built = new NameTable(List.of(before.get(0), before.get(1), before.get(2), before.get(3), renamed),
                ATTACHMENTS);
        for (String name : List.of("x", "y", "e", "b/x")) {
            assertThat(byLevel(edited.entry(Keys.key(name)))).as(name).isEqualTo(byLevel(built.entry(Keys.key(name))));
        }
        assertThat(byLevel(edited.entry(Keys.key("x"))).get(Level.TITLE))
                .containsExactly(NotePath.of("c.md"), NotePath.of("e.md"));
        assertThat(byLevel(edited.entry(Keys.key("y")))).isEqualTo(Map.of(Level.ALIAS, List.of(NotePath.of("e.md"))));
    }

    private static Map<Level, List<NotePath>> byLevel(NameEntry entry) {
        Map<Level, List<NotePath>> found = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            Candidates candidates = entry.get(level);
            if (!candidates.isEmpty()) {
                found.put(level, candidates.paths());
            }
        }
        return found;
    }
}
