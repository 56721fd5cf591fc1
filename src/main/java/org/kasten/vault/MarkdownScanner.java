package org.kasten.vault;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kasten.markdown.InlineTags;
import org.kasten.markdown.SeeAlsoEntry;
import org.kasten.markdown.WikiLink;
import org.kasten.markdown.Comments;
import org.kasten.note.Anchors;
import org.kasten.note.BlockId;
import org.kasten.note.LinkKind;
import org.kasten.note.PercentEncoding;
import org.kasten.vault.MdNode.Kind;

/**
 * Reads a Markdown body once, without a full parse: headings, block ids, inline tags, every link (wiki-links,
 * embeds, Markdown links and images, link reference definitions) with position and context, "See also"
 * entries, and the plain text. The structure it honours (code, HTML, comments, tables, references) is
 * flexmark's, so the graph sees what the rendered page shows; flexmark itself is kept for rendering.
 * Time is linear in the body; a {@link ScanBudget} guards against what was missed. Thread-safe.
 */
final class MarkdownScanner {

    private static final Pattern TRAILING_BLOCK_ID = Pattern.compile("\\s+\\^[A-Za-z0-9-]+$");
    private static final Pattern LIST_MARKER = Pattern.compile("^([-*+]|\\d+[.)])\\s+");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** Links kept per note: beyond this (a generated or hostile note) each would only cost memory. */
    static final int MAX_LINKS = 10_000;

    /** Scans {@code body}, whose first line is line {@code firstLine} of the file. */
    ParsedBody scan(String body, int firstLine) {
        return scan(body, firstLine, ScanBudget.NONE);
    }

    /** As {@link #scan(String, int)}, within {@code budget}; throws {@link ScanBudget.Exceeded} past it. */
    ParsedBody scan(String body, int firstLine, ScanBudget budget) {
        String visible = Comments.blank(body);
        MdNode document = MdBlocks.parse(visible, budget);
        parseInlines(document, visible, budget);
        TextLines lines = new TextLines(visible, firstLine);
        ParsedBody out = new ParsedBody();
        Walk walk = new Walk(visible, lines, out);
        walk.visit(document, false);
        findBlockIds(lines, walk.codeLines, out);
        out.plainText = MdPlainText.of(document, visible);
        return out;
    }

    private static void parseInlines(MdNode block, String body, ScanBudget budget) {
        for (MdNode child = block.first; child != null; child = child.next) {
            switch (child.kind) {
                case PARAGRAPH, HEADING, TABLE_CELL -> MdInlines.parse(child,
                        MdContent.of(body, child, 0, child.lineCount, child.kind != Kind.TABLE_CELL), budget);
                default -> parseInlines(child, body, budget);
            }
        }
    }

    private static void findBlockIds(TextLines lines, boolean[] codeLines, ParsedBody out) {
        for (int i = 0; i < lines.count(); i++) {
            if (codeLines[i]) {
                continue;
            }
            String raw = lines.raw(i);
            if (raw.indexOf('^') < 0) {
                continue;
            }
            Matcher m = WikiLink.BLOCK_ID.matcher(raw);
            if (m.find()) {
                out.blocks.add(new BlockId(m.group(1), lines.firstLine() + i));
            }
        }
    }

    /** One walk over one body's tree. */
    private static final class Walk {
        private final String text;
        private final TextLines lines;
        private final ParsedBody out;
        private final boolean[] codeLines;
        /** The content of the leaf block being walked (inline offsets are into it). */
        private MdContent content;
        /** Heading level of an open "See also" section, or 0. */
        private int seeAlsoLevel;

        Walk(String text, TextLines lines, ParsedBody out) {
            this.text = text;
            this.lines = lines;
            this.out = out;
            this.codeLines = new boolean[lines.count()];
        }

        void visit(MdNode node, boolean seeAlso) {
            if (node.content != null) {
                content = node.content;
            }
            for (MdNode child = node.first; child != null; child = child.next) {
                if (child.kind == Kind.HEADING) {
                    heading(child);
                    continue;
                }
                boolean listInSeeAlso = seeAlso || (seeAlsoLevel > 0 && child.isList())
                        || (child.isList() && isSeeAlsoLine(child.prev));
                if (child.kind == Kind.LIST_ITEM && listInSeeAlso) {
                    seeAlsoItem(child);
                    continue;
                }
                visitNode(child, listInSeeAlso);
            }
        }

        private void visitNode(MdNode node, boolean seeAlso) {
            switch (node.kind) {
                case FENCED_CODE, INDENTED_CODE -> markCode(node);
                case CODE, HTML_BLOCK, HTML -> {
                }
                case WIKI -> wikiLink(node, seeAlso);
                case IMAGE -> markdownLink(node.url, node.text, content.body(node.start), LinkKind.MARKDOWN_EMBED, seeAlso);
                case LINK -> markdownLink(node.url, node.text, content.body(node.start), LinkKind.MARKDOWN, seeAlso);
                case REFERENCE -> {
                    if (!node.text.startsWith("^")) { // a footnote definition, not a link
                        markdownLink(node.url, node.text, node.start, LinkKind.MARKDOWN, seeAlso);
                    }
                }
                case TEXT -> {
                    int from = content.body(node.start);
                    InlineTags.find(text, from, from + node.end - node.start, out.tags);
                }
                default -> visit(node, seeAlso);
            }
        }

