package org.kasten.app;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The last pages rendered over one graph, so going back to a note, a refresh of the panels, or the window
 * showing a page rendered ahead during start-up does not render again. A page being rendered is waited for,
 * not rendered twice (on two cores a second render would only slow both). Bounded by a total size in
 * characters; the least recently used pages go first.
 */
final class PageMemo {

    private final long budget;
    private final LinkedHashMap<String, String> pages = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, CompletableFuture<String>> rendering = new java.util.HashMap<>();
    private long size;

    /** A memo that keeps at most {@code budget} characters of pages. */
    PageMemo(long budget) {
        this.budget = budget;
    }

    /** The page stored under {@code key}, or the one {@code render} makes (kept when it fits the budget). */
    String get(String key, Supplier<String> render) {
        CompletableFuture<String> mine;
        CompletableFuture<String> theirs;
        synchronized (this) {
            String known = pages.get(key);
            if (known != null) {
                return known;
            }
            theirs = rendering.get(key);
            mine = theirs == null ? new CompletableFuture<>() : null;
            if (mine != null) {
                rendering.put(key, mine);
            }
        }
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                return render.get(); // their render failed: try (and fail, with the real exception) here
            }
        }
        String page;
        try {
            page = render.get();
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                rendering.remove(key);
            }
            mine.completeExceptionally(e);
            throw e;
        }
        synchronized (this) {
            rendering.remove(key);
            if (page.length() <= budget && !pages.containsKey(key)) {
                pages.put(key, page);
                size += page.length();
                Iterator<Map.Entry<String, String>> oldest = pages.entrySet().iterator();
                while (size > budget && oldest.hasNext()) {
                    size -= oldest.next().getValue().length();
                    oldest.remove();
                }
            }
        }
        mine.complete(page);
        return page;
    }

    /** Number of pages kept (for tests). */
    synchronized int size() {
        return pages.size();
    }
}
