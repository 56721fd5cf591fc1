package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.search.TestNotes.note;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.graph.ConceptGraph;
import org.kasten.note.IndexReport;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;

/** Anchor text: what other notes call a note when they link to it, searchable as that note's words. */
class AnchorTextTest {

    @TempDir
    Path dir;

    private static final Note TARGET = note("Zettel.md").alias("Slip box").text("index cards on paper").build();

    private static ConceptGraph graph(Note... notes) {
        return ConceptGraph.build(List.of(notes), List.of());
    }

    @Test
    void shownTextAndOtherNamesCountButTheNotesOwnNameDoesNot() {
        ConceptGraph graph = graph(TARGET,
                note("a.md").link("Zettel", "card catalogue").build(),
                note("b.md").link("Slip box").build(),
                note("c.md").link("Zettel").link("Zettel", "zettel").build(),
                note("d.md").link("Nowhere", "ghost words").build());
        assertThat(AnchorText.of(graph, NotePath.of("Zettel.md"))).isEqualTo("card catalogue\nSlip box\n");
        assertThat(AnchorText.of(graph, NotePath.of("a.md"))).isEmpty();
        assertThat(AnchorText.targets(graph, NotePath.of("a.md"))).containsExactly(NotePath.of("Zettel.md"));
        assertThat(AnchorText.targets(graph, NotePath.of("d.md"))).isEmpty();
    }

    @Test
    void aNoteIsFoundByTheWordsOthersLinkToItWith() throws IOException {
        ConceptGraph graph = graph(TARGET, note("a.md").link("Zettel", "card catalogue").build());
        try (NoteIndex index = NoteIndex.inMemory()) {
            index.sync(IndexedNote.of(graph, graph.notes()), Progress.NONE, () -> false);
            assertThat(paths(index, "catalogue")).containsExactly("Zettel.md");
        }
    }

    @Test
    void reopeningReindexesANoteWhoseAnchorTextAnotherNoteChanged() throws IOException {
        Note linking = note("a.md").link("Zettel", "card catalogue").build();
        ConceptGraph before = graph(TARGET, linking);
        try (NoteIndex index = NoteIndex.open(dir)) {
            index.sync(IndexedNote.of(before, before.notes()), Progress.NONE, () -> false);
        }
        // only a.md changed on disk (its link is shown otherwise); Zettel.md's file is the same
        Note relinked = note("a.md").link("Zettel", "memory extender").modified(1_800_000_000_000L).build();
        ConceptGraph after = graph(TARGET, relinked);
        try (NoteIndex index = NoteIndex.open(dir)) {
            IndexReport report = index.sync(IndexedNote.of(after, after.notes()), Progress.NONE, () -> false);
            assertThat(report.updated()).isEqualTo(2);
            assertThat(paths(index, "extender")).containsExactly("Zettel.md");
            assertThat(paths(index, "catalogue")).isEmpty();
        }
    }

    private static List<String> paths(NoteIndex index, String query) {
        return index.searcher().search(query, 10).hits().stream().map(h -> h.path().value()).toList();
    }
}
