package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.kasten.testing.SharedFolders;

/**
 * The words made once ({@link FoldedWords}), and the stemmed fields of a document being indexed (each word's outcome
 * remembered, {@link NoteAnalyzers#perField()}), are token for token what the analyzers make of the strings.
 */
class FoldedWordsTest {

    private static final List<String> TRICKY = List.of(
            "", " ", "\n", "word", "The colour's behaviour, analysed: organisation centres 15-year-old",
            "東京都の日本語のノート", "東", "abc 東", "東 abc", "Café NAÏVE Ångström 𝐄𝐏𝐈𝐒𝐎𝐃𝐄 ５ ﬁle",
            "x".repeat(300) + " after a very long word " + "y".repeat(600),
            "e-mail me@example.com https://example.com/a?b=c #tag [[Link|shown]] `code` 3.14 1,000",
            "한국어 텍스트 and ไทย text", "O'Neil's dogs' bone's", "İstanbul KELVIN ſ ß ẞ", "\uD83D\uDE00 emoji \uD83D\uDE00",
            "the", "notes of the", "the the the notes", "The cat's colours and the dogs' behaviours of");

    @Test
    void trickyStringsGiveTheSameTokens() throws IOException {
        for (String prefix : List.of("", "Title\n", "東京\n", "Title\nalias one\n東\n", "x".repeat(300) + "\n")) {
            for (String text : TRICKY) {
                assertSame(prefix, text);
            }
        }
        for (String text : TRICKY) {
            assertSameWhenIndexed(text);
        }
    }

    @Test
    void aTextsLeadGivesTheTokensOfItsOpeningAnalysedAlone() throws IOException {
        String filler = "Notes about the colour of organisations, written in 2024. ";
        List<String> endings = List.of("", " the", " of the", " 東京都", " 東", " 東 ", "  ", " " + "z".repeat(300),
                " a.b", " 3.14", " e-mail", " O'Neil's", " \uD83D\uDE00", " cafe\u0301", "東京", ".", " x".repeat(150));
        int checked = 0;
        for (String ending : endings) {
            for (int length = 150; length <= 450; length += 7) {
                String start = (filler.repeat(10) + ending).substring(0, Math.min(length, filler.length() * 10));
                for (String text : List.of(start + ending, start + ending + " and then some more words",
                        start + ending + "   the end", ending + start)) {
                    assertSameLead(text);
                    checked++;
                }
            }
        }
        for (String text : TRICKY) {
            assertSameLead(text);
            assertSameLead(text + " " + text + " " + filler.repeat(8) + text);
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    @Test
    void theStemmedFieldsOfADocumentBeingIndexedRememberEachWordsOutcome() throws IOException {
        Analyzer indexing = NoteAnalyzers.perField();
        for (String field : List.of(NoteFields.HEADINGS, NoteFields.TITLE, NoteFields.ANCHORS)) {
            try (TokenStream stream = indexing.tokenStream(field, "the notes")) {
                assertThat(stream).as(field).isInstanceOf(StemmedWords.class);
            }
        }
        for (String field : List.of(NoteFields.EXACT, NoteFields.TITLE_EXACT)) { // unstemmed, as before
            assertThat(describe(indexing, field, "The cat's colours"))
                    .isEqualTo(describe(NoteAnalyzers.exact(), field, "The cat's colours"));
        }
    }

    @Test
    void theBundledNotesGiveTheSameTokens() throws IOException {
        int files = compareFilesUnder(Path.of("notes"));
        assertThat(files).isPositive();
    }

    @Test
    void theSharedCorporaGiveTheSameTokens() throws IOException {
        int files = compareFilesUnder(SharedFolders.require("corpora"));
        assertThat(files).isGreaterThan(100);
    }

    private static int compareFilesUnder(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).toList();
        }
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            assertSame(name + "\n", text);
            assertSameWhenIndexed(text);
        }
        return files.size();
    }

    private static void assertSame(String prefix, String text) throws IOException {
        FoldedWords words = FoldedWords.of(prefix, text);
        assertThat(describe(words.body()))
                .as("body of %s", text.length() > 80 ? text.substring(0, 80) : text)
                .isEqualTo(describe(NoteAnalyzers.stemmed(), NoteFields.BODY, text));
        assertThat(describe(words.exact()))
                .as("exact of %s", text.length() > 80 ? text.substring(0, 80) : text)
                .isEqualTo(describe(NoteAnalyzers.exact(), NoteFields.EXACT, prefix + text));
        // the recorded words play back more than once
        assertThat(describe(words.exact())).isEqualTo(describe(NoteAnalyzers.exact(), NoteFields.EXACT, prefix + text));
        assertSameLead(text);
    }

    /** Where the lead is played from the text's words, they are the words of the lead analysed alone. */
    private static void assertSameLead(String text) throws IOException {
        int end = NoteDocuments.leadEnd(text);
        if (end < text.length() && text.charAt(end) != ' ') {
            return; // cut inside a word: analysed as a string of its own (NoteDocuments)
        }
        FoldedWords words = FoldedWords.of("", text);
        assertThat(describe(words.leadBody(end)))
                .as("lead of %s", text.length() > 80 ? text.substring(0, 80) : text)
                .isEqualTo(describe(NoteAnalyzers.stemmed(), NoteFields.HEADINGS, NoteDocuments.lead(text)));
    }

    /** The stemmed fields' analysis while indexing gives what {@link NoteAnalyzers#stemmed()} gives, twice over. */
    private static void assertSameWhenIndexed(String text) throws IOException {
        List<String> expected = describe(NoteAnalyzers.stemmed(), NoteFields.HEADINGS, text);
        for (String field : List.of(NoteFields.HEADINGS, NoteFields.ANCHORS, NoteFields.HEADINGS)) { // again: remembered
            assertThat(describe(NoteAnalyzers.perField(), field, text))
                    .as("%s of %s", field, text.length() > 80 ? text.substring(0, 80) : text)
                    .isEqualTo(expected);
        }
    }

    private static List<String> describe(Analyzer analyzer, String field, String text) throws IOException {
        return describe(analyzer.tokenStream(field, text));
    }

    /** Every attribute the index reads, token by token, and the end-of-stream state. */
    private static List<String> describe(TokenStream tokens) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = tokens) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + increment.getPositionIncrement()
                        + " len" + length.getPositionLength() + " " + type.type());
            }
            stream.end();
            out.add("end " + offset.startOffset() + "-" + offset.endOffset() + " +" + increment.getPositionIncrement());
        }
        return out;
    }
}
