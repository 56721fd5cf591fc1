package org.kasten.vault;

/**
 * Raw inline HTML in one leaf's text: comments, processing instructions, CDATA, declarations and tags. A
 * search for a terminator that failed is remembered, so a text full of {@code <!--} or {@code <?} without
 * their ends is searched once, not once per opener (linear time).
 */
final class MdRawHtml {

    private final String s;
    private final int n;
    private int noCommentEndFrom = Integer.MAX_VALUE;
    private int noPiEndFrom = Integer.MAX_VALUE;
    private int noCdataEndFrom = Integer.MAX_VALUE;
    private int noGreaterFrom = Integer.MAX_VALUE;
    private final int[] noQuoteFrom = {Integer.MAX_VALUE, Integer.MAX_VALUE};

    MdRawHtml(String s) {
        this.s = s;
        this.n = s.length();
    }

    /** The end of raw inline HTML at {@code i}, or -1. */
    int end(int i) {
        if (s.startsWith("<!--", i)) {
            if (s.startsWith("<!-->", i) || s.startsWith("<!--->", i)) {
                return -1;
            }
            if (i + 4 >= noCommentEndFrom) {
                return -1;
            }
            int e = s.indexOf("-->", i + 4);
            if (e < 0) {
                noCommentEndFrom = i + 4;
                return -1;
            }
            return s.substring(i + 4, e).contains("--") ? -1 : e + 3;
        }
        if (s.startsWith("<?", i)) {
            int e = i + 2 >= noPiEndFrom ? -1 : s.indexOf("?>", i + 2);
            if (e < 0) {
                noPiEndFrom = Math.min(noPiEndFrom, i + 2);
                return -1;
            }
            return e + 2;
        }
        if (s.startsWith("<![CDATA[", i)) {
            int e = i + 9 >= noCdataEndFrom ? -1 : s.indexOf("]]>", i + 9);
            if (e < 0) {
                noCdataEndFrom = Math.min(noCdataEndFrom, i + 9);
                return -1;
            }
            return e + 3;
        }
        if (s.startsWith("<!", i) && i + 2 < n && MdBlockStarts.isAsciiLetter(s.charAt(i + 2))) {
            int e = i + 2 >= noGreaterFrom ? -1 : s.indexOf('>', i + 2);
            if (e < 0) {
                noGreaterFrom = Math.min(noGreaterFrom, i + 2);
                return -1;
            }
            return e + 1;
        }
        return MdInlineSyntax.htmlTag(s, i, n, noQuoteFrom);
    }
}
