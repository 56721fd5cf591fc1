package org.kasten.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Where a vault's index lives: {@code $XDG_CACHE_HOME/kasten/index/<hash of the vault's real path>/}
 * ({@code ~/.cache/kasten/...} by default), never inside the vault. The system property
 * {@code kasten.cache.dir} replaces {@code $XDG_CACHE_HOME/kasten} (tests point it at a temporary folder).
 */
public final class IndexLocation {

    private IndexLocation() {
    }

    /** The index folder of the vault at {@code vaultRoot} (not created). */
    public static Path forVault(Path vaultRoot) {
        return cacheDir().resolve("index").resolve(key(vaultRoot));
    }

    /**
     * The folder of the vault's passage vectors ({@link PassageIndex}; not created): beside the index folders,
     * so the note index's own clean-up never touches them.
     */
    public static Path vectorsForVault(Path vaultRoot) {
        return cacheDir().resolve("vectors").resolve(key(vaultRoot));
    }

    /** Kasten's cache folder: {@code kasten.cache.dir}, else {@code $XDG_CACHE_HOME/kasten}, else ~/.cache/kasten. */
    public static Path cacheDir() {
        String override = System.getProperty("kasten.cache.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "kasten");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "kasten");
    }

    /** Cache folders already said to be unwritable: said once per process. */
    private static final Set<Path> TOLD = ConcurrentHashMap.newKeySet();

    /**
     * True when Kasten's cache folder can be written (it is created if missing). When it cannot (no space,
     * no permission, a regular file on its path), {@code warning} is told so once per process, in one line,
     * and the caller keeps its derived data in memory.
     */
    public static boolean writable(Consumer<String> warning) {
        Path cache = cacheDir();
        try {
            Files.createDirectories(cache.resolve("index"));
            if (Files.isWritable(cache.resolve("index"))) {
                return true;
            }
            tell(cache, "permission denied", warning);
        } catch (IOException | SecurityException e) {
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.toString();
            tell(cache, reason, warning);
        }
        return false;
    }

    private static void tell(Path cache, String reason, Consumer<String> warning) {
        if (TOLD.add(cache)) {
            warning.accept("the cache folder " + cache + " cannot be written (" + reason
                    + "); the search index and note cache are kept in memory");
        }
    }

    /** A short stable name for a vault: the first 16 hex digits of SHA-256 of its real path. */
    static String key(Path vaultRoot) {
        Path real;
        try {
            real = vaultRoot.toRealPath();
        } catch (IOException e) {
            real = vaultRoot.toAbsolutePath().normalize();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
