package org.kasten.ui.view;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Shows a search snippet (escaped HTML with {@code <mark>} around matches) as text with highlighted matches. */
final class SnippetFlow extends TextFlow {

    SnippetFlow(String snippet) {
        getStyleClass().add("snippet");
        show(snippet);
    }

    /** Replaces the shown snippet. */
    void show(String snippet) {
        List<Text> texts = new ArrayList<>();
        for (String[] part : parts(snippet)) {
            Text text = new Text(part[1]);
            text.getStyleClass().add(part[0].equals("mark") ? "snippet-mark" : "snippet-text");
            texts.add(text);
        }
        getChildren().setAll(texts);
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
                parts.add(new String[] {marked ? "mark" : "text", decode(chunk.replaceAll("<[^>]*>", ""))});
            }
            if (at < 0) {
                break;
            }
            rest = rest.substring(at + (marked ? 7 : 6));
            marked = !marked;
        }
        return parts;
    }

    private static String decode(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
