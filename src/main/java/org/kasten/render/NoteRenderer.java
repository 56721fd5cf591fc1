package org.kasten.render;

import java.util.List;

import org.kasten.note.KastenUrl;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.NotePath;
import org.kasten.note.ResolvedLink;

/**
 * Turns a note into the safe HTML page the window shows (and {@code kasten render} prints): inline title,
 * properties table, body with resolved links, embeds, callouts, math, diagrams and code, sanitised and
 * wrapped in a themed page with a strict Content-Security-Policy. Internal links use the URLs of
 * {@link KastenUrl}. Thread-safe; build one and reuse it.
 * <p>
 * Showing the page: {@code WebEngine.loadContent(html)} is enough (tested in a headless WebView): vault images
 * are absolute {@code file:} URLs, fonts and scripts are inlined, nothing else is loaded. Same-note links are
 * {@code #anchor} and scroll by themselves; the window intercepts clicks on {@code kasten://} URLs (note,
 * ghost, tag), opens {@code http(s):}/{@code mailto:} links (class {@code external}) in the system browser and
 * {@code file:} links (class {@code attachment}) with the system's application. Scripts the window injects
 * with {@code executeScript} are not subject to the page's CSP.
 */
public final class NoteRenderer {

    private final LinkTargets targets;
    private final MarkdownPipeline pipeline = new MarkdownPipeline();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** A renderer that resolves links through {@code targets}. */
    public NoteRenderer(LinkTargets targets) {
        this.targets = targets;
    }

    /** The full HTML page of {@code note}. */
    public String renderPage(Note note, Theme theme) {
        return PageTemplate.page(note.title(), renderBody(note), theme);
    }

    /** The sanitised body of the page (title, properties and content), without the page around it. */
    public String renderBody(Note note) {
        RenderContext context = new RenderContext(pipeline, targets, note.path(), note.bodyLine(), 0,
                List.of(note.path() + "#"));
        StringBuilder html = new StringBuilder(note.body().length() * 2 + 256);
        if (note.format() == NoteFormat.PLAIN_TEXT) {
            html.append(PropertiesTable.html(note.frontmatter(), context));
            html.append(PlainTextRenderer.body(note, context));
        } else {
            if (note.headings().stream().noneMatch(h -> h.level() == 1 && h.text().strip().equals(note.title().strip()))) {
                html.append("<h1 class=\"note-title\">").append(MarkdownPipeline.escape(note.title())).append("</h1>\n");
                context.usedIds.add("note-title");
            }
            String properties = PropertiesTable.html(note.frontmatter(), context);
            String body = pipeline.renderMarkdown(note.body(), context);
            int titleEnd = body.startsWith("<h1") ? body.indexOf("</h1>\n") : -1;
            if (titleEnd >= 0 && html.isEmpty()) {
                // the note's own title heading comes first, then its properties, as with Obsidian's inline title
                html.append(body, 0, titleEnd + 6).append(properties).append(body, titleEnd + 6, body.length());
            } else {
                html.append(properties).append(body);
            }
        }
        return sanitizer.sanitize(html.toString());
    }

    /** The page of a concept without a note: its name and the notes that link to it, with context. */
    public String renderGhostPage(String name, List<ResolvedLink> backlinks, Theme theme) {
        StringBuilder html = new StringBuilder("<h1 class=\"note-title ghost-title\">")
                .append(MarkdownPipeline.escape(name)).append("</h1>\n");
        if (backlinks.isEmpty()) {
            html.append("<p class=\"ghost-note\">No note is called this, and no note links here.</p>\n");
        } else {
            long sources = backlinks.stream().map(ResolvedLink::source).distinct().count();
            html.append("<p class=\"ghost-note\">No note is called this yet. ").append(sources)
                    .append(sources == 1 ? " note links" : " notes link").append(" here:</p>\n<ul class=\"backlinks\">\n");
            for (ResolvedLink link : backlinks) {
                NotePath source = link.source();
                String title = targets.note(source).map(Note::title).orElse(source.name());
                html.append("<li><a class=\"internal\" href=\"")
                        .append(MarkdownPipeline.escape(KastenUrl.note(source, null))).append("\">")
                        .append(MarkdownPipeline.escape(title)).append("</a>");
                if (link.link().context() != null && !link.link().context().isBlank()) {
                    html.append("<div class=\"context\">").append(MarkdownPipeline.escape(link.link().context()))
                            .append("</div>");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        return PageTemplate.page(name, sanitizer.sanitize(html.toString()), theme);
    }
}
