package org.kasten.ui.viewmodel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kasten.note.HtmlText;
import org.kasten.app.VaultException;
import org.kasten.app.Workspace;
import org.kasten.note.Ghost;
import org.kasten.note.KastenUrl;
import org.kasten.note.Mention;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.RelatedNote;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

/** Builds the {@link PageContent} of a note or ghost page from the workspace; runs on a worker thread. */
public final class PageBuilder {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    private final Workspace ws;
    private final ZoneId zone;

    public PageBuilder(Workspace ws, ZoneId zone) {
        this.ws = ws;
        this.zone = zone;
    }

    /** The whole content for {@code location}: {@link #page} then {@link #panels}. */
    public PageContent build(Location location) {
        return panels(page(location));
    }

    /**
     * What is needed to read: the page, header, outline, properties and the graph's direct links. Unlinked
     * mentions, related notes and the local graph are left empty for {@link #panels}. A note or ghost that
     * does not exist gives a "not found" page.
     */
    public PageContent page(Location location) {
        if (location.isGhost()) {
            return ws.graph().ghost(location.ghost()).map(g -> ghostPage(location, g))
                    .orElseGet(() -> PageContent.missing(location, "Nothing links to this concept any more."));
        }
        Optional<Note> note = ws.graph().note(location.path());
        if (note.isEmpty()) {
            return PageContent.missing(location, "This note is no longer in the vault.");
        }
        Note n = note.get();
        NotePath path = n.path();
        return new PageContent(location, n.title(), path.value(),
                DATE.format(Instant.ofEpochMilli(n.modified()).atZone(zone)), n.aliases(), n.tags(),
                ws.renderHtml(path), backlinks(ws.graph().backlinks(path)), List.of(),
                targets(ws.graph().outgoing(path)), targets(ws.graph().seeAlso(path)), n.headings(), properties(n),
                List.of(), LocalGraph.EMPTY, false);
    }

    /**
     * The page with its local graph only: quick, so it is shown before the unlinked mentions, whose first
     * search of a large vault takes about a second (docs/performance.md).
     */
    public PageContent graphPanel(PageContent page) {
        Location location = page.location();
        if (page.pathText().isEmpty() && !location.isGhost()) {
            return page;
        }
        return page.withGraph(
                LocalGraph.around(location, page.title(), ws, location.isGhost() ? 1 : 2));
    }

    /**
     * Adds the slower panels to a page: unlinked mentions, the local graph, and related notes once the
     * search index is ready (before that they stay empty, so reading never waits for indexing).
     */
    public PageContent panels(PageContent page) {
        Location location = page.location();
        if (page.pathText().isEmpty() && !location.isGhost()) {
            return page; // a "not found" page
        }
        LocalGraph graph = page.graph() != LocalGraph.EMPTY ? page.graph() : graphPanel(page).graph(); // once per page
        if (location.isGhost()) {
            return page.withPanels(List.of(), List.of(), graph);
        }
        NotePath path = location.path();
        List<PanelItem> related = !ws.indexReady() ? List.of() : related(path).stream()
                .map(r -> new PanelItem(r.title(), r.reason(), Location.note(r.path()), false)).toList();
        return page.withPanels(mentions(ws.graph().unlinkedMentions(path)), related, graph);
    }

    /** The notes related to this one; none when the index cannot say (they are a hint: the page shows without). */
    private List<RelatedNote> related(NotePath path) {
        try {
            return ws.related(path, 10);
        } catch (VaultException e) {
            return List.of();
        }
    }

    private PageContent ghostPage(Location location, Ghost ghost) {
        String html = ws.renderGhost(ghost.name());
        if (html == null || html.isBlank()) {
            html = ghostHtml(ghost);
        }
        return new PageContent(location, ghost.name(), "", "", List.of(), List.of(), html,
                backlinks(ghost.backlinks()), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(),
                LocalGraph.EMPTY, false);
    }

    /** The ghost page the window draws when the renderer gives none. */
    String ghostHtml(Ghost ghost) {
        StringBuilder html = new StringBuilder("<h1>").append(HtmlText.escape(ghost.name())).append("</h1>\n")
                .append("<p class=\"ghost-note\">No note has this name yet. It is linked from ")
                .append(ghost.sources().size()).append(ghost.sources().size() == 1 ? " note" : " notes")
                .append(":</p>\n<ul>\n");
        for (ResolvedLink link : ghost.backlinks()) {
            html.append("<li><a class=\"internal\" href=\"").append(KastenUrl.note(link.source(), null)).append("\">")
                    .append(HtmlText.escape(title(link.source()))).append("</a> — ")
                    .append(HtmlText.escape(ContextText.clean(link.link().context()))).append("</li>\n");
        }
        return html.append("</ul>\n").toString();
    }

    /** One row per source note, its link contexts joined (the panel groups backlinks by source). */
    private List<PanelItem> backlinks(List<ResolvedLink> links) {
        Map<NotePath, List<String>> bySource = new java.util.TreeMap<>();
        for (ResolvedLink l : links) {
            List<String> contexts = bySource.computeIfAbsent(l.source(), k -> new ArrayList<>());
            String context = ContextText.clean(l.link().context());
            if (!contexts.contains(context)) {
                contexts.add(context);
            }
        }
        List<PanelItem> rows = new ArrayList<>();
        bySource.forEach((source, contexts) -> rows.add(new PanelItem(title(source),
                String.join("\n", contexts), Location.note(source), false)));
        return rows;
    }

    private List<PanelItem> mentions(List<Mention> mentions) {
        return mentions.stream().map(m -> new PanelItem(title(m.source()), ContextText.clean(m.context()),
                Location.note(m.source()), false)).toList();
    }

    private List<PanelItem> targets(List<ResolvedLink> links) {
        List<PanelItem> rows = new ArrayList<>();
        List<Location> seen = new ArrayList<>();
        for (ResolvedLink l : links) {
            Resolution r = l.resolution();
            Location to = switch (r.status()) {
                case NOTE -> new Location(r.path(), null, l.link().anchor());
                case GHOST -> Location.ghost(r.name());
                default -> null;
            };
            if (to == null || seen.contains(to)) {
                continue;
            }
            seen.add(to);
            boolean ghost = to.isGhost();
            rows.add(new PanelItem(ghost ? r.name() : title(r.path()),
                    ghost ? "not written yet" : r.path().value(), to, ghost));
        }
        return rows;
    }

    private Map<String, String> properties(Note n) {
        Map<String, String> props = new LinkedHashMap<>();
        n.frontmatter().values().forEach((k, v) -> props.put(k, v instanceof List<?> list
                ? String.join(", ", list.stream().map(String::valueOf).toList()) : String.valueOf(v)));
        return props;
    }

    private String title(NotePath path) {
        return ws.graph().note(path).map(Note::title).orElse(path.name());
    }
}
