package org.kasten.ui.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Worker;
import javafx.geometry.Point2D;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;

import org.kasten.app.StartupTimer;
import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.PageContent;
import org.kasten.ui.viewmodel.TabViewModel;

/**
 * One centre tab: the {@link NoteHeader} over a WebView showing the page. Link clicks and hovers in the page
 * go through a {@link LinkBridge} to the view model; the page follows the theme and the zoom.
 */
final class NoteTab extends Tab {

    private final TabViewModel model;
    private final WebView web = new WebView();
    private final NoteHeader header;
    private final LinkBridge bridge; // held here so WebKit does not collect it
    private final BooleanProperty dark;
    private final StartupTimer timer;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private Point2D pointer = Point2D.ZERO;
    private double restoreScroll = -1;
    private PageContent shown;

    NoteTab(TabViewModel model, MainViewModel main, BooleanProperty dark, HoverPreview preview) {
        this.model = model;
        this.dark = dark;
        this.timer = main.timer();
        this.header = new NoteHeader();
        this.bridge = new LinkBridge((href, newTab) -> {
            preview.hide();
            main.followUrl(href, newTab);
        }, href -> {
            if (href == null) {
                preview.hide();
            } else {
                preview.show(href, pointer.getX(), pointer.getY(), web);
            }
        });
        web.setContextMenuEnabled(false);
        web.setOnMouseMoved(e -> pointer = new Point2D(e.getScreenX(), e.getScreenY()));
        web.setOnMouseExited(e -> preview.hide());
        WebEngine engine = web.getEngine();
        engine.setJavaScriptEnabled(true);
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                installBridge();
            }
        });
        BorderPane pane = new BorderPane(web);
        pane.setTop(header);
        pane.getStyleClass().add("note-tab");
        setContent(pane);
        model.contentProperty().addListener((obs, old, page) -> show(page));
        dark.addListener((obs, old, now) -> applyTheme());  // fragments; whole pages are re-rendered by the model
        if (model.getContent() != null) {
            show(model.getContent());
        }
    }

    private void show(PageContent page) {
        if (page == null) {
            return;
        }
        PageContent before = shown;
        if (before != null && before.location().equals(page.location()) && before.html().equals(page.html())) {
            shown = page; // only the panels changed: keep the page as it is
            header.show(page);
            return;
        }
        restoreScroll = -1;
        if (before != null && loaded.get() && before.location().equals(page.location())) {
            Object y = web.getEngine().executeScript("window.scrollY");
            restoreScroll = y instanceof Number n ? n.doubleValue() : -1; // a refresh keeps the reader's place
        }
        shown = page;
        loaded.set(false);
        setText(page.title());
        header.show(page);
        web.setPageFill(dark.get() ? Color.web("#0d1117") : Color.WHITE);
        timer.markOnce("first-page-handed-to-webkit");
        web.getEngine().loadContent(PageHtml.document(page.html(), dark.get()));
    }

    private void installBridge() {
        WebEngine engine = web.getEngine();
        JSObject window = (JSObject) engine.executeScript("window");
        window.setMember("kasten", bridge);
        engine.executeScript(LinkBridge.SCRIPT);
        engine.executeScript(LinkBridge.SOFT_BREAKS);
        engine.executeScript(PageHtml.themeScript(dark.get()));
        engine.executeScript(LinkBridge.START_DIAGRAMS);
        PageContent page = model.getContent();
        if (page != null) {
            hideRepeatedTitle(page.title());
        }
        Object background = engine.executeScript("document.body?getComputedStyle(document.body).backgroundColor:''");
        header.setStyle(background instanceof String css && css.startsWith("rgb")
                ? "-fx-background-color: " + css + ";" : ""); // the header continues the page
        if (restoreScroll > 0) {
            engine.executeScript("window.scrollTo(0," + restoreScroll + ")");
        } else if (page != null && page.location().anchor() != null) {
            scrollTo(page.location().anchor());
        }
        loaded.set(true);
    }

    private void applyTheme() {
        PageContent page = model.getContent();
        if (page != null && !PageHtml.isDocument(page.html())) {
            show(page);
        } else if (loaded.get()) {
            web.setPageFill(dark.get() ? Color.web("#0d1117") : Color.WHITE);
            web.getEngine().executeScript(PageHtml.themeScript(dark.get()));
        }
    }

    /** Hides the page's first h1 when it only repeats the title the header shows. */
    private void hideRepeatedTitle(String title) {
        String quoted = "'" + title.replace("\\", "\\\\").replace("'", "\\'") + "'";
        web.getEngine().executeScript("(function(t){var h=document.querySelector('h1');"
                + "if(h&&h.textContent.trim()===t.trim()){h.style.display='none';}})(" + quoted + ")");
    }

    /** Scrolls the page to a heading anchor, heading text or {@code ^block}. */
    void scrollTo(String anchor) {
        String quoted = "'" + anchor.replace("\\", "\\\\").replace("'", "\\'") + "'";
        web.getEngine().executeScript("(function(a){var b=a.charAt(0)==='^'?a.substring(1):a;"
                + "var s=b.toLowerCase().trim().replace(/[^a-z0-9\\u00c0-\\uffff]+/g,'-').replace(/^-|-$/g,'');"
                + "var t=document.getElementById(a)||document.getElementById(b)||document.getElementById(s)"
                + "||document.getElementById('^'+b);"
                + "if(!t){var hs=document.querySelectorAll('h1,h2,h3,h4,h5,h6');for(var i=0;i<hs.length;i++){"
                + "if(hs[i].textContent.trim().toLowerCase()===b.toLowerCase()){t=hs[i];break;}}}"
                + "if(t){t.scrollIntoView();}})(" + quoted + ")");
    }

    /** Highlights the next occurrence of {@code text} in the page; false when there is none. */
    boolean find(String text, boolean backwards) {
        if (text == null || text.isEmpty() || !loaded.get()) {
            return false;
        }
        String quoted = "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        Object found = web.getEngine().executeScript("window.find(" + quoted + ",false," + backwards + ",true)");
        return Boolean.TRUE.equals(found);
    }

    TabViewModel model() {
        return model;
    }

    WebView web() {
        return web;
    }

    /** True once the current page has loaded and its links are live. */
    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
