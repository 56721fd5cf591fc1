package org.kasten.ui.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.Duration;

import org.kasten.ui.viewmodel.Location;
import org.kasten.ui.viewmodel.MainViewModel;

/**
 * The main window's content: toolbar, left sidebar ({@link LeftSidebar}), the note tabs with the
 * find bar, the right sidebar and the status bar, with the quick switcher drawn over everything. Its shortcuts
 * are {@link Shortcuts}', the keyboard focus moves between its regions {@link WindowFocus}'.
 */
final class MainWindow extends StackPane {

    private final MainViewModel main;
    private final Consumer<String> browser;
    private final Consumer<Path> openVault;
    private final ThemeSwitcher theme;
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final BiConsumer<Location, Boolean> open;
    private LeftSidebar left;
    private RightSidebar right;
    private final NoteTabs noteTabs;
    private final VBox centre;
    private final MainToolbar toolbar;
    private FindBar findBar;
    private QuickSwitcher switcher;
    private final SplitPane split;
    private final HoverPreview preview;
    private final WindowFocus focus = new WindowFocus(this);
    private final BiConsumer<Location, Boolean> openFromGraph;
    private GraphTab graphTab;
    private ImageViewer imageViewer;
    private boolean revealRequested;
    private javafx.scene.control.Alert errorDialog;

