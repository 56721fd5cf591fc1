package org.kasten.ui.viewmodel;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.kasten.app.StartupTimer;
import org.kasten.app.VaultException;
import org.kasten.app.Workspace;
import org.kasten.note.Daemons;
import org.kasten.note.Futures;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;

/**
 * Opens the first vault before the window exists, so that loading and rendering the first note overlap the
 * start of JavaFX and the building of the window. The first {@link #open} of that folder receives the result
 * (waiting for it if needed, with progress forwarded from then on); every other open goes to the delegate.
 */
public final class PreloadingOpener implements WorkspaceOpener {

    private final WorkspaceOpener delegate;
    private final Path folder;
    private final CompletableFuture<Workspace> early;
    private final AtomicBoolean taken = new AtomicBoolean();
    private volatile Progress listener = Progress.NONE;
    private final StartupTimer timer;

    private PreloadingOpener(WorkspaceOpener delegate, Path folder, StartupTimer timer) {
        this.delegate = delegate;
        this.folder = normal(folder);
        this.early = new CompletableFuture<>();
        this.timer = timer;
    }

    /** Opens a vault for the preload; may return before every note is read, with {@code firstNote}'s note read. */
    @FunctionalInterface
    public interface EarlyOpener {
        /** Opens {@code folder}, reading at least the note {@code firstNote} picks. */
        Workspace open(Path folder, Progress progress, Function<Workspace, Optional<NotePath>> firstNote)
                throws VaultException;
    }

    /**
     * Starts opening {@code folder} with {@code early} on a background thread, pages in the given theme, then
     * renders the note {@code firstNote} picks (if any) so the renderer's start-up cost is paid early as well;
     * {@code timer} records the milestones of the preload.
     */
    public static PreloadingOpener start(WorkspaceOpener delegate, EarlyOpener early, Path folder, BooleanSupplier dark,
                                         Function<Workspace, Optional<NotePath>> firstNote, StartupTimer timer) {
        PreloadingOpener opener = new PreloadingOpener(delegate, folder, timer);
        Daemons.start("kasten-preload", () -> opener.preload(early, dark, firstNote));
        return opener;
    }

    /**
     * The note the window will show first, as {@link MainViewModel#openVault} chooses it: the requested note,
     * else the first saved tab that still exists, else the home note.
     */
    public static Function<Workspace, Optional<NotePath>> firstNote(String note, java.util.List<NotePath> saved) {
        return ws -> {
            if (note != null) {
                return ws.graph().find(note).map(n -> n.path());
            }
            return saved.stream().filter(p -> ws.graph().note(p).isPresent()).findFirst()
                    .or(() -> NoteLookups.home(ws).map(n -> n.path()));
        };
    }

    private void preload(EarlyOpener opening, BooleanSupplier dark, Function<Workspace, Optional<NotePath>> firstNote) {
        Workspace ws;
        try {
            ws = opening.open(folder, timer.with((done, total, message) -> listener.report(done, total, message)), firstNote);
            ws.setTheme(dark.getAsBoolean() ? "dark" : "light"); // asked after the load: the desktop has usually answered by then
        } catch (VaultException | RuntimeException e) {
            early.completeExceptionally(e);
            return;
        }
        early.complete(ws);
        try {
            firstNote.apply(ws).ifPresent(ws::renderHtml); // the workspace keeps the page for the window
            timer.markOnce("first-note-prerendered");
        } catch (RuntimeException e) {
            // only a warm-up: the window renders the note again and reports what goes wrong then
        }
    }

    @Override
    public Workspace open(Path requested, Progress progress) throws VaultException {
        if (!normal(requested).equals(folder) || !taken.compareAndSet(false, true)) {
            return delegate.open(requested, progress);
        }
        listener = progress; // from now on (a large vault may still be being read) the window shows progress
        try {
            return Futures.join(early);
        } catch (CompletionException e) {
            if (e.getCause() instanceof VaultException v) {
                throw v;
            }
            throw e;
        }
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
