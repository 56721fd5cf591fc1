package org.kasten.ui.view;

import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.kasten.ui.viewmodel.PageContent;

/** The header above a page: title, path and modified date, then aliases and clickable tag chips. */
final class NoteHeader extends VBox {

    private final Label title = new Label();
    private final Label meta = new Label();
    private final FlowPane chips = new FlowPane(6, 4);
    private final Consumer<String> tagClicked;

    NoteHeader(Consumer<String> tagClicked) {
        this.tagClicked = tagClicked;
        getStyleClass().add("note-header");
        title.getStyleClass().addAll("title-2", "note-title");
        title.setWrapText(true);
        meta.getStyleClass().addAll("text-muted", "note-meta");
        getChildren().addAll(title, meta, chips);
    }

    void show(PageContent page) {
        title.setText(page.title());
        boolean ghost = page.location().isGhost();
        meta.setText(ghost ? "Concept without a note" : page.pathText() + "  \u00b7  modified " + page.modified());
        chips.getChildren().clear();
        for (String alias : page.aliases()) {
            Label chip = new Label(alias);
            chip.getStyleClass().add("alias-chip");
            chips.getChildren().add(chip);
        }
        for (String tag : page.tags()) {
            Button chip = new Button("#" + tag);
            chip.getStyleClass().addAll("tag-chip", "flat", "small");
            chip.setOnAction(e -> tagClicked.accept(tag));
            chips.getChildren().add(chip);
        }
        chips.setManaged(!chips.getChildren().isEmpty());
        chips.setVisible(!chips.getChildren().isEmpty());
    }
}
