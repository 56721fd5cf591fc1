package org.kasten.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

/** {@link LinkTargets} answered by the concept graph of a vault whose folder is {@code root}. */
public final class GraphLinkTargets implements LinkTargets {

    private final ConceptGraph graph;

    /**
     * Answers from {@code graph}; attachments are files under {@code root}, and from now on the window's pages
     * load their images from this vault ({@link AttachmentUrls#serve}).
     */
    public GraphLinkTargets(ConceptGraph graph, Path root) {
        this.graph = graph;
        AttachmentUrls.serve(root);
    }

    @Override
    public Resolution resolve(String target, NotePath from, boolean fileLink) {
        return graph.resolve(target, from, fileLink);
    }

    @Override
    public Optional<Note> note(NotePath path) {
        return graph.note(path);
    }

    @Override
    public List<ResolvedLink> seeAlso(NotePath source) {
        return graph.seeAlso(source);
    }
}
