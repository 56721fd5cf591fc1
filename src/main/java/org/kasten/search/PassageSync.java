package org.kasten.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.kasten.note.Daemons;
import org.kasten.note.Note;
import org.kasten.note.Progress;

/**
 * One bulk build of a {@link PassageIndex}: which notes changed (by hash), their passages embedded on a pool of
 * low-priority threads, the notes gone removed, commits now and then so a stopped build keeps most of its work,
 * and the last commit marked complete only when every note went through. A note edited later goes through
 * {@link PassageIndex#update} instead.
 */
final class PassageSync {

    /** Commit at least this often while building, so a stopped build keeps most of its work. */
    private static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(20);

    private final IndexWriter writer;
    private final SearcherManager manager;
    private final PassageWrites writes;
    private final String schema;

    PassageSync(IndexWriter writer, SearcherManager manager, PassageWrites writes, String schema) {
        this.writer = writer;
        this.manager = manager;
        this.writes = writes;
        this.schema = schema;
    }

    /**
     * Makes the vectors hold exactly {@code notes}: embeds the passages of new and changed notes (by hash) on
     * {@code threads} threads, removes those of notes gone. A passage text that occurs again (in the note's
     * previous version, or more than once among the notes embedded) is embedded once ({@link KnownVectors}).
     * Progress is told per note ("understanding notes"). Stops early, keeping what was done, when
     * {@code cancelled} says so.
     */
    PassageIndex.SyncReport run(Collection<Note> notes, Progress progress, BooleanSupplier cancelled, int threads)
            throws IOException {
        long start = System.nanoTime();
        Map<String, String> stored = storedHashes();
        List<Note> todo = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (Note note : notes) {
            present.add(note.path().value());
            if (!PassageWrites.hashOf(note).equals(stored.get(note.path().value()))) {
                todo.add(note);
            }
        }
        int removed = 0;
        for (String path : stored.keySet()) {
            if (!present.contains(path)) {
                writer.deleteDocuments(new Term(PassageIndex.PATH, path));
                removed++;
            }
        }
        AtomicInteger done = new AtomicInteger();
        AtomicInteger passages = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        int total = todo.size();
        progress.report(0, total, "understanding notes");
        KnownVectors known = KnownVectors.among(todo);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads),
                Daemons.named("kasten-vectors", Thread.MIN_PRIORITY));
        long[] lastCommit = {System.nanoTime()};
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Note note : todo) {
                running.add(pool.submit(() -> {
                    if (cancelled.getAsBoolean()) {
                        return null;
                    }
                    int[] written = writes.write(note, known);
                    passages.addAndGet(written[0]);
                    reused.addAndGet(written[1]);
                    int n = done.incrementAndGet();
                    progress.report(n, total, "understanding notes");
                    maybeCommit(lastCommit);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while building vectors", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
        }
        boolean complete = !cancelled.getAsBoolean() && done.get() == total;
        Map<String, String> data = new HashMap<>(Map.of(PassageIndex.SCHEMA_KEY, schema,
                PassageIndex.COMPLETE_KEY, String.valueOf(complete)));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        manager.maybeRefreshBlocking();
        return new PassageIndex.SyncReport(done.get(), removed, notes.size() - total, passages.get(), reused.get(),
                (System.nanoTime() - start) / 1_000_000, complete);
    }

    private void maybeCommit(long[] lastCommit) throws IOException {
        synchronized (lastCommit) {
            if (System.nanoTime() - lastCommit[0] > COMMIT_EVERY_NANOS) {
                writer.commit(); // complete stays "false" until the end
                manager.maybeRefresh();
                lastCommit[0] = System.nanoTime();
            }
        }
    }

    /** Each note's hash as the vectors were last written for it, by path. */
    private Map<String, String> storedHashes() throws IOException {
        manager.maybeRefreshBlocking();
        IndexSearcher s = manager.acquire();
        try {
            Map<String, String> out = new HashMap<>();
            TopDocs all = s.search(new TermQuery(new Term(PassageIndex.KIND, PassageIndex.NOTE_KIND)),
                    Math.max(1, s.getIndexReader().maxDoc()));
            var fields = s.storedFields();
            for (ScoreDoc d : all.scoreDocs) {
                Document doc = fields.document(d.doc, Set.of(PassageIndex.PATH, PassageIndex.HASH));
                out.put(doc.get(PassageIndex.PATH), doc.get(PassageIndex.HASH));
            }
            return out;
        } finally {
            manager.release(s);
        }
    }
}
