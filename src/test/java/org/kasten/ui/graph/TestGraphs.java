package org.kasten.ui.graph;

import java.util.ArrayList;
import java.util.List;

import org.kasten.note.Frontmatter;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

/** Small graphs for the graph tests, written as "A -> B" lines over notes with folders and tags. */
public final class TestGraphs {

    private TestGraphs() {
    }

    /** A note at {@code path} with these tags. */
    public static Note note(String path, String... tags) {
        NotePath p = NotePath.of(path);
        return new Note(p, NoteFormat.MARKDOWN, p.name(), List.of(), List.of(tags), Frontmatter.EMPTY, "", 1, "",
                List.of(), List.of(), List.of(), 0, 0, "", List.of());
    }

    /**
     * The graph of {@code notes} with links given as "from -> to" (a note's name; an unknown name is a ghost;
     * "from ~> to" is a see-also entry; "from => file.png" an attachment).
     */
    public static GraphData graph(List<Note> notes, List<String> attachments, String... links) {
        return sampled(notes, attachments, 1000, links);
    }

    /** As {@link #graph(List, List, String...)}, keeping at most {@code max} nodes. */
    static GraphData sampled(List<Note> notes, List<String> attachments, int max, String... links) {
        List<NotePath> files = attachments.stream().map(NotePath::of).toList();
        return GraphDataBuilder.build(notes, files, path -> outgoing(notes, files, path, links), max);
    }

    public static GraphData graph(List<Note> notes, String... links) {
        return graph(notes, List.of(), links);
    }

    private static List<ResolvedLink> outgoing(List<Note> notes, List<NotePath> files, NotePath from, String... links) {
        List<ResolvedLink> out = new ArrayList<>();
        for (String line : links) {
            String[] parts = line.split(" (->|~>|=>) ");
            if (!parts[0].equals(from.name())) {
                continue;
            }
            boolean seeAlso = line.contains("~>");
            Link link = new Link(parts[1], null, null, seeAlso ? LinkKind.SEE_ALSO : LinkKind.WIKI, 1, 1, "", seeAlso);
            Resolution r = notes.stream().filter(n -> n.path().name().equals(parts[1])).findFirst()
                    .map(n -> new Resolution(Resolution.Status.NOTE, n.path(), parts[1], List.of(n.path())))
                    .orElse(files.stream().filter(f -> f.fileName().equals(parts[1])).findFirst()
                            .map(f -> new Resolution(Resolution.Status.ATTACHMENT, f, parts[1], List.of(f)))
                            .orElse(new Resolution(Resolution.Status.GHOST, null, parts[1], List.of())));
            out.add(new ResolvedLink(from, link, r));
        }
        return out;
    }

    /** The index of the node named {@code label}. */
    public static int node(GraphData g, String label) {
        for (int i = 0; i < g.size(); i++) {
            if (g.label(i).equals(label)) {
                return i;
            }
        }
        throw new IllegalArgumentException(label);
    }
}
