package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kasten.search.QueryNode.And;
import org.kasten.search.QueryNode.Field;
import org.kasten.search.QueryNode.Not;
import org.kasten.search.QueryNode.Or;
import org.kasten.search.QueryNode.Phrase;
import org.kasten.search.QueryNode.Regex;
import org.kasten.search.QueryNode.Word;

class KastenQueryParserTest {

    private static QueryNode parse(String q) {
        return KastenQueryParser.parse(q);
    }

    @Test
    void wordsAreAllRequiredAndTheLastIsMarked() {
        assertThat(parse("age of research")).isEqualTo(new And(List.of(
                new Word("age", false), new Word("of", false), new Word("research", true))));
        assertThat(parse("  backl ")).isEqualTo(new Word("backl", true));
    }

    @Test
    void phrasesOrExclusionAndParentheses() {
        assertThat(parse("\"age of research\" -scaling")).isEqualTo(new And(List.of(
                new Phrase("age of research"), new Not(new Word("scaling", false)))));
        assertThat(parse("(meeting OR call) notes")).isEqualTo(new And(List.of(
                new Or(List.of(new Word("meeting", false), new Word("call", false))), new Word("notes", true))));
        assertThat(parse("a OR b")).isEqualTo(new Or(List.of(new Word("a", false), new Word("b", false))));
    }

    @Test
    void operatorsAndProperties() {
        assertThat(parse("tag:#ai/safety")).isEqualTo(new Field("tag", "#ai/safety", false));
        assertThat(parse("path:\"Daily notes\" file:2024")).isEqualTo(new And(List.of(
                new Field("path", "Daily notes", false), new Field("file", "2024", false))));
        assertThat(parse("[creator:Ilya Sutskever]")).isEqualTo(new Field("creator", "Ilya Sutskever", true));
        assertThat(parse("[aliases]")).isEqualTo(new Field("aliases", "", true));
        assertThat(parse("/gen.*ation/")).isEqualTo(new Regex("gen.*ation"));
    }

    @Test
    void urlsAreWordsNotFields() {
        assertThat(parse("https://obsidian.md")).isEqualTo(new Word("https://obsidian.md", true));
    }

    @Test
    void malformedSyntaxIsReadAsPlainWords() {
        And plain = new And(List.of(new Word("age", false), new Word("of", false), new Word("research", true)));
        assertThat(parse("\"age of research")).isEqualTo(plain);
        assertThat(parse("(age of research")).isEqualTo(plain);
        assertThat(parse("age of) research")).isEqualTo(plain);
        assertThat(parse("[age of research")).isEqualTo(plain);
        assertThat(parse("age OR")).isEqualTo(new Word("age", true));
        assertThat(parse("/unclosed regex")).isEqualTo(new And(List.of(new Word("unclosed", false), new Word("regex", true))));
        assertThat(parse("\"\"")).isNull();
        assertThat(parse("   ")).isNull();
    }
}
