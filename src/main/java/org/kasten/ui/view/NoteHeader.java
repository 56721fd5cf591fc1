package org.kasten.ui.view;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.kasten.ui.viewmodel.PageContent;

/**
 * The header above a page: the title, then path, modified date and aliases on one muted line. (The page
 * itself shows the properties table with tags as clickable chips.)
 */
final class NoteHeader extends VBox {

    private final Label title = new Label();
    private final Label meta = new Label();

    NoteHeader() {
        getStyleClass().add("note-header");
        title.getStyleClass().addAll("title-2", "note-title");
        title.setWrapText(true);
        title.setId("note-title");
        meta.getStyleClass().addAll("text-muted", "note-meta");
        getChildren().addAll(title, meta);
    }

    void show(PageContent page) {
        title.setText(page.title());
        if (page.location().isGhost()) {
            meta.setText("Concept without a note");
            return;
        }
        String aliases = page.aliases().isEmpty() ? "" : "  \u00b7  also " + String.join(", ", page.aliases());
        meta.setText(page.pathText() + "  \u00b7  modified " + page.modified() + aliases);
    }
}
