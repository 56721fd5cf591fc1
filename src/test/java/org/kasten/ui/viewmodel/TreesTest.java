package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.note.Frontmatter;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.NotePath;

class TreesTest {

    private static Note note(String path, String title, String... tags) {
        return new Note(NotePath.of(path), NoteFormat.MARKDOWN, title, List.of(), List.of(tags), Frontmatter.EMPTY,
                "", 1, "", List.of(), List.of(), List.of(), 0, 0, "", List.of());
    }

    @Test
    void tagsNestWithCountsOfNotes() {
        TagNode root = TagNode.tree(List.of(note("a.md", "A", "ai/scaling", "ai"), note("b.md", "B", "ai/rl"),
                note("c.md", "C", "people")));
        assertThat(root.children()).extracting(TagNode::name, TagNode::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ai", 2), org.assertj.core.groups.Tuple.tuple("people", 1));
        assertThat(root.children().get(0).children()).extracting(TagNode::tag, TagNode::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ai/rl", 1), org.assertj.core.groups.Tuple.tuple("ai/scaling", 1));
    }

    @Test
    void foldersHoldNotesByTitle() {
        FolderNode root = FolderNode.tree("vault", List.of(note("z.md", "Zed"), note("People/b.md", "Bea"),
                note("People/a.md", "Cy"), note("People/Old/x.md", "Ex")));
        assertThat(root.notes()).extracting(PanelItem::label).containsExactly("Zed");
        FolderNode people = root.folders().get(0);
        assertThat(people.name()).isEqualTo("People");
        assertThat(people.notes()).extracting(PanelItem::label).containsExactly("Bea", "Cy");
        assertThat(people.notes()).extracting(PanelItem::detail).containsExactly("People/b.md", "People/a.md");
        assertThat(people.folders()).extracting(FolderNode::path).containsExactly("People/Old");
    }
}
