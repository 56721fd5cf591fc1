package org.kasten.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.QueryRefusedException;
import org.kasten.note.RelatedNote;
import org.kasten.note.SearchResults;
import org.kasten.search.HybridSearch;
import org.kasten.search.NoteSearcher;
import org.kasten.search.PassageIndex;

/**
 * The questions an open workspace answers from its search index and, once they are ready, its semantic vectors:
 * search by words or fused with meaning, snippets, related notes. Kept apart from {@link OpenWorkspace}, which
 * owns the index's and the vectors' life cycles and hands these questions here: this class decides only how an
 * answer is made from them, and falls back to words alone when the vectors are not ready or stop mid-question.
 */
final class WorkspaceSearch {

    private final Supplier<ConceptGraph> graph;
    private final Supplier<WorkspaceIndex> index;
    private final Supplier<WorkspaceVectors> vectors;

    /**
     * @param graph   the vault's graph as it is now (links of the note asked about)
     * @param index   the search index, started on first use
     * @param vectors the semantic vectors if the window started them, else null
     */
    WorkspaceSearch(Supplier<ConceptGraph> graph, Supplier<WorkspaceIndex> index, Supplier<WorkspaceVectors> vectors) {
        this.graph = graph;
        this.index = index;
        this.vectors = vectors;
    }

    /** See {@link Workspace#search(String, int, boolean)}. */
    SearchResults search(String query, int limit, boolean facets) throws VaultException {
        return index.get().searcher().search(query, limit, facets);
    }

    /** See {@link Workspace#matchingPaths}. */
    List<NotePath> matchingPaths(String query, int limit) throws VaultException {
        return index.get().searcher().search(query, limit, false, false).hits().stream().map(h -> h.path()).toList();
    }

    /**
     * See {@link Workspace#related}: the note's lexical neighbours, with the notes it links to or is linked from
     * (those that are notes) and its semantic neighbours when the vectors are ready.
     */
    List<RelatedNote> related(NotePath path, int limit) throws VaultException {
        ConceptGraph now = graph.get();
        Optional<Note> note = now.note(path);
        if (note.isEmpty()) {
            return List.of();
        }
        Set<NotePath> out = new HashSet<>();
        now.outgoing(path).stream().map(r -> r.resolution().path()).filter(Objects::nonNull).forEach(out::add);
        Set<NotePath> in = new HashSet<>();
        now.backlinks(path).forEach(r -> in.add(r.source()));
        List<NotePath> linked = new ArrayList<>(out);
        linked.addAll(in);
        linked.removeIf(p -> now.note(p).isEmpty());
        return index.get().searcher().related(note.get(), limit, linked, similar(path, limit));
    }

    /** The note's semantic neighbours when the vectors are ready, else none (related notes stay lexical). */
    private List<PassageIndex.PassageHit> similar(NotePath path, int limit) {
        PassageIndex ready = readyVectors(vectors.get());
        if (ready == null) {
            return List.of();
        }
        try {
            return ready.neighbours(path, limit);
        } catch (IOException | RuntimeException e) {
            return List.of(); // closed or stopped meanwhile: the lexical signals still answer
        }
    }

    /** See {@link Workspace#searchHybrid}: fused with meaning once the vectors are ready, by words before. */
    SearchAnswer searchHybrid(String query, int limit, boolean facets, int snippets) throws VaultException {
        NoteSearcher searcher = index.get().searcher();
        WorkspaceVectors started = vectors.get();
        PassageIndex ready = readyVectors(started);
        HybridSearch.Lexical words = (q, l, f) -> searcher.search(q, l, f, snippets);
        HybridSearch.Answer answer;
        try {
            answer = HybridSearch.search(words, ready, query, limit, facets, HybridSearch.Mode.HYBRID);
        } catch (QueryRefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            if (ready == null || started.ready() != null) {
                throw e;
            }
            // the vectors were stopped or closed during the search: answer by words
            answer = HybridSearch.search(words, null, query, limit, facets, HybridSearch.Mode.LEXICAL);
        }
        return new SearchAnswer(answer.results(), answer.mode().label());
    }

    /** The vectors' index if they were started and their first sync went through, else null. */
    private static PassageIndex readyVectors(WorkspaceVectors started) {
        return started == null ? null : started.ready();
    }

    /** See {@link Workspace#snippets}. */
    List<String> snippets(String query, List<NotePath> paths) throws VaultException {
        return index.get().searcher().snippets(query, paths);
    }
}
