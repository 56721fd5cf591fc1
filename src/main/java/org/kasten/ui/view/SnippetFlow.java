package org.kasten.ui.view;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kasten.note.HtmlText;
import org.kasten.note.NotePath;

/**
 * Shows a search hit in one text flow: its title and where it is on their own lines, then the snippet (escaped HTML
 * with {@code <mark>} around matches) with highlighted matches. Made to be cheap in a reused list cell: few
 * nodes (no labels, no boxes), and snippet pieces alternate plain, marked, plain …, so the Text at a position
 * always keeps its style class; showing another hit only sets texts (no new nodes, no CSS reapplied) unless
 * it has more pieces than any shown before.
 */
final class SnippetFlow extends TextFlow {

    /** Texts before the snippet: title and path. */
    private static final int HEADER = 2;
    private final Text title = new Text();
    private final Text path = new Text();
    private String shown;

    SnippetFlow() {
        getStyleClass().add("snippet");
        title.getStyleClass().add("hit-title");
        path.getStyleClass().add("hit-path-text");
        getChildren().addAll(title, path);
    }

    /** Shows a hit (nothing changes for the snippet when it is the one shown). */
    void show(String hitTitle, NotePath hitPath, String snippet) {
        title.setText(shortened(hitTitle) + "\n");
        String where = where(hitTitle, hitPath);
        put(path, where.isEmpty() ? "" : where + "\n");
        if (snippet != null && snippet.equals(shown)) {
            return;
        }
        shown = snippet;
        List<String> pieces = pieces(snippet);
        var children = getChildren();
        int have = children.size() - HEADER;
        List<Text> added = new ArrayList<>();
        for (int i = have; i < pieces.size(); i++) {
            Text text = new Text(pieces.get(i));
            text.getStyleClass().add(i % 2 == 0 ? "snippet-text" : "snippet-mark");
            added.add(text);
        }
        for (int i = 0; i < have; i++) {
            put((Text) children.get(HEADER + i), i < pieces.size() ? pieces.get(i) : "");
        }
        added.forEach(t -> put(t, t.getText()));
        children.addAll(added);
    }

    /** Longest title shown whole; a longer one is cut at a word and ends in an ellipsis (two lines of the sidebar). */
    static final int TITLE_CHARS = 50;

    /** {@code title}, at most about {@link #TITLE_CHARS} characters. */
    static String shortened(String title) {
        if (title.length() <= TITLE_CHARS) {
            return title;
        }
        int space = title.lastIndexOf(' ', TITLE_CHARS);
        int cut = space > TITLE_CHARS / 2 ? space : TITLE_CHARS;
        if (Character.isHighSurrogate(title.charAt(cut - 1))) {
            cut--; // not between the halves of an emoji
        }
        return title.substring(0, cut).stripTrailing() + "\u2026";
    }

    /**
     * Where a hit is, under its title: its folder when the file is named as the title (the name would only say
     * the title again; nothing for a note at the vault's top), else its path.
     */
    static String where(String title, NotePath path) {
        return path.name().equalsIgnoreCase(title.strip()) ? path.folder() : path.value();
    }

    /** Sets a piece; an empty one leaves the flow (TextFlow draws the next piece shifted after an empty Text). */
    private static void put(Text text, String value) {
        text.setText(value);
        text.setManaged(!value.isEmpty());
        text.setVisible(!value.isEmpty());
    }

    /** The snippet as alternating plain and marked texts, starting with plain (possibly empty). */
    static List<String> pieces(String snippet) {
        List<String> pieces = new ArrayList<>();
        for (String[] part : parts(snippet)) {
            boolean mark = part[0].equals("mark");
            boolean wantMark = pieces.size() % 2 == 1;
            if (mark == wantMark) {
                pieces.add(part[1]);
            } else if (pieces.isEmpty()) {
                pieces.add("");
                pieces.add(part[1]);
            } else {
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + part[1]);
            }
        }
        return pieces;
    }

    /** Splits a snippet into ("text" | "mark", plain text) pieces; other tags are dropped, entities decoded. */
    static List<String[]> parts(String snippet) {
        List<String[]> parts = new ArrayList<>();
        String rest = snippet == null ? "" : snippet;
        boolean marked = false;
        while (!rest.isEmpty()) {
            int at = rest.indexOf(marked ? "</mark>" : "<mark>");
            String chunk = at < 0 ? rest : rest.substring(0, at);
            if (!chunk.isEmpty()) {
                parts.add(new String[] {marked ? "mark" : "text", HtmlText.unescape(chunk.replaceAll("<[^>]*>", ""))});
            }
            if (at < 0) {
                break;
            }
            rest = rest.substring(at + (marked ? 7 : 6));
            marked = !marked;
        }
        return parts;
    }
}
