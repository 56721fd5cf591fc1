package org.kasten.app;

import java.nio.file.Path;
import java.util.List;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.Ghost;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.ResolvedLink;
import org.kasten.render.AttachmentUrls;
import org.kasten.render.GraphLinkTargets;
import org.kasten.render.NoteRenderer;
import org.kasten.render.Theme;

/**
 * The pages of a workspace: the page theme, a renderer over the current graph and the recent pages rendered
 * over it (both replaced when the graph is), so going back to a note, or a page rendered ahead during
 * start-up, costs nothing. A page's images are given the version of their files each time it is handed out.
 */
final class WorkspacePages {

    /** Recent pages kept per graph: 8 million characters, a few pages with diagrams or many ordinary ones. */
    private static final long PAGE_MEMO_CHARS = 8_000_000;

    private final Path root;
    private volatile Rendering rendering;
    private volatile Theme theme = Theme.LIGHT;

    WorkspacePages(Path root) {
        this.root = root;
    }

    void setTheme(String name) {
        this.theme = Theme.named(name);
    }

    String theme() {
        return theme.id();
    }

    /** The note's page over {@code graph}; IllegalArgumentException for a path that is no note. */
    String page(ConceptGraph graph, NotePath path) {
        Note note = graph.note(path).orElseThrow(() -> new IllegalArgumentException("no note " + path));
        Theme pageTheme = theme;
        Rendering current = rendering(graph);
        String page = current.pages().get(pageTheme.id() + "\u0000" + path.value(),
                () -> current.renderer().renderPage(note, pageTheme));
        return AttachmentUrls.versioned(page, root); // its images as their files are now, kept page or not
    }

    /** The page of a ghost concept over {@code graph}. */
    String ghostPage(ConceptGraph graph, String name) {
        List<ResolvedLink> backlinks = graph.ghost(name).map(Ghost::backlinks).orElse(List.of());
        return rendering(graph).renderer().renderGhostPage(name, backlinks, theme);
    }

    private Rendering rendering(ConceptGraph graph) {
        Rendering cached = rendering;
        if (cached == null || cached.graph() != graph) {
            cached = new Rendering(graph, new NoteRenderer(new GraphLinkTargets(graph, root)), new PageMemo(PAGE_MEMO_CHARS));
            rendering = cached;
        }
        return cached;
    }

    private record Rendering(ConceptGraph graph, NoteRenderer renderer, PageMemo pages) {
    }
}
