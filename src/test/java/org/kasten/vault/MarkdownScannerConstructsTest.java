package org.kasten.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Constructs where a hand-written scanner easily parts from flexmark's reading, each compared with the
 * flexmark oracle ({@link FlexmarkScanner}); several were found by comparing the two on random snippets.
 */
class MarkdownScannerConstructsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // code: fenced (also in lists, with tab indentation, unclosed), indented, spans of several lengths
        "```\n[[not a link]] #no\n```\n[[link]] #yes",
        "1. item\n\t```js\n\tcode [[x]]\n\t```\n2. next #tag",
        "~~~a~\n#tag\n~~~",
        "``` [[x]]\n#open",
        "    indented [[x]] #x\n\npara",
        "`` a ` b `` ` x ` `y` [[after]]",
        "text ^blk\n```\ncode ^no\n```",
        // HTML blocks and inline HTML, comments
        "<div>\n#h [[in html]]\n</div>\n\n#out",
        "a <span title=\"[[x]]\">#t</span> b",
        "<!-- [[c]] -->\n\n%% [[hidden]] %% [[shown]]",
        // emphasis and tags
        "#_p_ #a-_b_ #x\\_y *a **b** c* ***x*** __a_> x",
        // links of every kind, references (also with spaces, footnotes, quotes), wiki-links in brackets
        "[a [b] c](u) [a [b] c] [[a [b] c]] [[x]y]] [t [[w]]](v) \\![[z]] ![[e]]",
        "[a](<b c> \"t\") [a]( b c ) ![i **x**](p.png) [x](http://e.org) [y](#anchor) [z](a%20b.md?q=1#h)",
        "[r]: /u \"t\"\n[^1]: a footnote with spaces\n[^2]: x \"y\" z\n[s]: a b c\n\n[x]: /u)\n\n[y]: /v(",
        "[x]: /uSee also\n===",
        "[x]: /u\n- [ ] task",
        "- [ ] t [ a ] [\t] [ *b* ]",
        // tables: no leading pipe, empty cells, short separators, pipes in code and wiki-links, no header
        "a|b\n:-- | --:\nc|d\nno pipe",
        "| | h |\n|---|---|\n| [[p|q]] | `x|y` |\n|  |  |",
        "|---|\n|a|",
        "text\n|a|b|\n|---|---|",
        // headings, setext, see-also sections and lists
        "Setext #t\n===\n# ATX ## \n## See also\n- [[A]]\n- Bare entry — explained\n  - nested [[N]]\n# Next\n- x",
        "See also:\n- First\n- [[Second]]",
        "> quoted [[q]]\n> - item #t\nlazy",
        "-   \n\t",
        "\t[",
        "    x",
    })
    void sameAsFlexmark(String body) {
        assertNull(MarkdownScannerEqualityTest.difference(body), body);
    }

    @Test
    void positionsOfLinksAreInTheBody() {
        ParsedBody out = new MarkdownScanner().scan("intro\n> quote [[a]]\n- x ![[b]] [c](d.md)\n", 5);
        assertEquals(List.of("6:9", "7:5", "7:12"),
                out.links.stream().map(l -> l.line() + ":" + l.column()).toList());
    }
}
