package org.kasten.note;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    /** The five characters that can end content or a quoted attribute, in either quoting, are escaped. */
    @Test
    void escapesTheFiveCharactersOfHtmlSyntax() {
        assertThat(HtmlText.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
    }

    @Test
    void escapesARangeIntoABuilder() {
        StringBuilder out = new StringBuilder("[");
        HtmlText.escape("ab<c>d", 2, 5, out);
        assertThat(out).hasToString("[&lt;c&gt;");
    }

    /** Unescaping gives back what was escaped, and a written reference stays a reference: {@code &amp;lt;}. */
    @Test
    void unescapeIsTheInverseOfEscape() {
        String text = "if a < b && c > \"d\" then 'e' &lt; &#39;";
        assertThat(HtmlText.unescape(HtmlText.escape(text))).isEqualTo(text);
        assertThat(HtmlText.unescape("it&#x27;s")).isEqualTo("it's");
    }
}
