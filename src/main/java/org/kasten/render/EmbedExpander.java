package org.kasten.render;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kasten.note.KastenUrl;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;

import com.vladsch.flexmark.html.HtmlWriter;

/**
 * Writes one embed ({@code ![[…]]} or {@code ![…](…)}): a vault image at its size, a transcluded note, section
 * or block (at most {@link RenderContext#MAX_EMBED_DEPTH} deep; a cycle, or a note over the size budget, becomes
 * a link), a link for other files and remote images (never fetched), and a visible placeholder for a missing file.
 */
final class EmbedExpander {

    /** Extensions shown as images. */
    static final Set<String> IMAGE_EXTENSIONS = AttachmentUrls.IMAGE_TYPES.keySet();
    private static final Pattern SIZE = Pattern.compile("(\\d{1,5})(?:x(\\d{1,5}))?");
    private static final Pattern REMOTE = Pattern.compile("^(?i)https?://.*");

    private final RenderContext context;
    private final HtmlWriter html;

    EmbedExpander(RenderContext context, HtmlWriter html) {
        this.context = context;
        this.html = html;
    }

    /** True for an Obsidian size option: {@code 300} or {@code 640x480}. */
    static boolean isSize(String option) {
        return option != null && SIZE.matcher(option).matches();
    }

    /** Writes the embed of {@code target}; {@code option} is the text after {@code |}, {@code alt} a Markdown alt. */
    void embed(String target, boolean percentEncoded, String option, String alt) {
        if (REMOTE.matcher(target.strip()).matches()) {
            link(target.strip(), "external remote-image", alt == null || alt.isBlank() ? target.strip() : alt);
            return;
        }
        LinkTarget link = HrefResolver.resolve(target, percentEncoded, context);
        switch (link.kind()) {
            case EXTERNAL -> link(link.url(), "external", label(alt, link.page()));
            case BLOCKED -> html.attr("class", "blocked").withAttr().tag("span").text(label(alt, target)).tag("/span");
            case ATTACHMENT -> attachment(link, option, alt);
            case GHOST -> missing(link);
            case NOTE, SAME_NOTE -> transclude(link, alt);
        }
    }

    private void attachment(LinkTarget link, String option, String alt) {
        NotePath path = link.resolution().path();
        if (!IMAGE_EXTENSIONS.contains(path.extension())) {
            link(link.url(), "attachment", path.fileName());
            return;
        }
        html.attr("src", link.url());
        html.attr("alt", alt == null || alt.isBlank() ? path.fileName() : alt);
        Matcher size = option == null ? null : SIZE.matcher(option);
        if (size != null && size.matches()) {
            html.attr("width", size.group(1));
            if (size.group(2) != null) {
                html.attr("height", size.group(2));
            }
        }
        html.attr("class", "embed-image").withAttr().tag("img", true);
    }

    private void missing(LinkTarget link) {
        Resolution resolution = link.resolution();
        String name = resolution == null || resolution.name() == null ? link.page() : resolution.name();
        boolean file = resolution != null && resolution.status() == Resolution.Status.MISSING_ATTACHMENT
                || !NotePath.of(link.page()).extension().isEmpty() && !NotePath.of(link.page()).extension().equals("md");
        if (file) {
            boolean image = IMAGE_EXTENSIONS.contains(NotePath.of(link.page()).extension());
            html.attr("class", "missing-embed").attr("title", "Not in the vault").withAttr().tag("span");
            html.text((image ? "Missing image: " : "Missing file: ") + name);
            html.tag("/span");
        } else {
            link(link.url(), "ghost embed-ghost", name);
        }
    }

    private void transclude(LinkTarget link, String alt) {
        NotePath path = link.kind() == LinkTarget.Kind.SAME_NOTE ? context.from
                : link.resolution() == null ? null : link.resolution().path();
        Optional<Note> note = path == null ? Optional.empty() : context.targets.note(path);
        String anchor = link.anchor() == null || link.anchor().isBlank() ? null : link.anchor();
        String key = path + "#" + (anchor == null ? "" : HrefResolver.anchorId(anchor));
        String url = path == null ? link.url() : KastenUrl.note(path, HrefResolver.anchorId(anchor));
        String title = note.map(Note::title).orElse(link.page()) + (anchor == null ? "" : " > " + anchor);
        if (note.isEmpty() || context.depth >= RenderContext.MAX_EMBED_DEPTH || context.embedChain.contains(key)
                || note.get().body().length() > RenderBudget.MAX_MARKDOWN_CHARS) {
            link(url, "internal embed-link", label(alt, title));
            return;
        }
        String inner = context.pipeline.renderEmbedded(note.get(), anchor, context.embedded(note.get(), key));
        html.attr("class", "embed").attr("data-embed", path.value()).withAttr().tag("div");
        html.attr("class", "embed-title").withAttr().tag("div");
        link(url, "internal", title);
        html.tag("/div");
        html.attr("class", "embed-content").withAttr().tag("div");
        html.raw(inner);
        html.tag("/div").tag("/div");
    }

    private void link(String url, String cssClass, String text) {
        if (!url.isEmpty()) {
            html.attr("href", url);
        }
        html.attr("class", cssClass);
        if (cssClass.startsWith("external")) {
            html.attr("rel", "noopener noreferrer");
        }
        html.withAttr().tag("a").text(text).tag("/a");
    }

    private static String label(String alt, String fallback) {
        return alt == null || alt.isBlank() ? fallback : alt;
    }
}
