package org.kasten.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kasten.note.Note;
import org.kasten.note.NotePath;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * The state of one render: the note links are resolved from (and the file line its body starts on), how deep in transclusion we are and which
 * notes are being transcluded (to stop cycles), block ids found in the AST, heading ids already used and the
 * page's {@link RenderBudget}, shared with the notes it transcludes.
 */
final class RenderContext {

    /** Where the context hangs on a parsed flexmark document. */
    static final NullableDataKey<RenderContext> KEY = new NullableDataKey<>("KASTEN_RENDER_CONTEXT");

    /** Embeds nest at most this deep; deeper ones become links. */
    static final int MAX_EMBED_DEPTH = 3;

    final MarkdownPipeline pipeline;
    final LinkTargets targets;
    final NotePath from;
    final int bodyLine;
    final int depth;
    final List<String> embedChain;
    final RenderBudget budget;
    final Map<Node, String> blockIds = new IdentityHashMap<>();
    final Set<String> usedIds = new HashSet<>();

    RenderContext(MarkdownPipeline pipeline, LinkTargets targets, NotePath from, int bodyLine, int depth,
                  List<String> embedChain, RenderBudget budget) {
        this.pipeline = pipeline;
        this.targets = targets;
        this.from = from;
        this.bodyLine = bodyLine;
        this.depth = depth;
        this.embedChain = List.copyOf(embedChain);
        this.budget = budget;
    }

    /** The context for transcluding {@code key} (a note path plus anchor) of note {@code note}. */
    RenderContext embedded(Note note, String key) {
        List<String> chain = new ArrayList<>(embedChain);
        chain.add(key);
        return new RenderContext(pipeline, targets, note.path(), note.bodyLine(), depth + 1, chain, budget);
    }

    /** A unique element id for this page, GitHub-style: repeats get {@code -1}, {@code -2} ... */
    String uniqueId(String base) {
        String id = base;
        for (int i = 1; !usedIds.add(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
