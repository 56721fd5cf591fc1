package org.kasten.ui.view;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;

import org.kasten.app.SemanticModel;
import org.kasten.ui.viewmodel.MainViewModel;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar: history, vault, finding, and view buttons, each with its shortcut in the tooltip. The tooltips
 * (each a popup window of its own) are made once the first page is shown ({@link #installTooltips}), not before.
 */
final class MainToolbar extends ToolBar {

    private final Map<Control, String> tips = new LinkedHashMap<>();

    MainToolbar(MainWindow window, MainViewModel main, java.util.function.Supplier<List<Path>> recentVaults,
                Consumer<Path> openVault) {
        getStyleClass().add("main-toolbar");
        Button back = button(Feather.ARROW_LEFT, "Back (Alt+Left)", main::back);
        back.setId("back");
        Button forward = button(Feather.ARROW_RIGHT, "Forward (Alt+Right)", main::forward);
        forward.setId("forward");
        main.selectedTabProperty().addListener((obs, old, tab) -> {
            back.disableProperty().unbind();
            forward.disableProperty().unbind();
            if (tab != null) {
                back.disableProperty().bind(tab.history().canGoBackProperty().not());
                forward.disableProperty().bind(tab.history().canGoForwardProperty().not());
            }
        });
        back.setDisable(true);
        forward.setDisable(true);
        MenuButton vaults = new MenuButton(null, new FontIcon(Feather.FOLDER));
        tips.put(vaults, "Open a vault (Ctrl+Shift+O) or a recent one");
        vaults.setOnShowing(e -> {
            vaults.getItems().clear();
            MenuItem choose = new MenuItem("Open folder…");
            choose.setOnAction(a -> window.chooseVault());
            vaults.getItems().add(choose);
            for (Path recent : recentVaults.get()) {
                MenuItem item = new MenuItem(recent.toString());
                item.setOnAction(a -> openVault.accept(recent));
                vaults.getItems().add(item);
            }
        });
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().addAll(back, forward, new Separator(), vaults,
                button(Feather.COMMAND, "Quick switcher (Ctrl+O)", window::quickSwitch),
                button(Feather.SEARCH, "Search (Ctrl+Shift+F)", window.focus()::search),
                button(Feather.SHUFFLE, "Random note (Ctrl+Shift+R)", () -> main.randomNote(new java.util.Random())),
                button(Feather.REFRESH_CW, "Reload from disk (F5)", main::reload),
                meaningToggle(main, tips),
                spacer,
                button(Feather.EDIT, "Open in default editor (Ctrl+E)", window::openInEditor),
                button(Feather.ZOOM_OUT, "Zoom out (Ctrl+-)", () -> window.zoom(-1)),
                button(Feather.ZOOM_IN, "Zoom in (Ctrl+=)", () -> window.zoom(1)),
                button(Feather.MOON, "Light or dark (Ctrl+Shift+L)", window::toggleTheme));
    }

    /** Search by meaning on or off (the setting is remembered for all vaults). */
    private static ToggleButton meaningToggle(MainViewModel main, Map<Control, String> tips) {
        ToggleButton t = new ToggleButton(null, new FontIcon(Feather.CPU));
        t.setId("semantic-toggle");
        t.getStyleClass().addAll("button-icon", "flat");
        t.selectedProperty().bindBidirectional(main.semantic().enabledProperty());
        tips.put(t, SemanticModel.enabled()
                ? "Search by meaning as well as words (builds the vault's vectors in the background)"
                : "Search by meaning is turned off for this run (-Dkasten.vectors=off)");
        t.setDisable(!SemanticModel.enabled());
        t.setMinWidth(Control.USE_PREF_SIZE);
        return t;
    }

    /** Gives every button its tooltip (once; later calls do nothing). */
    void installTooltips() {
        tips.forEach((control, tip) -> control.setTooltip(new Tooltip(tip)));
        tips.clear();
    }

    private Button button(Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("button-icon", "flat");
        tips.put(b, tip);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Control.USE_PREF_SIZE);
        return b;
    }
}
