package org.kasten.ui.view;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kasten.note.Heading;
import org.kasten.ui.viewmodel.Location;
import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.PageContent;
import org.kasten.ui.viewmodel.PanelItem;
import org.kasten.ui.viewmodel.TabViewModel;

/**
 * The right sidebar: what Kasten knows about the shown page — backlinks and unlinked mentions, outgoing links
 * and see-also, outline, properties, related notes — above the local graph.
 */
final class RightSidebar extends SplitPane {

    private final PanelList backlinks;
    private final PanelList mentions;
    private final PanelList outgoing;
    private final PanelList seeAlso;
    private final PanelList properties;
    private final PanelList related;
    private final ListView<Heading> outline = new ListView<>();
    private final Label backlinkCount = new Label();
    private final LocalGraphView graph;
    private final TabPane tabs;
    private static final String NO_MENTIONS = "No unlinked mentions.";
    private static final String NO_RELATED = "Nothing related found yet.";
    private final ChangeListener<PageContent> onContent = (obs, old, page) -> show(page);

    RightSidebar(MainViewModel main, javafx.beans.property.BooleanProperty dark, BiConsumer<Location, Boolean> open,
                 Consumer<org.kasten.note.NotePath> openAttachment, Runnable revealInGraph, Consumer<String> scrollTo) {
        backlinks = new PanelList("No backlinks.", open);
        mentions = new PanelList(NO_MENTIONS, open);
        outgoing = new PanelList("No links.", open);
        seeAlso = new PanelList("No “See also” section.", open);
        properties = new PanelList("No properties.", (l, t) -> { });
        related = new PanelList(NO_RELATED, open);
        outline.setPlaceholder(new Label("No headings."));
        outline.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Heading h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : h.text());
                setStyle(empty || h == null ? "" : "-fx-padding: 3 6 3 " + (6 + 14 * (h.level() - 1)) + ";");
            }
        });
        outline.setOnMouseClicked(e -> {
            Heading h = outline.getSelectionModel().getSelectedItem();
            if (h != null) {
                scrollTo.accept(h.anchor());
            }
        });
        outline.setOnKeyPressed(e -> {
            Heading h = outline.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && h != null) {
                scrollTo.accept(h.anchor());
            }
        });
        tabs = new TabPane(
                tab("Backlinks", section(backlinkCount, backlinks, "Unlinked mentions", mentions)),
                tab("Links", section(new Label("Outgoing"), outgoing, "See also", seeAlso)),
                tab("Outline", outline),
                tab("Properties", properties),
                tab("Related", related));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("right-tabs");
        graph = new LocalGraphView(main.localGraph(), dark, open, openAttachment, revealInGraph);
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(tabs, graph);
        setDividerPositions(0.62);
        getStyleClass().add("right-sidebar");
        main.selectedTabProperty().addListener((obs, old, tab) -> follow(old, tab));
        follow(null, main.selectedTabProperty().get());
    }

    private void follow(TabViewModel old, TabViewModel tab) {
        if (old != null) {
            old.contentProperty().removeListener(onContent);
        }
        if (tab != null) {
            tab.contentProperty().addListener(onContent);
        }
        show(tab == null ? null : tab.getContent());
    }

    private void show(PageContent page) {
        if (page == null) {
            for (PanelList list : new PanelList[] {backlinks, mentions, outgoing, seeAlso, properties, related}) {
                list.getItems().clear();
            }
            outline.getItems().clear();
            backlinkCount.setText("Backlinks");
            graph.show(null);
            return;
        }
        backlinks.getItems().setAll(page.backlinks());
        backlinkCount.setText("Linked from " + page.backlinks().size()
                + (page.backlinks().size() == 1 ? " note" : " notes"));
        mentions.getItems().setAll(page.mentions());
        mentions.setEmptyText(page.complete() ? NO_MENTIONS : "Looking for unlinked mentions…");
        related.setEmptyText(page.complete() ? NO_RELATED : "Looking for related notes…");
        outgoing.getItems().setAll(page.outgoing());
        seeAlso.getItems().setAll(page.seeAlso());
        outline.getItems().setAll(page.outline());
        properties.getItems().setAll(page.properties().entrySet().stream()
                .map(e -> new PanelItem(e.getKey(), e.getValue(), null, false)).toList());
        related.getItems().setAll(page.related());
        graph.show(page.graph());
    }

    private static Tab tab(String name, javafx.scene.Node content) {
        Tab tab = new Tab(name, content);
        tab.setId("panel-" + name.toLowerCase(java.util.Locale.ROOT));
        return tab;
    }

    private static VBox section(Label firstTitle, PanelList first, String secondTitle, PanelList second) {
        Label title2 = new Label(secondTitle);
        firstTitle.getStyleClass().add("section-title");
        title2.getStyleClass().add("section-title");
        VBox.setVgrow(first, Priority.ALWAYS);
        VBox.setVgrow(second, Priority.SOMETIMES);
        second.setPrefHeight(120);
        VBox box = new VBox(4, firstTitle, first, title2, second);
        box.getStyleClass().add("panel-section");
        return box;
    }

    /** Shows the Backlinks tab and focuses its list. */
    void focusBacklinks() {
        tabs.getSelectionModel().select(0);
        PanelFocus.focus(backlinks);
    }

    /** Focuses the list of the tab shown (Ctrl+Tab then switches tabs). */
    void focusSelectedPanel() {
        javafx.scene.Node content = tabs.getSelectionModel().getSelectedItem().getContent();
        PanelFocus.focus(content instanceof VBox box ? box.getChildren().get(1) : content);
    }

    /** The backlinks list (for tests). */
    PanelList backlinksList() {
        return backlinks;
    }

    LocalGraphView graph() {
        return graph;
    }
}
