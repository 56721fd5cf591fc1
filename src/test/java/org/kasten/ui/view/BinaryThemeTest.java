package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;

import javafx.css.Stylesheet;

import org.junit.jupiter.api.Test;

/** The build converts AtlantaFX's Primer themes to binary CSS, and the window uses those. */
class BinaryThemeTest {

    @Test
    void bothThemesAreUsedInTheirBinaryForm() throws Exception {
        assertThat(ThemeSwitcher.stylesheet(false)).endsWith("/org/kasten/ui/view/primer-light.bss");
        assertThat(ThemeSwitcher.stylesheet(true)).endsWith("/org/kasten/ui/view/primer-dark.bss");
    }

    @Test
    void theBinaryThemeHoldsTheSameRulesAsAtlantaFxCss() throws Exception {
        URL binary = new URL(ThemeSwitcher.stylesheet(true));
        Stylesheet converted = Stylesheet.loadBinary(binary);
        Stylesheet parsed;
        try (InputStream css = new atlantafx.base.theme.PrimerDark().getClass()
                .getResourceAsStream("/atlantafx/base/theme/primer-dark.css")) {
            parsed = new javafx.css.CssParser().parse("primer-dark.css", new String(css.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(converted.getRules()).hasSameSizeAs(parsed.getRules()).hasSizeGreaterThan(500);
    }
}
