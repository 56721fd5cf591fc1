package org.kasten.ui.view;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import javafx.stage.Screen;
import javafx.stage.Stage;

import org.kasten.note.NotePath;
import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.Settings;
import org.kasten.ui.viewmodel.StateStore;
import org.kasten.ui.viewmodel.SystemTheme;

/**
 * Remembers, per vault, the window's size and position, the sidebar widths, the zoom, the open tabs and the
 * selected one; and, for all vaults, the theme when the user chose one (without a choice the window follows
 * the system's preference, asked in the background) and whether to search by meaning (saved when switched).
 * Restores them when the vault opens again.
 */
final class WindowStateKeeper {

    /** The global setting of search by meaning, "on" or "off". */
    static final String SEMANTIC = "semanticSearch";
    private final StateStore store;
    private final Stage stage;
    private final MainWindow window;
    private final MainViewModel main;

    WindowStateKeeper(StateStore store, Stage stage, MainWindow window, MainViewModel main) {
        this(store, stage, window, main, SystemTheme::prefersDark);
    }

    /** As above, with {@code systemDark} asking the system for its theme (called on a background thread). */
    WindowStateKeeper(StateStore store, Stage stage, MainWindow window, MainViewModel main, BooleanSupplier systemDark) {
        this.store = store;
        this.stage = stage;
        this.window = window;
        this.main = main;
        main.semantic().enabledProperty().set(!"off".equals(store.global().get(SEMANTIC, "on")));
        main.semantic().enabledProperty().addListener((obs, was, on) -> {
            Settings global = store.global();
            global.put(SEMANTIC, on ? "on" : "off");
            global.save();
        });
        if (store.global().get("theme", null) == null) {
            window.theme().followSystemInBackground(systemDark);
        } else {
            window.theme().setChosen(true);
        }
    }

    /** Applies the vault's remembered geometry, dividers and zoom; returns its remembered tabs, selected first. */
    List<NotePath> restore(Path vault) {
        Settings s = store.vault(vault);
        double w = s.getDouble("width", 1280);
        double h = s.getDouble("height", 820);
        double x = s.getDouble("x", Double.NaN);
        double y = s.getDouble("y", Double.NaN);
        javafx.geometry.Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(screen.getWidth(), Math.max(640, w)));   // never larger than the screen
        stage.setHeight(Math.min(screen.getHeight(), Math.max(420, h)));
        if (!Double.isNaN(x) && !Double.isNaN(y) && onScreen(x, y)) {
            stage.setX(x);
            stage.setY(y);
        }
        if (!Double.isNaN(stage.getX()) && !Double.isNaN(stage.getY())) { // keep the whole window on the screen
            stage.setX(Math.max(screen.getMinX(), Math.min(stage.getX(), screen.getMaxX() - stage.getWidth())));
            stage.setY(Math.max(screen.getMinY(), Math.min(stage.getY(), screen.getMaxY() - stage.getHeight())));
        }
        stage.setMaximized(Boolean.parseBoolean(s.get("maximized", "false")));
        window.split().setDividerPositions(s.getDouble("divider.left", 0.2), s.getDouble("divider.right", 0.72));
        window.zoomProperty().set(Math.max(0.5, Math.min(3, s.getDouble("zoom", 1.0))));
        return savedTabs(s);
    }

    /** The tabs saved for a vault, the one that was selected first. */
    static List<NotePath> savedTabs(Settings s) {
        List<String> tabs = new java.util.ArrayList<>(s.getList("tabs"));
        int selected = (int) s.getDouble("tabs.selected", 0);
        if (selected > 0 && selected < tabs.size()) {
            tabs.add(0, tabs.remove(selected));
        }
        return tabs.stream().map(NotePath::of).toList();
    }

    /** Saves the current state of the window for {@code vault}. */
    void save(Path vault) {
        if (vault == null) {
            return;
        }
        Settings s = store.vault(vault);
        s.put("vault", vault.toString());
        s.put("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            s.put("x", stage.getX());
            s.put("y", stage.getY());
            s.put("width", stage.getWidth());
            s.put("height", stage.getHeight());
        }
        double[] d = window.split().getDividerPositions();
        if (d.length == 2) {
            s.put("divider.left", d[0]);
            s.put("divider.right", d[1]);
        }
        s.put("zoom", window.zoomProperty().get());
        s.putList("tabs", main.openNotePaths().stream().map(NotePath::value).toList());
        s.put("tabs.selected", Math.max(0, main.tabs().indexOf(main.selectedTabProperty().get())));
        var tab = main.selectedTabProperty().get();
        s.put("lastNote", tab == null || tab.location() == null || tab.location().isGhost() ? null
                : tab.location().path().value());
        s.save();
        if (window.theme().chosen()) {
            Settings global = store.global();
            global.put("theme", window.theme().darkProperty().get() ? "dark" : "light");
            global.save();
        }
    }

    private static boolean onScreen(double x, double y) {
        return Screen.getScreens().stream().anyMatch(sc -> sc.getVisualBounds().contains(x + 40, y + 20));
    }
}
