package org.kasten.render;

/**
 * Removes Obsidian comments ({@code %%…%%}, inline or across lines) from Markdown before parsing, leaving
 * code spans and fenced code blocks alone. Line breaks inside a comment are kept so the blocks around it
 * keep their shape.
 */
final class CommentStripper {

    private CommentStripper() {
    }

    /** {@code markdown} without its comments; the same string when it has none. */
    static String strip(String markdown) {
        if (!markdown.contains("%%")) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        boolean inComment = false;
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (!inComment && fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
                out.append(line).append('\n');
                continue;
            }
            if (fence != null) {
                if (trimmed.startsWith(fence)) {
                    fence = null;
                }
                out.append(line).append('\n');
                continue;
            }
            inComment = stripLine(line, inComment, out);
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** Copies the parts of {@code line} outside comments; returns whether a comment is still open at its end. */
    private static boolean stripLine(String line, boolean inComment, StringBuilder out) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (inComment) {
                if (line.startsWith("%%", i)) {
                    inComment = false;
                    i += 2;
                } else {
                    i++;
                }
                continue;
            }
            if (c == '`') {
                int run = 0;
                while (i + run < line.length() && line.charAt(i + run) == '`') {
                    run++;
                }
                int close = line.indexOf("`".repeat(run), i + run);
                if (close >= 0) {
                    out.append(line, i, close + run);
                    i = close + run;
                } else {
                    out.append(line, i, i + run);
                    i += run;
                }
                continue;
            }
            if (line.startsWith("%%", i)) {
                inComment = true;
                i += 2;
                continue;
            }
            out.append(c);
            i++;
        }
        return inComment;
    }
}
