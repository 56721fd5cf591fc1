package org.kasten.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kasten.note.Frontmatter;

/** Spec table: a small Markdown body in, the exact HTML fragment out (after sanitising). */
class MarkdownSpecTest {

    private static NoteRenderer renderer;
    private static GraphVault vault;

    @BeforeAll
    static void vault() {
        vault = new GraphVault();
        vault.add("Concepts/Age of Research.md",
                "# Age of Research\n\nIntro.\n\n## Why Models Don't Generalise\n\nText ^blk1\n\n- item ^li2\n- other\n\n## Next\n\nLater.\n");
        vault.add("Notes/50%off!.md", "Sale.\n");
        vault.attachment("img/photo.png").attachment("files/doc.pdf");
        renderer = new NoteRenderer(vault);
    }

    static String body(String markdown) {
        String html = renderer.renderBody(vault.add("Me.md", markdown)); // in the graph, for its "See also" entries
        String title = "<h1 class=\"note-title\">Me</h1>\n";
        assertThat(html).startsWith(title);
        return html.substring(title.length()).strip();
    }

    static Stream<Arguments> spec() {
        return Stream.of(
                // wiki-links and Markdown links
                Arguments.of("[[Age of Research]]",
                        "<p><a href=\"kasten://note/Concepts/Age%20of%20Research.md\" class=\"internal\">Age of Research</a></p>"),
                Arguments.of("[[age of research|the age]]",
                        "<p><a href=\"kasten://note/Concepts/Age%20of%20Research.md\" class=\"internal\">the age</a></p>"),
                Arguments.of("[[Age of Research#Why Models Don't Generalise]]",
                        "<p><a href=\"kasten://note/Concepts/Age%20of%20Research.md#why-models-dont-generalise\" class=\"internal\">"
                                + "Age of Research &gt; Why Models Don't Generalise</a></p>"),
                Arguments.of("[[Age of Research#^blk1|block]]",
                        "<p><a href=\"kasten://note/Concepts/Age%20of%20Research.md#%5Eblk1\" class=\"internal\">block</a></p>"),
                Arguments.of("[[Nope Concept]]", "<p><a href=\"kasten://ghost/Nope%20Concept\" class=\"ghost\">Nope Concept</a></p>"),
                Arguments.of("[[#Local Heading]]", "<p><a href=\"#local-heading\" class=\"internal\">Local Heading</a></p>"),
                Arguments.of("[read](Concepts/Age%20of%20Research.md#next)",
                        "<p><a href=\"kasten://note/Concepts/Age%20of%20Research.md#next\" class=\"internal\">read</a></p>"),
                Arguments.of("[gone](Missing.md)", "<p><a href=\"kasten://ghost/Missing\" class=\"ghost\">gone</a></p>"),
                Arguments.of("[web](https://example.com/a?b=1)",
                        "<p><a href=\"https://example.com/a?b=1\" class=\"external\" rel=\"noopener noreferrer\">web</a></p>"),
                Arguments.of("<https://example.com>",
                        "<p><a href=\"https://example.com\" class=\"external\" rel=\"noopener noreferrer\">https://example.com</a></p>"),
                Arguments.of("see https://example.com/a_(b). Or www.example.org, then (https://x.org/p).",
                        "<p>see <a href=\"https://example.com/a_(b)\" class=\"external\" rel=\"noopener noreferrer\">https://example.com/a_(b)</a>."
                                + " Or <a href=\"https://www.example.org\" class=\"external\" rel=\"noopener noreferrer\">www.example.org</a>,"
                                + " then (<a href=\"https://x.org/p\" class=\"external\" rel=\"noopener noreferrer\">https://x.org/p</a>).</p>"),
                Arguments.of("[https://x.org](https://x.org) and xhttps://no and `https://code`",
                        "<p><a href=\"https://x.org\" class=\"external\" rel=\"noopener noreferrer\">https://x.org</a> and xhttps://no and <code>https://code</code></p>"),
                Arguments.of("[x](javascript:alert(1))", "<p><a class=\"blocked\">x</a></p>"),
                // embeds
                Arguments.of("![[photo.png|300]]",
                        "<img src=\"kasten://attachment/img/photo.png\" alt=\"photo.png\" width=\"300\" class=\"embed-image\">"),
                Arguments.of("![[photo.png|640x480]]",
                        "<img src=\"kasten://attachment/img/photo.png\" alt=\"photo.png\" width=\"640\" height=\"480\" class=\"embed-image\">"),
                Arguments.of("![a photo](img/photo.png)",
                        "<img src=\"kasten://attachment/img/photo.png\" alt=\"a photo\" class=\"embed-image\">"),
                Arguments.of("![pic][p]\n\n[p]: img/photo.png",
                        "<img src=\"kasten://attachment/img/photo.png\" alt=\"pic\" class=\"embed-image\">"),
                Arguments.of("see [the age][a]\n\n[a]: Concepts/Age%20of%20Research.md",
                        "<p>see <a href=\"kasten://note/Concepts/Age%20of%20Research.md\" class=\"internal\">the age</a></p>"),
                Arguments.of("![[gone.png]]",
                        "<span class=\"missing-embed\" title=\"Not in the vault\">Missing image: gone.png</span>"),
                Arguments.of("![[doc.pdf]]", "<a href=\"kasten://attachment/files/doc.pdf\" class=\"attachment\">doc.pdf</a>"),
                Arguments.of("![chart](https://example.com/c.png)",
                        "<a href=\"https://example.com/c.png\" class=\"external remote-image\" rel=\"noopener noreferrer\">chart</a>"),
                Arguments.of("![[Age of Research#^blk1]]",
                        "<div class=\"embed\" data-embed=\"Concepts/Age of Research.md\"><div class=\"embed-title\">"
                                + "<a href=\"kasten://note/Concepts/Age%20of%20Research.md#%5Eblk1\" class=\"internal\">Age of Research &gt; ^blk1</a>"
                                + "</div><div class=\"embed-content\"><p id=\"^blk1\">Text</p>\n</div></div>"),
                Arguments.of("![[Age of Research#^li2]]",
                        "<div class=\"embed\" data-embed=\"Concepts/Age of Research.md\"><div class=\"embed-title\">"
                                + "<a href=\"kasten://note/Concepts/Age%20of%20Research.md#%5Eli2\" class=\"internal\">Age of Research &gt; ^li2</a>"
                                + "</div><div class=\"embed-content\"><ul>\n<li id=\"^li2\">item</li>\n</ul>\n</div></div>"),
                Arguments.of("![[Age of Research#Next]]",
                        "<div class=\"embed\" data-embed=\"Concepts/Age of Research.md\"><div class=\"embed-title\">"
                                + "<a href=\"kasten://note/Concepts/Age%20of%20Research.md#next\" class=\"internal\">Age of Research &gt; Next</a>"
                                + "</div><div class=\"embed-content\"><h2 id=\"next\">Next</h2>\n<p>Later.</p>\n</div></div>"),
                Arguments.of("![[Nobody]]", "<a href=\"kasten://ghost/Nobody\" class=\"ghost embed-ghost\">Nobody</a>"),
                // Obsidian syntax
                Arguments.of("==marked== text", "<p><mark>marked</mark> text</p>"),
                Arguments.of("a == b == c", "<p>a == b == c</p>"),
                Arguments.of("a %%hidden [[Secret]]%% b", "<p>a  b</p>"),
                Arguments.of("before\n\n%%\nhidden\n\nstill hidden\n%%\n\nafter", "<p>before</p>\n<p>after</p>"),
                Arguments.of("`%%code%%`", "<p><code>%%code%%</code></p>"),
                // the renderer's former stripper closed this fence at ``` and removed the code's %%kept%%
                Arguments.of("````\n```\n%%kept%%\n````", "<pre><code>```\n%%kept%%\n</code></pre>"),
                // its former decoder gave up on the whole target at the bad escape, the vault's decodes the rest
                Arguments.of("[x](Notes/50%off%21.md)",
                        "<p><a href=\"kasten://note/Notes/50%25off%21.md\" class=\"internal\">x</a></p>"),
                Arguments.of("#tag, #nested/tag and #123 and C#",
                        "<p><a href=\"kasten://tag/tag\" class=\"tag\">#tag</a>, <a href=\"kasten://tag/nested%2Ftag\" class=\"tag\">#nested/tag</a>"
                                + " and #123 and C#</p>"),
                Arguments.of("para text ^myid", "<p id=\"^myid\">para text</p>"),
                Arguments.of("## Same\n\n## Same", "<h2 id=\"same\">Same</h2>\n<h2 id=\"same-1\">Same</h2>"),
                Arguments.of("## Why Models Don't Generalise", "<h2 id=\"why-models-dont-generalise\">Why Models Don't Generalise</h2>"),
                Arguments.of("## See also\n\n- Age of Research — the eras\n- Nope One, Nope Two — ghosts\n- [[Age of Research]] — linked",
                        "<h2 id=\"see-also\">See also</h2>\n<ul>\n"
                                + "<li><a href=\"kasten://note/Concepts/Age%20of%20Research.md\" class=\"internal\">Age of Research</a> — the eras</li>\n"
                                + "<li><a href=\"kasten://ghost/Nope%20One\" class=\"ghost\">Nope One</a>, "
                                + "<a href=\"kasten://ghost/Nope%20Two\" class=\"ghost\">Nope Two</a> — ghosts</li>\n"
                                + "<li><a href=\"kasten://note/Concepts/Age%20of%20Research.md\" class=\"internal\">Age of Research</a> — linked</li>\n</ul>"),
                // where the page and the vault once read a note differently, the vault's reading (issue 15)
                Arguments.of("[[#]] and [[|shown]]", "<p>[[#]] and [[|shown]]</p>"),
                Arguments.of("a,#tag #-lead x #a1b2c3 color: #abc",
                        "<p>a,<a href=\"kasten://tag/tag\" class=\"tag\">#tag</a> <a href=\"kasten://tag/lead\" class=\"tag\">#lead</a>"
                                + " x #a1b2c3 color: #abc</p>"),
                Arguments.of("## See also\n\nRead these.\n\n- Age of Research: the eras",
                        "<h2 id=\"see-also\">See also</h2>\n<p>Read these.</p>\n<ul>\n"
                                + "<li><a href=\"kasten://note/Concepts/Age%20of%20Research.md\" class=\"internal\">Age of Research</a>: the eras</li>\n</ul>"),
                Arguments.of("[read](Concepts/Age of Research.md)",
                        "<p><a href=\"kasten://note/Concepts/Age%20of%20Research.md\" class=\"internal\">read</a></p>"),
                Arguments.of("- Age of Research — not under a see-also label", "<ul>\n<li>Age of Research — not under a see-also label</li>\n</ul>"),
                // callouts
                Arguments.of("> [!note] My title\n> Body text",
                        "<div class=\"callout\" data-callout=\"note\">\n<div class=\"callout-title\">My title</div>\n"
                                + "<div class=\"callout-content\">\n<p>Body text</p>\n</div>\n</div>"),
                Arguments.of("> [!WARNING]- Careful\n> Body",
                        "<details class=\"callout\" data-callout=\"warning\">\n<summary class=\"callout-title\">Careful</summary>\n"
                                + "<div class=\"callout-content\">\n<p>Body</p>\n</div>\n</details>"),
                Arguments.of("> [!faq]+\n> Open",
                        "<details class=\"callout\" data-callout=\"question\" open>\n<summary class=\"callout-title\">Faq</summary>\n"
                                + "<div class=\"callout-content\">\n<p>Open</p>\n</div>\n</details>"),
                Arguments.of("> [!note] Outer\n> > [!tip] Inner\n> > text",
                        "<div class=\"callout\" data-callout=\"note\">\n<div class=\"callout-title\">Outer</div>\n"
                                + "<div class=\"callout-content\">\n<div class=\"callout\" data-callout=\"tip\">\n"
                                + "<div class=\"callout-title\">Inner</div>\n<div class=\"callout-content\">\n<p>text</p>\n"
                                + "</div>\n</div>\n</div>\n</div>"),
                Arguments.of("> [!info] See [[Age of Research]]\n> x",
                        "<div class=\"callout\" data-callout=\"info\">\n<div class=\"callout-title\">See "
                                + "<a href=\"kasten://note/Concepts/Age%20of%20Research.md\" class=\"internal\">Age of Research</a></div>\n"
                                + "<div class=\"callout-content\">\n<p>x</p>\n</div>\n</div>"),
                Arguments.of("> [!tip] Only a title",
                        "<div class=\"callout\" data-callout=\"tip\">\n<div class=\"callout-title\">Only a title</div>\n</div>"),
                Arguments.of("> plain quote", "<blockquote>\n<p>plain quote</p>\n</blockquote>"),
                // math, diagrams, code
                Arguments.of("$e^{2i\\pi} = 1$ costs $5 and $10",
                        "<p><span class=\"math math-inline\">e^{2i\\pi} = 1</span> costs $5 and $10</p>"),
                Arguments.of("$$\n\\begin{vmatrix}a & b\\\\\nc & d\n\\end{vmatrix}\n$$",
                        "<p><span class=\"math math-display\">\\begin{vmatrix}a &amp; b\\\\\nc &amp; d\n\\end{vmatrix}</span></p>"),
                Arguments.of("```math\na < b\n```", "<div class=\"math math-display math-block\">a &lt; b</div>"),
                Arguments.of("```mermaid\ngraph TD; A-->B\n```", "<pre class=\"mermaid\">graph TD; A--&gt;B\n</pre>"),
                Arguments.of("```java\nint x = 1 < 2;\n```", "<pre><code class=\"language-java\">int x = 1 &lt; 2;\n</code></pre>"),
                // GFM
                Arguments.of("- [ ] todo\n- [x] done",
                        "<ul>\n<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>&nbsp;todo</li>\n"
                                + "<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled>&nbsp;done</li>\n</ul>"),
                Arguments.of("| a | b |\n|---|--:|\n| 1 | 2 |",
                        "<table>\n<thead>\n<tr><th>a</th><th align=\"right\">b</th></tr>\n</thead>\n<tbody>\n"
                                + "<tr><td>1</td><td align=\"right\">2</td></tr>\n</tbody>\n</table>"),
                Arguments.of("~~gone~~", "<p><del>gone</del></p>"),
                Arguments.of("Foot[^1]\n\n[^1]: the note",
                        "<p>Foot<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></p>\n<div class=\"footnotes\">\n<hr>\n"
                                + "<ol>\n<li id=\"fn-1\">\n<p>the note</p>\n<a href=\"#fnref-1\" class=\"footnote-backref\">↩</a>\n</li>\n</ol>\n</div>"),
                // raw HTML is kept within the safe subset
                Arguments.of("<b onclick=\"x()\">bold</b><script>alert(1)</script>", "<p><b>bold</b></p>"),
                Arguments.of("<div style=\"background:url(http://x)\"><span>ok</span></div>", "<div><span>ok</span></div>"),
                Arguments.of("<img src=\"https://tracker.example/p.gif\">",
                        "<a href=\"https://tracker.example/p.gif\" class=\"external remote-image\" rel=\"noopener noreferrer\">https://tracker.example/p.gif</a>"));
    }

    @Test
    void kastenResolverRunsBeforeFlexmarksWikiLinkResolver() {
        // flexmark's WikiLinkLinkResolver answers UNCHECKED and ends the chain: had it run first, the href
        // would be its "Age-of-Research" instead of a kasten: URL
        assertThat(new KastenLinkResolver.Factory().getBeforeDependents())
                .containsExactly(com.vladsch.flexmark.ext.wikilink.internal.WikiLinkLinkResolver.Factory.class);
        assertThat(body("[[Age of Research]]")).contains("href=\"kasten://note/").doesNotContain("Age-of-Research");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spec")
    void rendersExactly(String markdown, String expected) {
        assertThat(body(markdown)).isEqualTo(expected);
    }
}
