package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.RelatedNote;
import org.kasten.note.SearchResults;

/** Search through the facade, on the bundled notes. */
class WorkspaceSearchTest {

    @Test
    void searchAndRelatedNotesOnTheBundledVault() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("notes")), "the bundled notes/ folder is absent");
        try (Workspace workspace = Workspace.open(Path.of("notes"), Progress.NONE)) {
            assertThat(workspace.graph().notes()).isNotEmpty();
            SearchResults results = workspace.search("generalisation", 5);
            assertThat(workspace.indexReady()).isTrue();
            assertThat(results.hits()).first().extracting(h -> h.path().value()).isEqualTo("Concepts/Generalization Gap.md");
            assertThat(results.hits().get(0).snippet()).contains("<mark>");

            List<RelatedNote> related = workspace.related(NotePath.of("Concepts/Scaling Laws.md"), 5);
            assertThat(related).hasSize(5).extracting(r -> r.path().value())
                    .doesNotContain("Concepts/Scaling Laws.md")
                    .contains("Concepts/Bitter Lesson.md");
            assertThat(workspace.related(NotePath.of("no such note.md"), 5)).isEmpty();
        }
    }
}
