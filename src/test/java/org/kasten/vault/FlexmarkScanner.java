package org.kasten.vault;

import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import org.kasten.markdown.FlexmarkOptions;
import org.kasten.markdown.InlineTags;
import org.kasten.markdown.SeeAlsoEntry;
import org.kasten.markdown.Comments;
import org.kasten.note.Anchors;
import org.kasten.note.BlockId;
import org.kasten.note.LinkKind;
import org.kasten.note.PercentEncoding;

/**
 * The test oracle for {@link MarkdownScanner}: the loader's former scanner, which reads a body with flexmark's
 * full parse and walks the AST for headings, block ids, inline tags, links, "See also" entries and plain text.
 * The production scanner must give the same {@link ParsedBody} on every note of the corpora.
 */
final class FlexmarkScanner {

    private static final Pattern TRAILING_BLOCK_ID = Pattern.compile("\\s+\\^[A-Za-z0-9-]+$");
    private static final Pattern LIST_MARKER = Pattern.compile("^([-*+]|\\d+[.)])\\s+");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Parser parser;

    FlexmarkScanner() {
        // Only what changes where links are, the options the renderer shares; emphasis or strikethrough do not.
        parser = Parser.builder(FlexmarkOptions.with()).build();
    }

    /** Scans {@code body}, whose first line is line {@code firstLine} of the file. */
    ParsedBody scan(String body, int firstLine) {
        String visible = Comments.blank(body);
        Document document = parser.parse(visible);
        TextLines lines = new TextLines(visible, firstLine);
        ParsedBody out = new ParsedBody();
        Walk walk = new Walk(visible, lines, out);
        walk.visit(document, false);
        findBlockIds(lines, walk.codeLines, out);
        out.plainText = FlexmarkPlainText.of(document);
        return out;
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
            Matcher m = org.kasten.markdown.WikiLink.BLOCK_ID.matcher(raw);
            if (m.find()) {
                out.blocks.add(new BlockId(m.group(1), lines.firstLine() + i));
            }
        }
    }

    /** One walk over one document's AST. */
    private static final class Walk {
        private final String text;
        private final TextLines lines;
        private final ParsedBody out;
        private final boolean[] codeLines;
        /** Heading level of an open "See also" section, or 0. */
        private int seeAlsoLevel;

        Walk(String text, TextLines lines, ParsedBody out) {
            this.text = text;
            this.lines = lines;
            this.out = out;
            this.codeLines = new boolean[lines.count()];
        }

        void visit(Node node, boolean seeAlso) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Heading heading) {
                    heading(heading);
                    continue;
                }
                boolean listInSeeAlso = seeAlso || (seeAlsoLevel > 0 && isList(child))
                        || (isList(child) && isSeeAlsoLine(child.getPrevious()));
                if (child instanceof ListItem item && listInSeeAlso) {
                    seeAlsoItem(item);
                    continue;
                }
                visitNode(child, listInSeeAlso);
            }
        }

        private void visitNode(Node node, boolean seeAlso) {
            if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                markCode(node);
            } else if (node instanceof Code || node instanceof HtmlBlock || node instanceof HtmlInline
                    || node instanceof HtmlCommentBlock) {
                return;
            } else if (node instanceof WikiLink wiki) {
                wikiLink(wiki, seeAlso);
            } else if (node instanceof Image image) {
                markdownLink(image.getUrl().toString(), image.getText().toString(), image.getStartOffset(),
                        LinkKind.MARKDOWN_EMBED, seeAlso);
            } else if (node instanceof Link link) {
                markdownLink(link.getUrl().toString(), link.getText().toString(), link.getStartOffset(),
                        LinkKind.MARKDOWN, seeAlso);
            } else if (node instanceof Reference reference && !reference.getReference().startsWith("^")) {
                // (a label starting with '^' is a footnote definition, not a link)
                markdownLink(reference.getUrl().toString(), reference.getReference().toString(),
                        reference.getStartOffset(), LinkKind.MARKDOWN, seeAlso);
            } else if (node instanceof Text) {
                InlineTags.find(text, node.getStartOffset(), node.getEndOffset(), out.tags);
            } else {
                visit(node, seeAlso);
            }
        }

        private void heading(Heading heading) {
            String title = FlexmarkPlainText.of(heading).strip();
            if (title.indexOf('^') >= 0) {
                title = TRAILING_BLOCK_ID.matcher(title).replaceFirst("");
            }
            if (seeAlsoLevel > 0 && heading.getLevel() <= seeAlsoLevel) {
                seeAlsoLevel = 0;
            }
            if (SeeAlsoEntry.isLabel(title)) {
                seeAlsoLevel = heading.getLevel();
            }
            if (out.firstHeading == null && heading.getLevel() == 1 && !title.isEmpty()) {
                out.firstHeading = title;
            }
            out.headings.add(new org.kasten.note.Heading(heading.getLevel(), title, Anchors.slug(title),
                    lines.line(heading.getStartOffset())));
            visit(heading, false);
        }

        /** A list item of a "See also" list: its links are see-also links; a bare entry names a concept. */
        private void seeAlsoItem(ListItem item) {
            int before = out.links.size();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (isList(child)) {
                    visit(child, false); // a nested list explains the entry; it names no concepts of its own
                } else {
                    visitNode(child, true);
                }
            }
            boolean linked = false;
            for (int i = before; i < out.links.size(); i++) {
                linked |= out.links.get(i).seeAlso();
            }
            Node first = item.getFirstChild();
            if (!linked && first instanceof Paragraph paragraph) {
                String firstLine = lines.raw(lines.index(paragraph.getStartOffset()));
                firstLine = LIST_MARKER.matcher(firstLine.strip()).replaceFirst("");
                String name = SeeAlsoEntry.name(firstLine);
                if (!name.isEmpty()) {
                    int offset = paragraph.getStartOffset();
                    out.links.add(before, new org.kasten.note.Link(name, null, null, LinkKind.SEE_ALSO,
                            lines.line(offset), lines.column(offset), lines.context(offset), true));
                }
            }
        }

        private void wikiLink(WikiLink wiki, boolean seeAlso) {
            int start = wiki.getStartOffset();
            boolean embed = start > 0 && text.charAt(start - 1) == '!';
            String chars = wiki.getChars().toString();
            String inner = chars.substring(2, chars.length() - 2);
            org.kasten.markdown.WikiLink parts = org.kasten.markdown.WikiLink.parse(inner);
            if (parts.target().isEmpty() && parts.anchor() == null) {
                return; // [[]], [[|x]], [[#]]: nothing to follow
            }
            int offset = embed ? start - 1 : start;
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
            if (target.isEmpty() && anchor == null) {
                return;
            }
            out.links.add(new org.kasten.note.Link(target, anchor, shown.isBlank() ? null : shown.strip(), kind,
                    lines.line(offset), lines.column(offset), lines.context(offset), seeAlso));
        }

        private void markCode(Node node) {
            int first = lines.index(node.getStartOffset());
            int last = lines.index(Math.max(node.getStartOffset(), node.getEndOffset() - 1));
            for (int i = first; i <= last && i < codeLines.length; i++) {
                codeLines[i] = true;
            }
        }

        private static boolean isList(Node node) {
            return node instanceof BulletList || node instanceof OrderedList;
        }

        private static boolean isSeeAlsoLine(Node node) {
            return node instanceof Paragraph p && SeeAlsoEntry.isLabel(p.getChars().toString());
        }
    }
}
