package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasten.search.TestNotes.note;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kasten.note.Progress;
import org.kasten.note.SearchHit;

/**
 * A regex's hits and its highlights agree: every word a snippet marks is one the regex matches as the search
 * does (a word regex the word as written, not its stem; a text regex within one of its matches in the text).
 */
class RegexHighlightTest {

    private static final Map<String, String> TEXTS = new LinkedHashMap<>();
    static NoteIndex index;
    static NoteSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        TEXTS.put("Data.md", "The data set holds ideas and areas.\nThe line ends with gamma");
        TEXTS.put("Ideas.md", "Only ideas here, and areas too.");
        TEXTS.put("Scaling.md", "Scaling laws predict the loss. We scale compute; scaling helps.");
        TEXTS.put("Age.md", "Now the age of research. An age, of course, and ages of men.");
        TEXTS.put("Colour.md", "Pick a colour, any colours, or colorful ones.");
        index = NoteIndex.inMemory();
        index.sync(IndexedNote.unlinked(TEXTS.entrySet().stream().map(e -> note(e.getKey()).text(e.getValue()).build()).toList()),
                Progress.NONE, () -> false);
        searcher = index.searcher();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static List<String> marks(String snippet) {
        List<String> marks = new ArrayList<>();
        Matcher m = Pattern.compile("<mark>(.*?)</mark>").matcher(snippet);
        while (m.find()) {
            marks.add(m.group(1).replace("&#39;", "'").replace("&amp;", "&"));
        }
        return marks;
    }

    @Test
    void theStemOfAWordIsNoMatchOfAWordRegex() {
        SearchHit data = searcher.search("/(a+)+$/", 10).hits().stream()
                .filter(h -> h.path().value().equals("Data.md")).findFirst().orElseThrow();
        assertThat(marks(data.snippet())).contains("data", "gamma").doesNotContain("ideas", "areas");
    }

    @Test
    void aTextRegexMarksOnlyWordsWithinItsMatches() {
        SearchHit hit = searcher.search("/scal(e|ing) laws?/", 10).hits().get(0);
        assertThat(marks(hit.snippet())).containsExactly("Scaling", "laws");
    }

    @Test
    void everyMarkOfSeveralPatternsIsAMatch() {
        for (String pattern : List.of("(a+)+$", "a$", "^da", "colou?r", "ideas?", "scal(e|ing) laws?", "age of \\w+",
                "\\bages?\\b", "of (research|course)")) {
            List<SearchHit> hits = searcher.search("/" + pattern + "/", 10).hits();
            assertThat(hits).as(pattern).isNotEmpty();
            for (SearchHit hit : hits) {
                String text = TEXTS.get(hit.path().value());
                for (String mark : marks(hit.snippet())) {
                    assertThat(matches(pattern, mark, text)).as(pattern + " marks '" + mark + "' in " + hit.snippet()).isTrue();
                }
            }
        }
    }

    /** The oracle: a word regex matches the marked word (lower case, as written); a text regex has a match holding it. */
    private static boolean matches(String pattern, String mark, String text) {
        if (RegexLiterals.withinWord(pattern)) {
            String p = (pattern.startsWith("^") ? pattern.substring(1) : ".*" + pattern);
            p = p.endsWith("$") ? p.substring(0, p.length() - 1) : p + ".*";
            return Pattern.compile(p).matcher(mark.toLowerCase()).matches();
        }
        Matcher m = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE).matcher(text);
        while (m.find()) {
            if (m.group().toLowerCase().contains(mark.toLowerCase())) {
                return true;
            }
        }
        return false;
    }
}