        private void heading(MdNode heading) {
            String title = MdPlainText.of(heading, text).strip();
            if (title.indexOf('^') >= 0) {
                title = TRAILING_BLOCK_ID.matcher(title).replaceFirst("");
            }
            if (seeAlsoLevel > 0 && heading.level <= seeAlsoLevel) {
                seeAlsoLevel = 0;
            }
            if (SeeAlsoEntry.isLabel(title)) {
                seeAlsoLevel = heading.level;
            }
            if (out.firstHeading == null && heading.level == 1 && !title.isEmpty()) {
                out.firstHeading = title;
            }
            out.headings.add(new org.kasten.note.Heading(heading.level, title, Anchors.slug(title),
                    lines.line(heading.start)));
            visit(heading, false);
        }

        /** A list item of a "See also" list: its links are see-also links; a bare entry names a concept. */
        private void seeAlsoItem(MdNode item) {
            int before = out.links.size();
            for (MdNode child = item.first; child != null; child = child.next) {
                if (child.isList()) {
                    visit(child, false); // a nested list explains the entry; it names no concepts of its own
                } else {
                    visitNode(child, true);
                }
            }
            boolean linked = false;
            for (int i = before; i < out.links.size(); i++) {
                linked |= out.links.get(i).seeAlso();
            }
            MdNode first = item.first;
            if (!linked && first != null && first.kind == Kind.PARAGRAPH) {
                String firstLine = lines.raw(lines.index(first.start));
                firstLine = LIST_MARKER.matcher(firstLine.strip()).replaceFirst("");
                String name = SeeAlsoEntry.name(firstLine);
                if (!name.isEmpty()) {
                    int offset = first.start;
                    out.links.add(before, new org.kasten.note.Link(name, null, null, LinkKind.SEE_ALSO,
                            lines.line(offset), lines.column(offset), lines.context(offset), true));
                }
            }
        }

        private void wikiLink(MdNode wiki, boolean seeAlso) {
            int start = content.body(wiki.start);
            boolean embed = start > 0 && text.charAt(start - 1) == '!';
            WikiLink parts = WikiLink.parse(wiki.text);
            if (!parts.isVaultLink()) {
                return; // [[]], [[|x]], [[#]]: nothing to follow; [[https://…]] leaves the vault
            }
            int offset = embed ? start - 1 : start;
            if (full()) {
                return;
            }
            out.links.add(new org.kasten.note.Link(parts.target(), parts.anchor(), parts.display(),
                    embed ? LinkKind.EMBED : LinkKind.WIKI, lines.line(offset), lines.column(offset),
                    lines.context(offset), seeAlso));
        }

        private void markdownLink(String url, String shown, int offset, LinkKind kind, boolean seeAlso) {
            String target = url.strip();
            if (target.startsWith("<") && target.endsWith(">")) {
                target = target.substring(1, target.length() - 1);
            }
            if (target.isEmpty() || SCHEME.matcher(target).find() || target.startsWith("//")) {
                return;
            }
            String anchor = null;
            int hash = target.indexOf('#');
            if (hash >= 0) {
                anchor = PercentEncoding.decode(target.substring(hash + 1));
                target = target.substring(0, hash);
                if (anchor.isEmpty()) {
                    anchor = null;
                }
            }
            int query = target.indexOf('?');
            if (query >= 0) {
                target = target.substring(0, query);
            }
            target = PercentEncoding.decode(target);
            if (target.isEmpty() && anchor == null || full()) {
                return;
            }
            out.links.add(new org.kasten.note.Link(target, anchor, shown.isBlank() ? null : shown.strip(), kind,
                    lines.line(offset), lines.column(offset), lines.context(offset), seeAlso));
        }

        /** True when the note already has {@link #MAX_LINKS} links (the rest are counted as dropped). */
        private boolean full() {
            if (out.links.size() < MAX_LINKS) {
                return false;
            }
            out.droppedLinks++;
            return true;
        }

        private void markCode(MdNode node) {
            int first = lines.index(node.start);
            int last = lines.index(Math.max(node.start, node.end - 1));
            for (int i = first; i <= last && i < codeLines.length; i++) {
                codeLines[i] = true;
            }
        }

        private boolean isSeeAlsoLine(MdNode node) {
            return node != null && node.kind == Kind.PARAGRAPH
                    && SeeAlsoEntry.isLabel(text.substring(node.start, Math.max(node.start, node.end)));
        }
    }
}
