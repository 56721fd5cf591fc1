package org.kasten.render;

import java.util.List;

import org.kasten.note.HtmlText;
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
 * are {@code kasten://attachment/} URLs, which {@link AttachmentUrls} serves from inside the vault only; fonts
 * and scripts are inlined, nothing else is loaded, and the page holds no {@code file:} URL. Same-note links are
 * {@code #anchor} and scroll by themselves; the window intercepts clicks on {@code kasten://} URLs (note,
 * ghost, tag) and opens {@code http(s):}/{@code mailto:} links (class {@code external}) in the system browser;
 * links to other vault files (class {@code attachment}) are not followed. Scripts the window injects with
 * {@code executeScript} are not subject to the page's CSP.
 */
public final class NoteRenderer {

    /** A ghost page lists at most this many backlinks (one note can hold a link thousands of times). */
    static final int MAX_GHOST_BACKLINKS = 500;

    private final LinkTargets targets;
    private final MarkdownPipeline pipeline = new MarkdownPipeline();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final long cpuNanos;

    /** A renderer that resolves links through {@code targets}. */
    public NoteRenderer(LinkTargets targets) {
        this(targets, RenderBudget.CPU_NANOS);
    }

    /** A renderer whose pages may each take {@code cpuNanos} of CPU time to format (tests). */
    NoteRenderer(LinkTargets targets, long cpuNanos) {
        this.targets = targets;
        this.cpuNanos = cpuNanos;
    }

    /**
     * The full HTML page of {@code note}. A page with diagrams names the Mermaid library without holding it:
     * whoever shows the page hands it in as {@code window.kasten.mermaidLibrary()} ({@link #mermaidLibrary}), or
     * {@link #standalone} puts it in.
     */
    public String renderPage(Note note, Theme theme) {
        return PageTemplate.page(note.title(), renderBody(note), theme);
    }

    /** The Mermaid library, as a page's own script expects it from {@code window.kasten.mermaidLibrary()}. */
    public static String mermaidLibrary() {
        return PageAssets.mermaidJs();
    }

    /** {@code page} holding everything it runs (the Mermaid library too), to be shown without Kasten's window. */
    public static String standalone(String page) {
        return PageTemplate.withMermaidLibrary(page);
    }

    /**
     * The sanitised body of the page (title, properties and content), without the page around it. A note
     * over its {@link RenderBudget} (too long to parse, too slow to format, formatting to too large a page, or
     * nested too deeply for flexmark's recursive renderer) comes back as plain text under a "large note" notice.
     */
    public String renderBody(Note note) {
        String text = note.body(); // decoded once here: a note keeps its text as bytes
        if (text.length() > RenderBudget.MAX_MARKDOWN_CHARS) {
            return LargeNote.body(note.title(), text, LargeNote.Reason.TOO_LONG);
        }
        RenderBudget budget = RenderBudget.start(cpuNanos);
        try {
            String html = format(note, budget);
            if (html.length() > RenderBudget.MAX_HTML_CHARS) {
                return LargeNote.body(note.title(), text, LargeNote.Reason.TOO_BIG);
            }
            return sanitizer.sanitize(html);
        } catch (RenderBudget.Exceeded e) {
            return LargeNote.body(note.title(), text, LargeNote.Reason.TOO_SLOW);
        } catch (StackOverflowError e) { // flexmark renders nested blocks recursively: thousands of levels overflow
            return LargeNote.body(note.title(), text, LargeNote.Reason.TOO_DEEP);
        }
    }

    /** The unsanitised body HTML of {@code note}. */
    private String format(Note note, RenderBudget budget) {
        RenderContext context = new RenderContext(pipeline, targets, note.path(), note.bodyLine(), 0,
                List.of(note.path() + "#"), budget);
        StringBuilder html = new StringBuilder(note.body().length() * 2 + 256);
        if (note.format() == NoteFormat.PLAIN_TEXT) {
            html.append(PropertiesTable.html(note.frontmatter(), context));
            html.append(PlainTextRenderer.body(note, context));
        } else {
            if (note.headings().stream().noneMatch(h -> h.level() == 1 && h.text().strip().equals(note.title().strip()))) {
                html.append("<h1 class=\"note-title\">").append(HtmlText.escape(note.title())).append("</h1>\n");
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
        return html.toString();
    }

    /** The page of a concept without a note: its name and the notes that link to it, with context. */
    public String renderGhostPage(String name, List<ResolvedLink> backlinks, Theme theme) {
        StringBuilder html = new StringBuilder("<h1 class=\"note-title ghost-title\">")
                .append(HtmlText.escape(name)).append("</h1>\n");
        if (backlinks.isEmpty()) {
            html.append("<p class=\"ghost-note\">No note is called this, and no note links here.</p>\n");
        } else {
            long sources = backlinks.stream().map(ResolvedLink::source).distinct().count();
            html.append("<p class=\"ghost-note\">No note is called this yet. ").append(sources)
                    .append(sources == 1 ? " note links" : " notes link").append(" here:</p>\n<ul class=\"backlinks\">\n");
            for (ResolvedLink link : backlinks.subList(0, Math.min(backlinks.size(), MAX_GHOST_BACKLINKS))) {
                NotePath source = link.source();
                String title = targets.note(source).map(Note::title).orElse(source.name());
                html.append("<li><a class=\"internal\" href=\"")
                        .append(HtmlText.escape(KastenUrl.note(source, null))).append("\">")
                        .append(HtmlText.escape(title)).append("</a>");
                if (link.link().context() != null && !link.link().context().isBlank()) {
                    html.append("<div class=\"context\">").append(HtmlText.escape(shortened(link.link().context())))
                            .append("</div>");
                }
                html.append("</li>\n");
            }
            if (backlinks.size() > MAX_GHOST_BACKLINKS) {
                html.append("<li class=\"more\">and ").append(String.format(java.util.Locale.ROOT, "%,d",
                        backlinks.size() - MAX_GHOST_BACKLINKS)).append(" more</li>\n");
            }
            html.append("</ul>\n");
        }
        return PageTemplate.page(name, sanitizer.sanitize(html.toString()), theme);
    }

    /** A backlink's context cut to a readable length (a link can sit in a line of megabytes). */
    private static String shortened(String context) {
        int max = 400;
        if (context.length() <= max) {
            return context;
        }
        int end = Character.isHighSurrogate(context.charAt(max - 1)) ? max - 1 : max;
        return context.substring(0, end) + "…";
    }
}
