package org.kasten.vault;

import java.util.function.ToIntFunction;

/**
 * For benchmarks outside this package: the loader's Markdown scanner and the former flexmark-based one
 * ({@link FlexmarkScanner}), each as a function of a note body (returning a count, so the work is used).
 */
public final class ScannerPair {

    private ScannerPair() {
    }

    /** The hand-written scanner on the load path. */
    public static ToIntFunction<String> handWritten() {
        MarkdownScanner scanner = new MarkdownScanner();
        return body -> count(scanner.scan(body, 1));
    }

    /** flexmark's full parse and AST walk, as the loader did before. */
    public static ToIntFunction<String> flexmark() {
        FlexmarkScanner scanner = new FlexmarkScanner();
        return body -> count(scanner.scan(body, 1));
    }

    /** The body of a note's text: what follows its frontmatter. */
    public static String body(String text) {
        return text.substring(FrontmatterReader.read(text).bodyOffset());
    }

    private static int count(ParsedBody out) {
        return out.links.size() + out.tags.size() + out.headings.size() + out.plainText.length();
    }
}
