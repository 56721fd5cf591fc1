package org.kasten.vault;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.kasten.markdown.InlineTags;
import org.kasten.markdown.WikiLink;
import org.kasten.note.Frontmatter;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.NotePath;
import org.kasten.note.Warning;

/**
 * Turns a note's decoded text into a {@link Note}: frontmatter (Jackson YAML), then the body — Markdown
 * through flexmark, plain text through {@link PlainTextScanner} — read once for headings, blocks, tags,
 * links and plain text. Thread-safe; build one and share it.
 */
public final class NoteParser {

    private static final java.util.regex.Pattern MARKDOWN_HEADING =
            java.util.regex.Pattern.compile("(?m)^#{1,6} \\S");

    /** The time one file's Markdown scan may take before the file is read as plain text. */
    static final long DEFAULT_SCAN_BUDGET_MILLIS = 5_000;

    private final MarkdownScanner markdown = new MarkdownScanner();
    private final PlainTextScanner plain = new PlainTextScanner();
    /** The notes this parser makes share their equal strings (parsed in parallel: the table is safe for that). */
    private final SharedStrings shared = new SharedStrings();
    private final long scanBudgetMillis;

    /** A parser whose Markdown scan of one file may take {@link #DEFAULT_SCAN_BUDGET_MILLIS}. */
    public NoteParser() {
        this(DEFAULT_SCAN_BUDGET_MILLIS);
    }

    /** A parser whose Markdown scan of one file may take {@code scanBudgetMillis} (tests). */
    NoteParser(long scanBudgetMillis) {
        this.scanBudgetMillis = scanBudgetMillis;
    }

    /** File facts that travel with the text into the note. */
    public record FileInfo(long size, long modified, String hash) {
        /** For notes that do not come from a file (tests, previews). */
        public static final FileInfo NONE = new FileInfo(0, 0, "");
    }

    /** Parses {@code text} as the note at {@code path}; {@code warnings} are the decoder's, kept with the note. */
    public Note parse(NotePath path, String text, FileInfo file, List<Warning> warnings) {
        List<Warning> problems = new ArrayList<>(warnings);
        FrontmatterReader.Result front = FrontmatterReader.read(text);
        if (front.error() != null) {
            problems.add(new Warning(path, front.errorLine(), front.error()));
        }
        Frontmatter frontmatter = shared.of(front.frontmatter());
        String body = text.substring(front.bodyOffset());
        NoteFormat format = formatOf(path, body, !frontmatter.isEmpty() || front.error() != null);
        ParsedBody parsed;
        if (format == NoteFormat.PLAIN_TEXT) {
            parsed = plain.scan(body, front.bodyLine());
        } else {
            try {
                parsed = markdown.scan(body, front.bodyLine(), ScanBudget.ofMillis(scanBudgetMillis));
            } catch (ScanBudget.Exceeded | StackOverflowError e) {
                problems.add(new Warning(path, 0, "too slow or too deeply nested to read as Markdown;"
                        + " read as plain text (links and tags in it are not seen)"));
                parsed = plainBody(body);
            } catch (RuntimeException e) {
                problems.add(new Warning(path, 0, "could not be read as Markdown (" + e
                        + "); read as plain text (links and tags in it are not seen)"));
                parsed = plainBody(body);
            }
        }

        if (parsed.droppedLinks > 0) {
            problems.add(new Warning(path, 0, "more than " + MarkdownScanner.MAX_LINKS + " links; "
                    + parsed.droppedLinks + " left out"));
        }
        List<Link> links = new ArrayList<>(frontmatterLinks(frontmatter, text));
        links.addAll(parsed.links);
        Set<String> tags = new LinkedHashSet<>();
        for (String key : List.of("tags", "tag")) {
            for (String tag : frontmatter.strings(key)) {
                for (String part : tag.split("\\s+")) {
                    String t = InlineTags.normalise(part);
                    if (!t.isEmpty()) {
                        tags.add(t);
                    }
                }
            }
        }
        tags.addAll(parsed.tags);
        List<String> aliases = new ArrayList<>(frontmatter.strings("aliases"));
        aliases.addAll(frontmatter.strings("alias"));
        links.replaceAll(shared::of);
        parsed.headings.replaceAll(shared::of);
        return new Note(path, format, shared.of(title(path, frontmatter, parsed)),
                shared.of(aliases.stream().distinct().toList()), shared.of(List.copyOf(tags)), frontmatter, body,
                front.bodyLine(), parsed.plainText, parsed.headings, parsed.blocks, links, file.size(), file.modified(),
                file.hash(), problems);
    }

    /** A body that could not be scanned as Markdown: its text, nothing else. */
    private static ParsedBody plainBody(String body) {
        ParsedBody parsed = new ParsedBody();
        parsed.plainText = body;
        return parsed;
    }

    /**
     * A .txt note is plain text unless it is Markdown saved as .txt (it has frontmatter or ATX headings);
     * everything else is Markdown.
     */
    static NoteFormat formatOf(NotePath path, String body, boolean hasFrontmatter) {
        if (!path.extension().equals("txt")) {
            return NoteFormat.MARKDOWN;
        }
        return hasFrontmatter || MARKDOWN_HEADING.matcher(body).find() ? NoteFormat.MARKDOWN : NoteFormat.PLAIN_TEXT;
    }

    private static String title(NotePath path, Frontmatter frontmatter, ParsedBody parsed) {
        String title = frontmatter.string("title");
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        if (parsed.firstHeading != null && !parsed.firstHeading.isBlank()) {
            return parsed.firstHeading;
        }
        return path.name();
    }

    /** {@code [[links]]} written in frontmatter values (Obsidian properties), each with its file line. */
    private static List<Link> frontmatterLinks(Frontmatter frontmatter, String text) {
        if (frontmatter.isEmpty()) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        collect(frontmatter.values(), text, new TextLines[1], new int[] {0}, links);
        return links;
    }

    /**
     * Walks the values in file order; {@code from[0]} is where the search for the next link's text starts.
     * {@code lines[0]} is the text's lines, made at the first link (most frontmatter has none).
     */
    private static void collect(Object value, String text, TextLines[] lines, int[] from, List<Link> links) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, text, lines, from, links));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, text, lines, from, links));
        } else if (value instanceof String s && s.contains("[[")) {
            Matcher m = WikiLink.matcher(s);
            while (m.find()) {
                if (lines[0] == null) {
                    lines[0] = new TextLines(text, 1);
                }
                WikiLink parts = WikiLink.parse(m.group(2));
                int at = text.indexOf(m.group(), from[0]);
                int offset = at < 0 ? 0 : at;
                from[0] = at < 0 ? from[0] : at + m.group().length();
                if (!parts.isVaultLink()) {
                    continue;
                }
                links.add(new Link(parts.target(), parts.anchor(), parts.display(), LinkKind.FRONTMATTER,
                        lines[0].line(offset), lines[0].column(offset), lines[0].context(offset), false));
            }
        }
    }
}
