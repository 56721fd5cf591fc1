package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.Workspace;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.ui.TestVault;

class PageBuilderTest {

    @TempDir Path dir;
    Workspace real;

    @BeforeEach
    void open() throws Exception {
        real = Workspace.open(TestVault.write(dir), Progress.NONE);
    }

    /** The real workspace, except that the index is never ready and asking for related notes fails. */
    private Workspace indexing() {
        return (Workspace) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Workspace.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "indexReady": return false;
                        case "related": throw new AssertionError("related notes asked before the index is ready");
                        default:
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    @Test
    void thePageComesFirstAndThePanelsAfter() {
        PageBuilder builder = new PageBuilder(real, ZoneOffset.UTC);
        PageContent page = builder.page(Location.note(NotePath.of("Alpha.md")));
        assertThat(page.html()).contains("Alpha links back to");
        assertThat(page.backlinks()).extracting(PanelItem::label).containsExactly("Home");
        assertThat(page.mentions()).isEmpty();
        assertThat(page.complete()).as("empty mentions mean not known yet").isFalse();
        assertThat(page.graph().size()).isZero();
        PageContent withGraph = builder.graphPanel(page); // shown before the mentions, which can take a second
        assertThat(withGraph.graph().label(withGraph.graph().centre())).isEqualTo("Alpha");
        assertThat(labels(withGraph.graph())).contains("Home");
        assertThat(withGraph.mentions()).isEmpty();
        assertThat(withGraph.complete()).isFalse();
        PageContent full = builder.panels(withGraph);
        assertThat(full.html()).isEqualTo(page.html());
        assertThat(full.complete()).isTrue();
        assertThat(full.mentions()).extracting(PanelItem::label).containsExactly("Beta");
        assertThat(full.graph()).isSameAs(withGraph.graph());
    }

    private static java.util.List<String> labels(LocalGraph g) {
        return java.util.stream.IntStream.range(0, g.size()).mapToObj(g::label).toList();
    }

    @Test
    void readingNeverWaitsForTheIndex() {
        PageContent full = new PageBuilder(indexing(), ZoneOffset.UTC).build(Location.note(NotePath.of("Alpha.md")));
        assertThat(full.title()).isEqualTo("Alpha");
        assertThat(full.related()).isEmpty();
    }

    @Test
    void aMissingNoteGivesAPageSayingSo() {
        PageContent page = new PageBuilder(real, ZoneOffset.UTC).build(Location.note(NotePath.of("Gone.md")));
        assertThat(page.html()).contains("no longer in the vault");
        assertThat(page.backlinks()).isEmpty();
    }
}
