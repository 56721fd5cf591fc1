package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SystemThemeTest {

    @ParameterizedTest(name = "gsettings color-scheme {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", value = {
            "'prefer-dark'    | dark",
            "'prefer-light'   | light",
            "'default'        | none",
            "prefer-dark      | dark",
            "''               | none",
            "nonsense         | none",
    })
    void gnomeColorScheme(String output, String expected) {
        Optional<Boolean> want = expected.equals("none") ? Optional.empty() : Optional.of(expected.equals("dark"));
        assertThat(SystemTheme.gnomeColorScheme(Optional.of(output))).isEqualTo(want);
        assertThat(SystemTheme.gnomeColorScheme(Optional.of(output + "\n"))).isEqualTo(want); // as printed
    }

    @ParameterizedTest(name = "gtk theme {0} -> dark {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'Adwaita-dark'  | true",
            "Adwaita:dark    | true",
            "'Yaru'          | false",
            "Breeze-Dark     | true",
    })
    void gtkThemeName(String name, boolean dark) {
        assertThat(SystemTheme.gtkThemeIsDark(name)).isEqualTo(dark);
    }

    @Test
    void macOutput() {
        assertThat(SystemTheme.macStyleIsDark(Optional.of("Dark\n"))).isTrue();
        assertThat(SystemTheme.macStyleIsDark(Optional.empty())).isFalse(); // the key is absent in light mode
        assertThat(SystemTheme.macStyleIsDark(Optional.of("Light"))).isFalse();
    }

    @Test
    void windowsRegistryOutput() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertThat(SystemTheme.windowsAppsAreDark(Optional.of(dark))).isTrue();
        assertThat(SystemTheme.windowsAppsAreDark(Optional.of(dark.replace("0x0", "0x1")))).isFalse();
        assertThat(SystemTheme.windowsAppsAreDark(Optional.of("ERROR: nothing"))).isFalse();
        assertThat(SystemTheme.windowsAppsAreDark(Optional.empty())).isFalse();
    }

    @Test
    void linuxAsksColorSchemeThenGtkThemeAndFallsBackToLight() {
        List<String> asked = new ArrayList<>();
        Map<String, String> answers = Map.of("color-scheme", "'default'", "gtk-theme", "'Adwaita-dark'");
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), cmd -> {
            asked.add(cmd.get(cmd.size() - 1));
            return Optional.ofNullable(answers.get(cmd.get(cmd.size() - 1)));
        })).isTrue();
        assertThat(asked).containsExactly("color-scheme", "gtk-theme");
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), cmd -> Optional.of("'prefer-dark'"))).isTrue();
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), cmd -> Optional.empty())).isFalse();
    }

    @Test
    void eachSystemAsksItsOwnPlaceAndGtkThemeVariableWins() {
        assertThat(SystemTheme.prefersDark("Mac OS X", Map.of(),
                cmd -> cmd.get(0).equals("defaults") ? Optional.of("Dark") : Optional.empty())).isTrue();
        assertThat(SystemTheme.prefersDark("Windows 11", Map.of(), cmd -> cmd.get(0).equals("reg")
                ? Optional.of("    AppsUseLightTheme    REG_DWORD    0x0") : Optional.empty())).isTrue();
        assertThat(SystemTheme.prefersDark("Linux", Map.of("GTK_THEME", "Adwaita:dark"), cmd -> Optional.empty())).isTrue();
        assertThat(SystemTheme.prefersDark("Linux", Map.of("GTK_THEME", "Adwaita"), cmd -> Optional.of("'prefer-dark'")))
                .isFalse();
    }
}
