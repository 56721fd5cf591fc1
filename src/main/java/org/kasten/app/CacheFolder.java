package org.kasten.app;

import java.nio.file.Path;

import org.kasten.search.IndexLocation;

/**
 * Kasten's own cache folder ({@code kasten.cache.dir}, else {@code $XDG_CACHE_HOME/kasten}, else
 * {@code ~/.cache/kasten}), for the window's derived data such as remembered graph layouts; never the vault.
 */
public final class CacheFolder {

    private CacheFolder() {
    }

    /** The folder (not created). */
    public static Path path() {
        return IndexLocation.cacheDir();
    }
}
