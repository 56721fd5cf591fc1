package org.kasten.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps a note's HTML within a safe subset (jsoup {@link Safelist}): no scripts, event handlers, styles,
 * frames, objects, forms or meta tags; links only to http(s), mailto, {@code kasten:}, {@code file:} and
 * in-page anchors; images only from {@code file:} and {@code data:image/…}. Remote images become links, so the
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
                .addProtocols("a", "href", "kasten", "file", "#")
                .removeProtocols("img", "src", "http", "https")
                .addProtocols("img", "src", "file", "data")
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
                    if (src.regionMatches(true, 0, "data:", 0, 5) && !DATA_IMAGE.matcher(src).matches()) {
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
}