    MainWindow(MainViewModel main, Consumer<String> browser, Consumer<Path> openVault,
               java.util.function.Supplier<List<Path>> recentVaults, boolean dark) {
        OfflineWebKit.configure(); // before any page loads
        this.main = main;
        this.browser = browser;
        this.openVault = openVault;
        getStyleClass().add("kasten");
        theme = new ThemeSwitcher(this, dark);
        main.setDarkPages(dark);
        theme.darkProperty().addListener((obs, old, now) -> main.setDarkPages(now));
        open = (location, newTab) -> {
            if (newTab) {
                main.openInNewTab(location);
            } else {
                main.navigate(location);
            }
        };
        openFromGraph = (location, newTab) -> {
            open.accept(location, newTab);
            noteTabs().showSelected(main);
        };
        preview = new HoverPreview(main);
        main.setExternalOpener(browser);
        main.setImageViewer((path, file) -> {
            if (imageViewer == null) {
                imageViewer = new ImageViewer(getScene() == null ? null : getScene().getWindow());
            }
            imageViewer.show(path, file);
        });
        noteTabs = new NoteTabs(main, theme.darkProperty(), zoom, preview);
        Label empty = new Label("Open a note from Files, or press Ctrl+O.");
        empty.getStyleClass().add("text-muted");
        StackPane centreStack = new StackPane(empty, noteTabs);
        noteTabs.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(noteTabs.getTabs()));
        centre = new VBox(centreStack); // the find bar goes above on first use
        VBox.setVgrow(centreStack, Priority.ALWAYS);
        // the sidebars are built and join the scene once the first page is shown: building, styling and laying
        // them out (a large share of the FX thread's start-up, docs/performance.md) would otherwise come before
        // it; until then same-sized empty panes keep the layout still
        split = new SplitPane(placeholder("left-sidebar"), centre, placeholder("right-sidebar"));
        split.setDividerPositions(0.2, 0.72);
        BorderPane layout = new BorderPane(split);
        toolbar = new MainToolbar(this, main, recentVaults, openVault);
        layout.setTop(toolbar);
        layout.setBottom(new StatusBar(main));
        getChildren().add(layout); // the quick switcher goes over it on first use
        Shortcuts.install(this, main);
        main.holdIndexingUntilFirstPage();
        noteTabs.firstPageOnScreen(this::afterFirstPage);
        PauseTransition fallback = new PauseTransition(Duration.seconds(2)); // no page (an error, an empty vault)
        fallback.setOnFinished(e -> afterFirstPage());
        sceneProperty().addListener((obs, old, scene) -> fallback.play());
    }

    private static StackPane placeholder(String styleClass) {
        StackPane pane = new StackPane();
        pane.getStyleClass().add(styleClass);
        SplitPane.setResizableWithParent(pane, false);
        return pane;
    }

    /**
     * What the window leaves until its first page is shown (or for two seconds when none comes): the sidebars and
     * the toolbar's tooltips. Parts used only on request (find bar, quick switcher, graph, image viewer) are made
     * on first use instead.
     */
    private void afterFirstPage() {
        attachSidebars();
        toolbar.installTooltips();
    }

    /** Builds the sidebars and puts them in place of the placeholders (once), keeping the divider positions. */
    void attachSidebars() {
        if (left != null) {
            return;
        }
        left = new LeftSidebar(main, open);
        right = new RightSidebar(main, theme.darkProperty(), open, main::openAttachment, this::revealInGraph, anchor -> {
            NoteTab tab = noteTabs.current();
            if (tab != null) {
                tab.scrollTo(anchor);
            }
        });
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        double[] dividers = split.getDividerPositions();
        split.getItems().set(0, left);
        split.getItems().set(2, right);
        split.setDividerPositions(dividers);
        main.firstPageShown(); // indexing and the rest of a large vault, held back until now
    }

    /** From now on a vault that cannot be opened is explained in a dialog offering to pick another folder. */
    void showErrorsInDialogs() {
        main.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                errorDialog = VaultErrorDialog.show(getScene() == null ? null : getScene().getWindow(), error,
                        this::chooseVault);
            }
        });
    }

    void quickSwitch() {
        if (switcher == null) {
            switcher = new QuickSwitcher(main.switcher(), open);
            getChildren().add(switcher);
        }
        switcher.open();
    }

    /** Shows the global graph tab (Ctrl+G), creating it the first time; the current note is marked. */
    void showGraph() {
        if (graphTab == null) {
            graphTab = new GraphTab(main.graph(), theme.darkProperty(), openFromGraph, main::openAttachment);
        }
        var tab = main.selectedTabProperty().get();
        main.graph().setCurrent(tab == null ? null : tab.location());
        if (!noteTabs.getTabs().contains(graphTab)) {
            noteTabs.getTabs().add(graphTab);
        }
        noteTabs.getSelectionModel().select(graphTab);
        main.graph().activate();
    }

    /** Shows the graph centred on the current note (Ctrl+Shift+G). */
    void revealInGraph() {
        showGraph();
        revealRequested = true;
        graphTab.revealCurrent();
    }

    /** True once "reveal in graph" was asked for. */
    boolean revealRequested() {
        return revealRequested;
    }

    org.kasten.ui.viewmodel.GraphViewModel graphModel() {
        return main.graph();
    }

    /** The image viewer, or null before an image was opened (for tests). */
    ImageViewer imageViewer() {
        return imageViewer;
    }

    /** The graph tab, or null before it was first shown. */
    GraphTab graphTab() {
        return graphTab;
    }

    void findInNote() {
        if (findBar == null) {
            findBar = new FindBar(noteTabs::current);
            centre.getChildren().add(0, findBar);
        }
        findBar.open();
    }

    void toggleTheme() {
        theme.toggle();
    }

    /** Zooms the page in (+1), out (-1) or back to 100 % (0). */
    void zoom(int step) {
        double z = step == 0 ? 1.0 : zoom.get() * (step > 0 ? 1.1 : 1 / 1.1);
        zoom.set(Math.max(0.5, Math.min(3.0, Math.round(z * 100) / 100.0)));
    }

    /** Opens the shown note's file with the system's default application (Kasten never edits). */
    void openInEditor() {
        var tab = main.selectedTabProperty().get();
        var ws = main.workspaceProperty().get();
        if (tab != null && ws != null && tab.location() != null && !tab.location().isGhost()) {
            browser.accept(ws.root().resolve(tab.location().path().value()).toUri().toString());
        }
    }

    /** Asks for a folder and opens it as the vault. */
    void chooseVault() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a vault folder");
        Window window = getScene() == null ? null : getScene().getWindow();
        File folder = chooser.showDialog(window);
        if (folder != null) {
            openVault.accept(folder.toPath());
        }
    }

    /** Where the keyboard focus goes (shortcuts, the toolbar's search button). */
    WindowFocus focus() {
        return focus;
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    ThemeSwitcher theme() {
        return theme;
    }

    SplitPane split() {
        return split;
    }

    NoteTabs noteTabs() {
        return noteTabs;
    }

    /** The left sidebar, built and shown now if the first page has not come yet. */
    LeftSidebar left() {
        attachSidebars();
        return left;
    }

    /** The right sidebar, built and shown now if the first page has not come yet. */
    RightSidebar right() {
        attachSidebars();
        return right;
    }

    HoverPreview preview() {
        return preview;
    }

    /** The last error dialog shown, or null (for tests). */
    javafx.scene.control.Alert errorDialog() {
        return errorDialog;
    }

    boolean switcherShowing() {
        return switcher != null && switcher.isVisible();
    }

    /** The toolbar (for tests). */
    MainToolbar toolbar() {
        return toolbar;
    }
}
