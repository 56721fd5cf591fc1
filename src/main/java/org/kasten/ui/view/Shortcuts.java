package org.kasten.ui.view;

import java.util.Random;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.kasten.ui.viewmodel.MainViewModel;

/** The window's keyboard shortcuts and mouse side buttons (back and forward). */
final class Shortcuts {

    private Shortcuts() {
    }

    static void install(MainWindow window, MainViewModel main) {
        window.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = action(window, window.focus(), main, e);
            if (action != null) {
                e.consume();
                action.run();
            }
        });
        window.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.BACK) {
                main.back();
            } else if (e.getButton() == MouseButton.FORWARD) {
                main.forward();
            }
        });
    }

    private static Runnable action(MainWindow w, WindowFocus focus, MainViewModel main, KeyEvent e) {
        if (match("Alt+Left", e)) return main::back;
        if (match("Alt+Right", e)) return main::forward;
        if (match("Shortcut+O", e)) return w::quickSwitch;
        if (match("Shortcut+Shift+O", e)) return w::chooseVault;
        if (match("Shortcut+Shift+F", e)) return focus::search;
        if (match("Shortcut+Shift+E", e)) return () -> focus.left(0);
        if (match("Shortcut+Shift+T", e)) return () -> focus.left(1);
        if (match("Shortcut+Shift+M", e)) return () -> focus.left(3);
        if (match("Shortcut+Shift+B", e)) return focus::backlinks;
        if (match("F6", e)) return () -> focus.cycle(1);
        if (match("Shift+F6", e)) return () -> focus.cycle(-1);
        if (match("Shortcut+F", e)) return w::findInNote;
        if (match("Shortcut+G", e)) return w::showGraph;
        if (match("Shortcut+Shift+G", e)) return w::revealInGraph;
        if (match("Shortcut+Shift+R", e)) return () -> main.randomNote(new Random());
        if (match("Shortcut+Shift+L", e)) return w::toggleTheme;
        if (match("Shortcut+E", e)) return w::openInEditor;
        if (match("F5", e)) return main::reload;
        if (match("Shortcut+W", e)) return () -> {
            if (main.selectedTabProperty().get() != null) {
                main.closeTab(main.selectedTabProperty().get());
            }
        };
        if (match("Shortcut+Equals", e) || match("Shortcut+Add", e) || match("Shortcut+Shift+Equals", e)) {
            return () -> w.zoom(1);
        }
        if (match("Shortcut+Minus", e) || match("Shortcut+Subtract", e)) return () -> w.zoom(-1);
        if (match("Shortcut+Digit0", e)) return () -> w.zoom(0);
        return null;
    }

    private static boolean match(String combination, KeyEvent e) {
        return KeyCombination.valueOf(combination).match(e);
    }

}
