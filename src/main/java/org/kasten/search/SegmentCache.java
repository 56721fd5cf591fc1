package org.kasten.search;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * Values kept per index segment (and a key of the caller's): a segment's documents never change, so what was
 * learnt of them stays true while it lives. At most a given number of values, the least recently used let go
 * first; a segment's values are let go as soon as it closes (merged away, index closed). Thread-safe.
 *
 * @param <K> what else a value depends on (a pattern, or nothing)
 * @param <V> the value, made for a segment from its document count
 */
final class SegmentCache<K, V> {

    private final Map<Entry<K>, V> values;
    /** Segments whose close this cache listens for (one listener each, however many keys). */
    private final Set<IndexReader.CacheKey> watched = new HashSet<>();

    SegmentCache(int capacity) {
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Entry<K>, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value of {@code reader}'s segment and {@code key}, made by {@code make} (given maxDoc) when missing. */
    V get(LeafReader reader, K key, IntFunction<V> make) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return make.apply(reader.maxDoc()); // a segment that cannot be cached
        }
        IndexReader.CacheKey segment = helper.getKey();
        synchronized (this) {
            return values.computeIfAbsent(new Entry<>(segment, key), e -> {
                if (watched.add(segment)) {
                    helper.addClosedListener(this::forget);
                }
                return make.apply(reader.maxDoc());
            });
        }
    }

    /** How many values are kept (for tests). */
    synchronized int size() {
        return values.size();
    }

    /** Lets every value go (for tests and measurements of first searches). */
    synchronized void clear() {
        values.clear();
    }

    private synchronized void forget(IndexReader.CacheKey segment) {
        values.keySet().removeIf(e -> e.segment() == segment);
        watched.remove(segment);
    }

    private record Entry<K>(IndexReader.CacheKey segment, K key) { }
}
