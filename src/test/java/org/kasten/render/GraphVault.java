package org.kasten.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.Frontmatter;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;
import org.kasten.vault.NoteParser;

/**
 * An in-memory vault for render tests, read as Kasten reads a folder: notes parsed by the vault's
 * {@link NoteParser}, links resolved by the {@link ConceptGraph} built over them (rebuilt after each change),
 * so a page is rendered against the real link-resolution rules and no resolver of its own.
 */
final class GraphVault implements LinkTargets {

    private static final NoteParser PARSER = new NoteParser();

    private final Map<NotePath, Note> notes = new LinkedHashMap<>();
    private final List<NotePath> attachments = new ArrayList<>();
    private ConceptGraph graph;

    /** Adds the note at {@code path} whose file holds {@code text} (frontmatter included) and returns it. */
    Note add(String path, String text) {
        Note note = note(path, text, Frontmatter.EMPTY);
        notes.put(note.path(), note);
        graph = null;
        return note;
    }

    /** Adds a file that is not a note ({@code img/pic.png}). */
    GraphVault attachment(String path) {
        attachments.add(NotePath.of(path));
        graph = null;
        return this;
    }

    /**
     * The note the vault's parser makes of {@code text} at {@code path}, not added to the vault; a non-empty
     * {@code frontmatter} replaces what the text's own holds (values YAML could not carry as written).
     */
    static Note note(String path, String text, Frontmatter frontmatter) {
        Note parsed = PARSER.parse(NotePath.of(path), text, NoteParser.FileInfo.NONE, List.of());
        if (frontmatter.isEmpty()) {
            return parsed;
        }
        String title = frontmatter.string("title") != null ? frontmatter.string("title") : parsed.title();
        return new Note(parsed.path(), parsed.format(), title, parsed.aliases(), parsed.tags(), frontmatter,
                parsed.body(), parsed.bodyLine(), parsed.plainText(), parsed.headings(), parsed.blocks(),
                parsed.links(), parsed.size(), parsed.modified(), parsed.hash(), parsed.warnings());
    }

    private ConceptGraph graph() {
        if (graph == null) {
            graph = ConceptGraph.build(notes.values(), attachments);
        }
        return graph;
    }

    @Override
    public Resolution resolve(String target, NotePath from, boolean fileLink) {
        return graph().resolve(target, from, fileLink);
    }

    @Override
    public Optional<Note> note(NotePath path) {
        return graph().note(path);
    }

    @Override
    public List<ResolvedLink> seeAlso(NotePath source) {
        return graph().seeAlso(source);
    }
}
