package org.kasten.app;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last pages rendered over one graph, so going back to a note, a refresh of the panels, or the window
 * showing a page rendered ahead during start-up does not render again. Bounded by a total size in characters;
 * the least recently used pages go first.
 */
final class PageMemo {

    private final long budget;
    private final LinkedHashMap<String, String> pages = new LinkedHashMap<>(16, 0.75f, true);
    private long size;

    /** A memo that keeps at most {@code budget} characters of pages. */
    PageMemo(long budget) {
        this.budget = budget;
    }

    /** The page stored under {@code key}, or the one {@code render} makes (kept when it fits the budget). */
    String get(String key, Supplier<String> render) {
        synchronized (this) {
            String known = pages.get(key);
            if (known != null) {
                return known;
            }
        }
        String page = render.get(); // outside the lock: two threads may render the same page, never wait on each other
        synchronized (this) {
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
        return page;
    }

    /** Number of pages kept (for tests). */
    synchronized int size() {
        return pages.size();
    }
}
