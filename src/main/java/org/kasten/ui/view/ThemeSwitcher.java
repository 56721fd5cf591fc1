package org.kasten.ui.view;

import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

import org.kasten.note.Daemons;
import org.kasten.ui.viewmodel.SystemTheme;

/**
 * Light or dark: sets AtlantaFX's Primer stylesheet and a {@code dark} style class on the window's root.
 * Follows the system's preference until the user toggles; from then on the user's choice wins.
 */
final class ThemeSwitcher {

    private final BooleanProperty dark = new SimpleBooleanProperty();
    private boolean chosen;

    ThemeSwitcher(Parent root, boolean startDark) {
        dark.addListener((obs, old, now) -> apply(root, now));
        dark.set(startDark);
        apply(root, startDark);
    }

    /** A quick first guess at start-up (GTK theme variable only); {@link #followSystemInBackground} refines it. */
    static boolean systemPrefersDark() {
        String gtk = System.getenv("GTK_THEME");
        return gtk != null && SystemTheme.gtkThemeIsDark(gtk);
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    /** The user's toggle: switches and from now on ignores the system's preference. */
    void toggle() {
        chosen = true;
        dark.set(!dark.get());
    }

    /** Marks the theme as the user's choice (one remembered from an earlier session). */
    void setChosen(boolean chosen) {
        this.chosen = chosen;
    }

    /** True once the user picked the theme (then it is remembered). */
    boolean chosen() {
        return chosen;
    }

    /** Applies the system's preference unless the user chose a theme. */
    void followSystem(boolean systemDark) {
        if (!chosen) {
            dark.set(systemDark);
        }
    }

    /**
     * Asks the system for its preference on a background thread (it runs small commands) and follows it
     * on the FX thread, unless the user has chosen by then.
     */
    void followSystemInBackground(java.util.function.BooleanSupplier systemDark) {
        Daemons.start("kasten-system-theme", () -> {
            boolean dark = systemDark.getAsBoolean();
            javafx.application.Platform.runLater(() -> followSystem(dark));
        });
    }

    /**
     * The theme's stylesheet: the binary form the build makes of AtlantaFX's Primer CSS (read about three times
     * faster than parsing it), else AtlantaFX's own CSS (when running from classes the build has not processed).
     */
    static String stylesheet(boolean dark) {
        java.net.URL binary = ThemeSwitcher.class.getResource(dark ? "primer-dark.bss" : "primer-light.bss");
        if (binary != null) {
            return binary.toExternalForm();
        }
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    private static void apply(Parent root, boolean dark) {
        Application.setUserAgentStylesheet(stylesheet(dark));
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
    }
}
