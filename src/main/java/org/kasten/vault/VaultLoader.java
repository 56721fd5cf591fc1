package org.kasten.vault;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import org.kasten.note.Frontmatter;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.Warning;

/**
 * Reads a vault folder: scans it, then reads, decodes and parses every note in parallel. Files that cannot
 * be read as notes (binary, too large, unreadable, vanished) give a warning each; the rest loads. Never
 * writes to the vault. Thread-safe.
 */
public final class VaultLoader {

    /** Files larger than this are not read as notes. */
    public static final long MAX_NOTE_BYTES = 20L * 1024 * 1024;

    private final VaultScanner scanner = new VaultScanner();
    private final TextDecoder decoder = new TextDecoder();
    /** Built on first need: a vault served from the parse cache never loads flexmark or Jackson. */
    private volatile NoteParser parser;

    /** Outcome of reading one file: a note, or a reason it was skipped. */
    public record FileResult(Note note, Warning skipped) {
    }

    /** Loads the vault at {@code root}; throws when the folder itself cannot be read. */
    public LoadedVault load(Path root, Progress progress) throws IOException {
        return load(root, null, progress);
    }

    /**
     * Loads the vault at {@code root}, reusing the notes in the parse cache {@code cacheFile} (outside the
     * vault; null for none) whose size and modification time are unchanged, and updating that cache.
     */
    public LoadedVault load(Path root, Path cacheFile, Progress progress) throws IOException {
        return load(root, cacheFile, progress, Runnable::run);
    }

    /**
     * As {@link #load(Path, Path, Progress)}, with the end of the parse cache's writing (the notes reused from the
     * old cache, then the move into place) run by {@code cacheWriter}, which may run it on another thread while the
     * caller goes on with the notes: they are not changed by it. The notes parsed are written as they are parsed.
     */
    public LoadedVault load(Path root, Path cacheFile, Progress progress, Executor cacheWriter) throws IOException {
        long start = System.nanoTime();
        Path real = folder(root);
        progress.report(0, 0, "Scanning " + real.getFileName());
        return load(real, scanner.scan(real), cacheFile, progress, start, cacheWriter);
    }

    /**
     * The vault's notes for link checking: from the parse cache {@code cacheFile} alone when it holds every note
     * file as it is (their texts left in it), else as {@link #load(Path, Path, Progress)} loads them.
     */
    public LoadedVault loadLinks(Path root, Path cacheFile, Progress progress) throws IOException {
        Path real = folder(root);
        return loadLinks(real, scanner.scan(real), cacheFile, progress);
    }

    /** As {@link #loadLinks(Path, Path, Progress)}, with the files {@code scan} found in the folder {@code root} (a real path). */
    public LoadedVault loadLinks(Path real, VaultScanner.Scan scan, Path cacheFile, Progress progress) throws IOException {
        long start = System.nanoTime();
        if (cacheFile != null) {
            Map<NotePath, Note> cached = new NoteCache(cacheFile).read();
            if (cached.size() == scan.notes().size() && scan.notes().stream().allMatch(p -> current(cached.get(p), scan))) {
                return assemble(real, scan, scan.notes().stream().map(cached::get).toList(), List.of(), start);
            }
        }
        return load(real, scan, cacheFile, progress, start, Runnable::run);
    }

    private static Path folder(Path root) throws IOException {
        Path real = root.toRealPath();
        if (!Files.isDirectory(real)) {
            throw new NoSuchFileException(root.toString(), null, "not a folder");
        }
        return real;
    }

    /** True when the cached note {@code known} is of the file as the scan saw it (same size and modification time). */
    private static boolean current(Note known, VaultScanner.Scan scan) {
        VaultScanner.Stamp stamp = known == null ? null : scan.stamps().get(known.path());
        return stamp != null && known.size() == stamp.size() && known.modified() == stamp.modified();
    }

