package org.kasten.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.kasten.note.KastenUrl;
import org.kasten.note.NotePath;

/**
 * Keeps a note's HTML within a safe subset (jsoup {@link Safelist}): no scripts, event handlers, styles,
 * frames, objects, forms or meta tags; links only to http(s), mailto, {@code kasten:} and in-page anchors;
 * images only from {@code kasten://attachment/…} and {@code data:image/…}. No {@code file:} URL survives, and a
 * {@code kasten://attachment/} URL only as a plain path inside the vault (no {@code ..}, no absolute path; the
 * file itself is checked when it is served, see {@link AttachmentUrls}). Remote images become links, so the
 * page never fetches anything. Thread-safe.
 */
public final class HtmlSanitizer {

    private static final Pattern DATA_IMAGE =
            Pattern.compile("^data:image/(png|gif|jpe?g|webp|bmp|avif|svg\\+xml)[;,].*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern REMOTE = Pattern.compile("^\\s*(https?:)?//.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Safelist safelist = createSafelist();

    private static Safelist createSafelist() {
        Safelist list = Safelist.relaxed()
                .addTags("mark", "del", "s", "ins", "details", "summary", "section", "figure", "figcaption",
                        "hr", "kbd", "abbr", "time", "aside", "input", "samp", "var", "small")
                .addAttributes(":all", "class", "id", "title", "lang", "dir")
                .addAttributes("a", "rel")
                .addAttributes("div", "data-callout", "data-embed")
                .addAttributes("details", "open", "data-callout")
                .addAttributes("img", "loading")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("li", "value")
                .addAttributes("time", "datetime")
                .addAttributes("td", "align").addAttributes("th", "align")
                .removeProtocols("a", "href", "ftp")
                .addProtocols("a", "href", "kasten", "#")
                .removeProtocols("img", "src", "http", "https")
                .addProtocols("img", "src", "kasten", "data")
                .removeProtocols("blockquote", "cite", "http", "https")
                .removeProtocols("q", "cite", "http", "https")
                .preserveRelativeLinks(true);
        return list;
    }

    /** The safe version of an HTML fragment (the body of a page). */
    public String sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        for (Element img : html.contains("<img") ? dirty.select("img[src]") : List.<Element>of()) {
            String src = img.attr("src");
            if (REMOTE.matcher(src).matches()) {
                Element link = new Element("a").attr("href", src.strip()).addClass("external").addClass("remote-image");
                link.text(img.hasAttr("alt") && !img.attr("alt").isBlank() ? img.attr("alt") : src.strip());
                img.replaceWith(link);
            }
        }
        Document clean = new Cleaner(safelist).clean(dirty);
        List<Element> dropped = new ArrayList<>();
        for (Element element : clean.body().getAllElements()) {
            switch (element.normalName()) {
                case "img" -> {
                    String src = element.attr("src").strip();
                    if (src.regionMatches(true, 0, "data:", 0, 5) ? !DATA_IMAGE.matcher(src).matches()
                            : !isVaultFile(src)) {
                        element.removeAttr("src");
                    }
                }
                case "input" -> {
                    if (element.attr("type").equalsIgnoreCase("checkbox")) {
                        element.attr("disabled", true);
                    } else {
                        dropped.add(element);
                    }
                }
                case "a" -> {
                    String href = element.attr("href").strip().toLowerCase(Locale.ROOT);
                    if (href.startsWith(KastenUrl.SCHEME + "attachment") && !isVaultFile(element.attr("href").strip())) {
                        element.removeAttr("href");
                    }
                    if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) {
                        element.addClass("external").attr("rel", "noopener noreferrer");
                    }
                }
                default -> {
                }
            }
        }
        dropped.forEach(Element::remove);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** True for a canonical {@code kasten://attachment/} URL of a plain path inside the vault. */
    static boolean isVaultFile(String url) {
        Optional<KastenUrl> parsed = KastenUrl.parse(url).filter(u -> u.kind() == KastenUrl.Kind.ATTACHMENT);
        if (parsed.isEmpty() || parsed.get().anchor() != null) {
            return false;
        }
        String path = parsed.get().value();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.chars().anyMatch(c -> c < 0x20)) {
                return false;
            }
        }
        return KastenUrl.attachment(NotePath.of(path)).equals(url); // one spelling: no backslashes, no odd escapes
    }
}
