package org.kasten.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.kasten.note.Progress;

/**
 * One {@link NoteIndex#sync} over the notes on disk against what the index holds: writes the new and changed
 * notes (size, modification time, hash, anchor text or backlink count differ) in parallel, then removes the
 * notes no longer present, and counts each kind for the report.
 */
final class SyncPass {

    private final Map<String, StoredNote> stored;
    private final NoteWrites writes;
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger leftOut = new AtomicInteger();
    private final Map<String, Boolean> present = Collections.synchronizedMap(new HashMap<>());
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    /** A pass against {@code stored}, what the index holds by path. */
    SyncPass(Map<String, StoredNote> stored, NoteWrites writes) {
        this.stored = stored;
        this.writes = writes;
    }

    /** Writes the notes that are new or changed; stops early when {@code cancelled} says so. */
    void writeChanged(Collection<IndexedNote> notes, Progress progress, BooleanSupplier cancelled) throws IOException {
        AtomicInteger done = new AtomicInteger();
        int total = notes.size();
        try {
            notes.parallelStream().forEach(indexed -> {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                String path = indexed.note().path().value();
                present.put(path, Boolean.TRUE);
                StoredNote old = stored.get(path);
                if (old == null || !old.sameAs(indexed.note(), indexed.anchorText(), indexed.backlinks())) {
                    try {
                        boolean written = writes.write(indexed, warnings::add) >= 0;
                        (!written ? leftOut : old == null ? added : updated).incrementAndGet();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                int n = done.incrementAndGet();
                if (n % 500 == 0) {
                    progress.report(n, total, "indexing");
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Removes the indexed notes {@link #writeChanged} did not meet; returns how many. */
    int removeMissing() throws IOException {
        int removed = 0;
        for (String path : stored.keySet()) {
            if (!present.containsKey(path)) {
                writes.delete(path);
                removed++;
            }
        }
        return removed;
    }

    int added() {
        return added.get();
    }

    int updated() {
        return updated.get();
    }

    /** Notes Lucene refused (each has a warning). */
    int leftOut() {
        return leftOut.get();
    }

    /** The warnings about single notes, in no particular order. */
    List<String> warnings() {
        return warnings;
    }
}