    private LoadedVault load(Path real, VaultScanner.Scan scan, Path cacheFile, Progress progress, long start,
                             Executor cacheWriter) {
        Map<NotePath, Note> cached = cacheFile == null ? Map.of() : new NoteCache(cacheFile).read();
        // each note parsed goes to the new cache at once and leaves its texts there: a large vault being read
        // holds its notes' records, not their texts, so the collector's young pauses do not copy the texts
        NoteCacheWriter writer = cacheFile == null ? null : new NoteCacheWriter(cacheFile);
        int total = scan.notes().size();
        AtomicLong done = new AtomicLong();
        AtomicLong parsed = new AtomicLong();
        List<FileResult> results;
        try {
            results = scan.notes().parallelStream().map(path -> {
                Note known = cached.get(path);
                FileResult result;
                if (current(known, scan)) {
                    result = new FileResult(known, null);
                } else {
                    result = loadOne(real, path);
                    parsed.incrementAndGet();
                    if (writer != null && result.note() != null) {
                        writer.add(result.note());
                    }
                }
                long n = done.incrementAndGet();
                if (n % 64 == 0 || n == total) {
                    progress.report(n, total, "Reading notes");
                }
                return result;
            }).toList();
        } catch (RuntimeException | Error e) {
            if (writer != null) {
                writer.abandon();
            }
            throw e;
        }

        List<Note> notes = new ArrayList<>(total);
        List<Warning> skipped = new ArrayList<>();
        for (FileResult result : results) {
            if (result.note() != null) {
                notes.add(result.note());
            } else {
                skipped.add(result.skipped());
            }
        }
        notes.sort(Comparator.comparing(Note::path));
        if (writer != null && (parsed.get() > 0 || cached.size() != notes.size())) {
            List<Note> reused = notes.stream().filter(n -> n == cached.get(n.path())).toList();
            cacheWriter.execute(() -> writer.finish(reused));
        }
        return assemble(real, scan, notes, skipped, start);
    }

    /** The loaded vault: {@code notes} (sorted), and the scan's, the notes' and the skipped files' warnings, sorted. */
    private static LoadedVault assemble(Path real, VaultScanner.Scan scan, List<Note> notes, List<Warning> skipped,
                                        long start) {
        List<Warning> warnings = new ArrayList<>(scan.warnings());
        notes.forEach(n -> warnings.addAll(n.warnings()));
        warnings.addAll(skipped);
        warnings.sort(Comparator.comparing(Warning::path).thenComparingInt(Warning::line));
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new LoadedVault(real, notes, scan.attachments(), warnings, millis);
    }

    /**
     * A note known only by its file: title from the file name, no text, no links. A progressively opened
     * workspace lists these until the notes are read, so names resolve and the file tree is complete at once.
     */
    public static Note stub(NotePath path, VaultScanner.Stamp stamp) {
        NoteFormat format = path.value().endsWith(".txt") ? NoteFormat.PLAIN_TEXT : NoteFormat.MARKDOWN;
        return new Note(path, format, path.name(), List.of(), List.of(), Frontmatter.EMPTY, "", 1, "", List.of(),
                List.of(), List.of(), stamp == null ? 0 : stamp.size(), stamp == null ? 0 : stamp.modified(), "", List.of());
    }

    /** Lists the vault's files without reading them (the first step of {@link #load}). */
    public VaultScanner.Scan scan(Path root) throws IOException {
        return scanner.scan(root.toRealPath());
    }

    /**
     * Reads one note file of the vault (used on load and when the watcher reports a change). A file reached
     * through a symbolic link is read only when the link's target lies inside the vault.
     */
    public FileResult loadOne(Path root, NotePath path) {
        try {
            Path file = VaultFiles.file(root, path).toRealPath();
            if (!VaultFiles.inside(root.toRealPath(), file)) {
                return skipped(path, VaultFiles.OUTSIDE);
            }
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (attrs.size() > MAX_NOTE_BYTES) {
                return skipped(path, String.format(java.util.Locale.ROOT,
                        "too large to read as a note (%.1f MB; the limit is %d MB)",
                        attrs.size() / (1024.0 * 1024), MAX_NOTE_BYTES / (1024 * 1024)));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_NOTE_BYTES) {
                return skipped(path, "too large to read as a note");
            }
            if (isBinary(bytes)) {
                return skipped(path, "binary file (contains NUL bytes), not read as a note");
            }
            DecodedText decoded = decoder.decode(bytes);
            List<Warning> warnings = decoded.warnings().stream().map(m -> new Warning(path, 0, m)).toList();
            Note note = parser().parse(path, decoded.text(),
                    new NoteParser.FileInfo(bytes.length, attrs.lastModifiedTime().toMillis(), hash(bytes)), warnings);
            return new FileResult(note, null);
        } catch (NoSuchFileException e) {
            return skipped(path, "vanished while loading");
        } catch (AccessDeniedException e) {
            return skipped(path, "cannot be read (permission denied)");
        } catch (IOException e) {
            return skipped(path, "cannot be read (" + VaultFiles.reason(e) + ")");
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            return skipped(path, "could not be parsed (" + e + ")");
        }
    }

    private NoteParser parser() {
        NoteParser p = parser;
        if (p == null) {
            synchronized (this) {
                if (parser == null) {
                    parser = new NoteParser();
                }
                p = parser;
            }
        }
        return p;
    }

    private static FileResult skipped(NotePath path, String why) {
        return new FileResult(null, new Warning(path, 0, why));
    }

    /** UTF-16 files have NULs too, but always start with a BOM; anything else with a NUL is binary. */
    private static boolean isBinary(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        if (utf16) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
