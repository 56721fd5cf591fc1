package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.kasten.note.Progress;

class SearchWarmUpTest {

    @Test
    void queriesAreMadeOfTheVaultsTitlesAsAUserTypesThem() throws Exception {
        try (Workspace workspace = Workspace.open(Path.of("notes"), Progress.NONE)) {
            List<String> queries = SearchWarmUp.queries(workspace.graph().notes());
            String title = workspace.graph().notes().get(0).title();
            assertThat(queries).contains(title);
            // a word, the same word cut short, two words together
            String word = queries.stream().filter(q -> q.matches("\\p{Ll}{4,}")).findFirst().orElseThrow();
            assertThat(queries).contains(word.substring(0, 3));
            assertThat(queries).anyMatch(q -> q.startsWith(word + " "));
            assertThat(queries).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(SearchWarmUp.TITLES + 3 * SearchWarmUp.WORDS + 1);
        }
        assertThat(SearchWarmUp.queries(List.of())).isEmpty();
    }

    @Test
    void runsEveryQueryUnlessToldToStop() throws Exception {
        try (Workspace workspace = Workspace.open(Path.of("notes"), Progress.NONE)) {
            int all = SearchWarmUp.queries(workspace.graph().notes()).size();
            assertThat(SearchWarmUp.run(workspace, () -> false)).isEqualTo(all).isGreaterThan(5);
            assertThat(SearchWarmUp.run(workspace, () -> true)).isZero();
            AtomicInteger asked = new AtomicInteger();
            assertThat(SearchWarmUp.run(workspace, () -> asked.incrementAndGet() > 2)).isEqualTo(2);
        }
    }
}
