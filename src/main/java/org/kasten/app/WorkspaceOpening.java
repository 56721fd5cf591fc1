package org.kasten.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.kasten.graph.ConceptGraph;
import org.kasten.note.Daemons;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.vault.LoadedVault;
import org.kasten.vault.VaultLoader;
import org.kasten.vault.VaultScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open sequence of a {@link Workspace}: read every note (through the parse cache) and build the graph, or,
 * for a large vault the window opens, list the files, know every note by its file name, read the one note to
 * show first, and read the rest in the background.
 */
final class WorkspaceOpening {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceOpening.class);

    /** Below this many notes a full load is quick enough (and one page load fewer) to wait for. */
    static final int PROGRESSIVE_FROM_NOTES = 1000;
    /** The longest a progressive open waits for {@link Workspace#readTheRest} before reading the rest anyway. */
    static final Duration HOLD_BACK = Duration.ofSeconds(4);

    private WorkspaceOpening() {
    }

    /** As {@link Workspace#open}. */
    static OpenWorkspace open(Path folder, Progress progress) throws VaultException {
        return open(folder, progress, WorkspaceOpening::cacheWriter);
    }

    /** As {@link #open(Path, Progress)}, with the parse cache written by {@code cacheWriter}. */
    static OpenWorkspace open(Path folder, Progress progress, Executor cacheWriter) throws VaultException {
        Path root = VaultFolders.readable(folder);
        progress.milestone("vault-load-started");
        List<CompletableFuture<Void>> cacheWritten = new ArrayList<>(1);
        LoadedVault loaded = VaultFolders.read(folder, () -> new VaultLoader().load(root, VaultFolders.parseCache(root), progress,
                write -> cacheWritten.add(CompletableFuture.runAsync(write, cacheWriter))));
        progress.milestone("notes-read");
        ConceptGraph graph = ConceptGraph.build(loaded.notes(), loaded.attachments()); // while the parse cache is written
        progress.milestone("graph-built");
        // not waited for here: the index builds while the cache is written (on two cores the graph is done long
        // before it, and waiting left a core idle); the workspace waits for it when it closes
        CompletableFuture<Void> written = cacheWritten.isEmpty() ? CompletableFuture.completedFuture(null) : cacheWritten.get(0);
        return new OpenWorkspace(loaded.root(), new OpenWorkspace.State(loaded, graph), progress,
                CompletableFuture.completedFuture(null), () -> { }, written);
    }

    /** Runs the parse cache's writing on a thread of its own (the common pool may be busy or have none). */
    private static void cacheWriter(Runnable write) {
        Daemons.start("kasten-cache-writer", write);
    }

    /**
     * As {@link Workspace#openProgressively}: from {@link #PROGRESSIVE_FROM_NOTES} notes, the rest is read on a
     * thread of its own once {@link Workspace#readTheRest} is called (on two cores reading would starve the
     * window while it shows the first note) or after {@link #HOLD_BACK} at the latest. A parse cache does not make
     * this unneeded: reading it and linking every note still takes seconds in a fresh JVM on a large vault.
     */
    static Workspace openProgressively(Path folder, Progress progress,
                                       Function<Workspace, Optional<NotePath>> firstNote) throws VaultException {
        return openProgressively(folder, progress, firstNote, PROGRESSIVE_FROM_NOTES, HOLD_BACK, task -> Daemons.start("kasten-loader", task));
    }

    /** As {@link #openProgressively(Path, Progress, Function)}, from {@code fromNotes} notes, reading on {@code reader}. */
    static OpenWorkspace openProgressively(Path folder, Progress progress, Function<Workspace, Optional<NotePath>> firstNote,
                                           int fromNotes, Duration holdBack, Executor reader) throws VaultException {
        Path root = VaultFolders.readable(folder);
        Path real = VaultFolders.read(folder, root::toRealPath);
        VaultScanner.Scan scan = VaultFolders.read(folder, () -> new VaultLoader().scan(real));
        if (scan.notes().size() < fromNotes) {
            return open(folder, progress); // small: the whole load is quick
        }
        progress.milestone("vault-scanned");
        List<Note> stubs = scan.notes().stream().map(p -> VaultLoader.stub(p, scan.stamps().get(p))).toList();
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        CountDownLatch goAhead = new CountDownLatch(1);
        // provisional graphs: their name tables hold only what the links present can lead to (none, then the
        // first note's), as the whole table of a large vault's names is slow to build and not needed yet
        OpenWorkspace ws = new OpenWorkspace(real, new OpenWorkspace.State(new LoadedVault(real, stubs, scan.attachments(), List.of(), 0),
                ConceptGraph.provisional(stubs, scan.attachments())), progress, loaded, goAhead::countDown);
        progress.milestone("names-known");
        firstNote.apply(ws).map(p -> new VaultLoader().loadOne(real, p).note()).ifPresent(n -> {
            OpenWorkspace.State names = ws.state();
            List<Note> known = new ArrayList<>(stubs.stream().map(s -> s.path().equals(n.path()) ? n : s).toList());
            if (!scan.stamps().containsKey(n.path())) {
                known.add(n); // written after the folder was listed: shown all the same (the graph sorts by path)
            }
            ws.replace(new OpenWorkspace.State(names.vault(), ConceptGraph.provisional(known, scan.attachments())));
        });
        progress.milestone("first-note-read");
        reader.execute(() -> {
            try {
                goAhead.await(holdBack.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            readEverything(ws, progress, loaded);
        });
        return ws;
    }

    /** Reads every note of a progressively opened workspace, replaces its provisional graph, and says it is loaded. */
    private static void readEverything(OpenWorkspace ws, Progress progress, CompletableFuture<Void> loaded) {
        try { // lists the files again: the first listing may be seconds old by now
            List<CompletableFuture<Void>> cacheWritten = new ArrayList<>(1);
            LoadedVault full = new VaultLoader().load(ws.root(), VaultFolders.parseCache(ws.root()), progress,
                    write -> cacheWritten.add(CompletableFuture.runAsync(write, WorkspaceOpening::cacheWriter)));
            ConceptGraph graph = ConceptGraph.build(full.notes(), full.attachments()); // while the parse cache is written
            cacheWritten.forEach(CompletableFuture::join);
            ws.replace(new OpenWorkspace.State(full, graph));
        } catch (IOException | RuntimeException e) {
            LOG.warn("the notes of {} could not all be read: {}", ws.root(), e.toString());
        } finally {
            loaded.complete(null);
        }
    }
}
