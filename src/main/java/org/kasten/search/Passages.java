package org.kasten.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kasten.note.Heading;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;

/**
 * A note cut into passages for the embedding model: each passage is the note's title and heading path as
 * context, then up to {@link #WORDS} words of text, overlapping the previous passage by {@link #OVERLAP} words
 * within a section. A frontmatter summary (description, summary, ...) is a passage of its own. Fenced code
 * (mermaid included), HTML comments, {@code %% comments %%} and tables' rule lines are left out; link and
 * emphasis markup is reduced to its words. Plain-text notes are cut the same way, without headings.
 */
final class Passages {

    /** Words of text per passage: about 250 words stays under the model's 256 tokens with its context. */
    static final int WORDS = 180;
    static final int OVERLAP = 30;
    /** Passages per note at most: a huge note's later text is left to lexical search. */
    static final int MAX_PER_NOTE = 64;
    private static final List<String> SUMMARY_KEYS = List.of("description", "summary", "abstract", "excerpt", "subtitle");

    /** One passage: the heading path it sits under ("" for the note's opening), and the text to embed. */
    record Passage(String heading, String text, String embedded) { }

    private Passages() {
    }

    private static final Pattern WIKI = Pattern.compile("!?\\[\\[([^\\]|#]*)(?:#[^\\]|]*)?(?:\\|([^\\]]*))?]]");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MARKS = Pattern.compile("[*_`~=]{1,3}|^\\s*(?:[-+*]|\\d+[.)]|>+)\\s+|\\[[ xX]]\\s");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static List<Passage> of(Note note) {
        List<Passage> out = new ArrayList<>();
        String title = title(note);
        for (String key : SUMMARY_KEYS) {
            String summary = note.frontmatter().string(key);
            if (summary != null && !summary.isBlank()) {
                add(out, title, "", clean(summary));
            }
        }
        String body = note.body() == null ? "" : note.body();
        String[] lines = body.split("\n", -1);
        boolean markdown = note.format() != NoteFormat.PLAIN_TEXT;
        List<Heading> headings = markdown ? note.headings() : List.of();
        String[] path = new String[7];
        String heading = "";
        int nextHeading = 0;
        StringBuilder section = new StringBuilder();
        String fence = null;
        boolean comment = false;
        for (int i = 0; i < lines.length && out.size() < MAX_PER_NOTE; i++) {
            String line = lines[i];
            int fileLine = note.bodyLine() + i;
            if (markdown) {
                String stripped = line.stripLeading();
                if (fence != null) {
                    if (stripped.startsWith(fence)) {
                        fence = null;
                    }
                    continue;
                }
                if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                    fence = stripped.substring(0, 3);
                    continue;
                }
                if (comment || stripped.startsWith("%%") || stripped.startsWith("<!--")) {
                    boolean closes = stripped.endsWith("%%") && stripped.length() > 2 || stripped.endsWith("-->");
                    comment = !closes;
                    continue;
                }
                while (nextHeading < headings.size() && headings.get(nextHeading).line() < fileLine) {
                    nextHeading++;
                }
                if (nextHeading < headings.size() && headings.get(nextHeading).line() == fileLine) {
                    flush(out, title, heading, section);
                    Heading h = headings.get(nextHeading++);
                    path[h.level()] = h.text();
                    for (int l = h.level() + 1; l < path.length; l++) {
                        path[l] = null;
                    }
                    heading = headingPath(path);
                    continue;
                }
                if (stripped.startsWith("|") && stripped.replaceAll("[|:\\-\\s]", "").isEmpty()) {
                    continue; // a table's rule line
                }
            }
            section.append(markdown ? clean(line) : line).append('\n');
        }
        flush(out, title, heading, section);
        return out;
    }

    private static String headingPath(String[] path) {
        StringBuilder b = new StringBuilder();
        for (String h : path) {
            if (h != null && !h.isBlank()) {
                b.append(b.isEmpty() ? "" : " › ").append(h.strip());
            }
        }
        return b.toString();
    }

    /** The title a note's passages carry (and are stored under): its title, else its path. */
    static String title(Note note) {
        return note.title() == null || note.title().isBlank() ? note.path().value() : note.title();
    }

    /** The section's words in passages of {@link #WORDS}, overlapping by {@link #OVERLAP}. */
    private static void flush(List<Passage> out, String title, String heading, StringBuilder section) {
        String text = section.toString().strip();
        section.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        String[] words = SPACES.split(text);
        if (words.length <= WORDS + OVERLAP) {
            add(out, title, heading, String.join(" ", words));
            return;
        }
        for (int from = 0; from < words.length && out.size() < MAX_PER_NOTE; from += WORDS - OVERLAP) {
            int to = Math.min(words.length, from + WORDS);
            add(out, title, heading, String.join(" ", java.util.Arrays.asList(words).subList(from, to)));
            if (to == words.length) {
                break;
            }
        }
    }

    private static void add(List<Passage> out, String title, String heading, String text) {
        if (text.isBlank() || out.size() >= MAX_PER_NOTE) {
            return;
        }
        out.add(new Passage(heading, text, embedded(title, heading, text)));
    }

    /** What the model is given for a passage: its title and heading path as context, then its text. */
    static String embedded(String title, String heading, String text) {
        String context = heading == null || heading.isEmpty() ? title : title + " › " + heading;
        return context + "\n" + text;
    }

    /** A Markdown line's words: links as their shown text, without emphasis, list and quote marks. */
    static String clean(String line) {
        Matcher wiki = WIKI.matcher(line);
        StringBuilder b = new StringBuilder();
        while (wiki.find()) {
            String shown = wiki.group(2) != null ? wiki.group(2) : wiki.group(1);
            wiki.appendReplacement(b, Matcher.quoteReplacement(shown));
        }
        wiki.appendTail(b);
        String s = MD_LINK.matcher(b).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return MARKS.matcher(s).replaceAll(" ").strip();
    }
}
