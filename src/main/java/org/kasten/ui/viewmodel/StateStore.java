package org.kasten.ui.viewmodel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Where the window remembers things: {@code kasten.properties} (recent vaults, theme) and one file per vault
 * under {@code vaults/} (geometry, sidebar widths, tabs, last note), in {@code $XDG_CONFIG_HOME/kasten}
 * ({@code ~/.config/kasten}); the system property {@code kasten.config.dir} overrides the folder.
 */
public final class StateStore {

    /** How many recent vaults are kept. */
    public static final int RECENT_VAULTS = 10;

    private final Path dir;

    public StateStore(Path dir) {
        this.dir = dir;
    }

    /** The store in the user's config folder. */
    public static StateStore forUser() {
        String override = System.getProperty("kasten.config.dir");
        if (override != null && !override.isBlank()) {
            return new StateStore(Path.of(override));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new StateStore(base.resolve("kasten"));
    }

    public Path dir() {
        return dir;
    }

    /** Settings shared by all vaults. */
    public Settings global() {
        return new Settings(dir.resolve("kasten.properties"));
    }

    /** Settings of one vault (keyed by a hash of its absolute path). */
    public Settings vault(Path vault) {
        return new Settings(dir.resolve("vaults").resolve(key(vault) + ".properties"));
    }

    /** Puts {@code vault} first in the recent list and saves it. */
    public void rememberVault(Path vault) {
        Settings global = global();
        List<String> recent = new ArrayList<>(global.getList("recentVaults"));
        String path = vault.toAbsolutePath().normalize().toString();
        recent.remove(path);
        recent.add(0, path);
        global.putList("recentVaults", recent.subList(0, Math.min(RECENT_VAULTS, recent.size())));
        global.save();
    }

    /** Recent vaults, most recent first. */
    public List<Path> recentVaults() {
        return global().getList("recentVaults").stream().map(Path::of).toList();
    }

    /** A short stable name for a vault (a hash of its absolute path), for files kept about it. */
    public static String key(Path vault) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    vault.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
