package org.kasten.ui.viewmodel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Best-effort guess whether the desktop prefers a dark theme: GNOME's {@code color-scheme} (then its GTK
 * theme name), macOS's {@code AppleInterfaceStyle}, Windows' {@code AppsUseLightTheme}, and the
 * {@code GTK_THEME} variable. Runs small commands with a short timeout: call it off the FX thread.
 * Anything unknown means light.
 */
public final class SystemTheme {

    /** How long one query command may take. */
    public static final long TIMEOUT_MILLIS = 1500;

    /** Runs a command and gives its standard output, or empty when it fails, times out or exits non-zero. */
    @FunctionalInterface
    public interface Commands {
        Optional<String> run(List<String> command);
    }

    private SystemTheme() {
    }

    /** True when this machine's desktop prefers dark (queries it; blocks up to a few seconds at worst). */
    public static boolean prefersDark() {
        return prefersDark(System.getProperty("os.name", ""), System.getenv(), SystemTheme::run);
    }

    /** The decision for an operating system name, environment and command runner (testable without a desktop). */
    public static boolean prefersDark(String osName, Map<String, String> env, Commands commands) {
        String os = osName.toLowerCase(Locale.ROOT);
        String gtk = env.get("GTK_THEME");
        if (gtk != null && !gtk.isBlank()) {
            return gtkThemeIsDark(gtk);
        }
        if (os.contains("mac")) {
            return macStyleIsDark(commands.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle")));
        }
        if (os.contains("win")) {
            return windowsAppsAreDark(commands.run(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme")));
        }
        Optional<Boolean> scheme = gnomeColorScheme(commands.run(
                List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")));
        if (scheme.isPresent()) {
            return scheme.get();
        }
        return commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(SystemTheme::gtkThemeIsDark).orElse(false);
    }

    /**
     * GNOME's {@code color-scheme} setting as printed by gsettings ({@code 'prefer-dark'}, {@code 'prefer-light'},
     * {@code 'default'}): dark, light, or empty when it expresses no preference or is missing.
     */
    static Optional<Boolean> gnomeColorScheme(Optional<String> output) {
        String value = output.map(SystemTheme::unquote).orElse("");
        return switch (value) {
            case "prefer-dark" -> Optional.of(true);
            case "prefer-light" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** A GTK theme name ({@code Adwaita:dark}, {@code 'Yaru-dark'}) is dark when it says so. */
    public static boolean gtkThemeIsDark(String name) {
        return unquote(name).toLowerCase(Locale.ROOT).contains("dark");
    }

    /** {@code defaults read -g AppleInterfaceStyle} prints {@code Dark} in dark mode and fails in light mode. */
    static boolean macStyleIsDark(Optional<String> output) {
        return output.map(o -> o.strip().equalsIgnoreCase("dark")).orElse(false);
    }

    /** {@code reg query … /v AppsUseLightTheme} prints a {@code REG_DWORD} line; {@code 0x0} means dark. */
    static boolean windowsAppsAreDark(Optional<String> output) {
        if (output.isEmpty()) {
            return false;
        }
        for (String line : output.get().split("\\R")) {
            String[] words = line.strip().split("\\s+");
            if (words.length == 3 && words[0].equalsIgnoreCase("AppsUseLightTheme") && words[1].equals("REG_DWORD")) {
                try {
                    return Long.decode(words[2]) == 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static String unquote(String text) {
        String t = text.strip();
        return t.length() >= 2 && t.startsWith("'") && t.endsWith("'") ? t.substring(1, t.length() - 1) : t;
    }

    private static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream in = process.getInputStream()) {
                String out = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty(); // the command does not exist here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
